package vn.dangvu.report;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computed summaries, reused while the data has not changed (the key holds the {@code DataChangeStamp})
 * and for at most {@code dangvu.summary.cache-seconds}. Requests that arrive while a summary is being
 * computed wait for that computation instead of starting their own.
 */
@Component
class SummaryCache {

    /**
     * A summary of one unit over a scope as of a date, its member changes counted from {@code from}, for the
     * data as it stood at a stamp.
     */
    record Key(long scopeUnitId, vn.dangvu.shared.Scope scope, LocalDate from, LocalDate asOf, long stamp) {}

    private static final int CAPACITY = 200;

    /** Null when summaries are never reused ({@code cache-seconds} 0). */
    private final AsyncCache<Key, Summary> summaries;

    SummaryCache(@Value("${dangvu.summary.cache-seconds:60}") long seconds) {
        this.summaries = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(CAPACITY)
                        .expireAfterWrite(Duration.ofSeconds(seconds))
                        .buildAsync();
    }

    Summary get(Key key, Supplier<Summary> compute) {
        if (summaries == null) {
            return compute.get();
        }
        // The cache holds a future that the first caller completes on its own thread, outside the cache's
        // locks: a cold summary takes seconds, and a computation inside Caffeine's get would hold up other
        // keys. A failed future leaves the cache, so the next request tries again.
        CompletableFuture<Summary> mine = new CompletableFuture<>();
        CompletableFuture<Summary> summary = summaries.get(key, (k, executor) -> mine);
        if (summary == mine) {
            try {
                mine.complete(compute.get());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return summary.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
