package vn.dangvu.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** A summary of one unit's subtree as of a date, for the data as it stood at a stamp. */
    record Key(long scopeUnitId, LocalDate asOf, long stamp) {}

    private record Entry(CompletableFuture<Summary> summary, long createdAt) {}

    private static final int CAPACITY = 200;

    private final long ttlNanos;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    SummaryCache(@Value("${dangvu.summary.cache-seconds:60}") long seconds) {
        this.ttlNanos = Duration.ofSeconds(seconds).toNanos();
    }

    Summary get(Key key, Supplier<Summary> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        CompletableFuture<Summary> mine = new CompletableFuture<>();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || System.nanoTime() - entry.createdAt() > ttlNanos) {
                entry = new Entry(mine, System.nanoTime());
                entries.put(key, entry);
            }
        }
        if (entry.summary() == mine) {
            try {
                mine.complete(compute.get());
            } catch (RuntimeException e) {
                forget(key, entry);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.summary().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void forget(Key key, Entry entry) {
        synchronized (entries) {
            entries.remove(key, entry);
        }
    }
}
