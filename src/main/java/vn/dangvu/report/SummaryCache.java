package vn.dangvu.report;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computed summaries and their parts, reused while the data they read has not changed (the key holds the
 * {@code DataChangeStamp} of the tables read) and for at most {@code dangvu.summary.cache-seconds}.
 * Requests that arrive while a summary (or part) is being computed wait for that computation instead of
 * starting their own.
 */
@Component
class SummaryCache {

    /**
     * A summary (or one of its parts) of one unit over a scope as of a date, its member changes counted from
     * {@code from}, for the data as it stood at a stamp.
     */
    record Key(
            long scopeUnitId, vn.dangvu.shared.Scope scope, LocalDate from, LocalDate asOf, String part, long stamp) {}

    /** 200 summaries with their parts. */
    private static final int CAPACITY = 1000;

    /** Null when summaries are never reused ({@code cache-seconds} 0). */
    private final AsyncCache<Key, Object> summaries;

    SummaryCache(@Value("${dangvu.summary.cache-seconds:60}") long seconds) {
        this.summaries = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(CAPACITY)
                        .expireAfterWrite(Duration.ofSeconds(seconds))
                        .buildAsync();
    }

    /** How many times each part (and the whole, "summary") was computed since the start. */
    private final Map<String, LongAdder> computed = new ConcurrentHashMap<>();

    /** How many times the part was computed since the start (for diagnostics and tests). */
    long computed(String part) {
        LongAdder count = computed.get(part);
        return count == null ? 0 : count.sum();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        computed.computeIfAbsent(key.part(), k -> new LongAdder());
        Supplier<T> counted = () -> {
            computed.get(key.part()).increment();
            return compute.get();
        };
        if (summaries == null) {
            return counted.get();
        }
        // The cache holds a future that the first caller completes on its own thread, outside the cache's
        // locks: a cold summary takes seconds, and a computation inside Caffeine's get would hold up other
        // keys. A failed future leaves the cache, so the next request tries again.
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> summary = summaries.get(key, (k, executor) -> mine);
        if (summary == mine) {
            try {
                mine.complete(counted.get());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (T) summary.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
