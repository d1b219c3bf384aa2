package vn.dangvu.report;

import com.github.benmanes.caffeine.cache.Cache;
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
 * Computed summary parts, reused while the data they read has not changed (the key holds the
 * {@code DataChangeStamp} of the tables read) and for at most {@code dangvu.summary.cache-seconds}.
 *
 * <p>At most one computation of a part (of one scope, period and date) runs at a time, whatever the stamp:
 * under a stream of writes every request would otherwise see a new stamp and start its own computation, and
 * at province scale those piled up until the connection pool ran dry (issue 22). A request that finds a
 * computation under way either waits for it or, when it {@linkplain Freshness#MAY_BE_EARLIER may}, takes the
 * figures computed before it, at most {@code cache-seconds} old; the reader is told ({@link Result#earlier()}).
 * A request that must see the data of its stamp (an export, a reader who has just saved a form) waits, and
 * computes again if the computation it waited for began before its stamp.
 */
@Component
class SummaryCache {

    /**
     * A summary part of one unit over a scope as of a date, its member changes counted from {@code from}, for
     * the data as it stood at a stamp.
     */
    record Key(
            long scopeUnitId, vn.dangvu.shared.Scope scope, LocalDate from, LocalDate asOf, String part, long stamp) {

        private Key slot() {
            return new Key(scopeUnitId, scope, from, asOf, part, 0);
        }
    }

    /** Whether a request may take the figures computed before the newest data while they are being recomputed. */
    enum Freshness {
        /** Only figures of the data as of the request's stamp. */
        EXACT,
        /** The figures computed last, while another request recomputes them (at most {@code cache-seconds} old). */
        MAY_BE_EARLIER
    }

    /** A part's value, and whether it was computed from data older than the request's stamp. */
    record Result<T>(T value, boolean earlier) {}

    /** 200 summaries' worth of parts. */
    private static final int CAPACITY = 1000;

    /** What one computation gave, for the data as it stood at a stamp, and when it began. */
    private record Computed(long stamp, Object value, long beganNanos) {}

    /** One part's figures: the last computed, and the computation under way (guarded by the slot). */
    private static final class Slot {
        volatile Computed last;
        CompletableFuture<Computed> running;
    }

    /** Null when parts are never reused ({@code cache-seconds} 0). */
    private final Cache<Key, Slot> slots;

    private final long maxAgeNanos;

    /** How many times each part was computed since the start. */
    private final Map<String, LongAdder> computed = new ConcurrentHashMap<>();

    /** How many times a request was given the figures computed before the newest data, per part. */
    private final Map<String, LongAdder> servedEarlier = new ConcurrentHashMap<>();

    SummaryCache(@Value("${dangvu.summary.cache-seconds:60}") long seconds) {
        this.maxAgeNanos = Duration.ofSeconds(Math.max(seconds, 0)).toNanos();
        this.slots = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(CAPACITY)
                        .expireAfterAccess(Duration.ofSeconds(seconds))
                        .build();
    }

    /** How many times the part was computed since the start (for diagnostics and tests). */
    long computed(String part) {
        return count(computed, part);
    }

    /** How many times a request took the part's earlier figures while it was recomputed (diagnostics, tests). */
    long servedEarlier(String part) {
        return count(servedEarlier, part);
    }

    /** The part's figures for the data at the key's stamp, computed now or reused. */
    <T> T get(Key key, Supplier<T> compute) {
        return get(key, Freshness.EXACT, compute).value();
    }

    @SuppressWarnings("unchecked")
    <T> Result<T> get(Key key, Freshness freshness, Supplier<T> compute) {
        if (slots == null) {
            return new Result<>(counted(key, compute).get(), false);
        }
        long asked = System.nanoTime();
        Slot slot = slots.get(key.slot(), k -> new Slot());
        while (true) {
            Computed last = slot.last;
            if (last != null && last.stamp() == key.stamp() && young(last)) {
                return new Result<>((T) last.value(), false);
            }
            CompletableFuture<Computed> running;
            CompletableFuture<Computed> mine = null;
            synchronized (slot) {
                running = slot.running;
                if (running == null) {
                    mine = new CompletableFuture<>();
                    slot.running = mine;
                }
            }
            if (mine != null) {
                return new Result<>((T) computeInto(slot, mine, key, compute).value(), false);
            }
            if (freshness == Freshness.MAY_BE_EARLIER && last != null && young(last)) {
                count(servedEarlier, key.part(), 1);
                return new Result<>((T) last.value(), true);
            }
            Computed waited = join(running);
            boolean current = waited.stamp() == key.stamp() || waited.beganNanos() >= asked;
            if (current || freshness == Freshness.MAY_BE_EARLIER) {
                return new Result<>((T) waited.value(), !current);
            }
            // it began before this request read its stamp: go round, and compute if nobody else has started
        }
    }

    /**
     * Computes on the caller's thread, outside any lock (a cold province summary takes seconds), and shares
     * the result with those waiting. A failure leaves the last figures as they were, so the next request tries
     * again.
     */
    private <T> Computed computeInto(Slot slot, CompletableFuture<Computed> mine, Key key, Supplier<T> compute) {
        long began = System.nanoTime();
        try {
            Computed result = new Computed(key.stamp(), counted(key, compute).get(), began);
            Computed last = slot.last;
            if (last == null || last.beganNanos() <= began) {
                slot.last = result;
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (slot) {
                slot.running = null;
            }
        }
    }

    private boolean young(Computed computed) {
        return System.nanoTime() - computed.beganNanos() < maxAgeNanos;
    }

    private <T> Supplier<T> counted(Key key, Supplier<T> compute) {
        return () -> {
            count(computed, key.part(), 1);
            return compute.get();
        };
    }

    private static Computed join(CompletableFuture<Computed> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void count(Map<String, LongAdder> counts, String part, long by) {
        counts.computeIfAbsent(part, k -> new LongAdder()).add(by);
    }

    private static long count(Map<String, LongAdder> counts, String part) {
        LongAdder count = counts.get(part);
        return count == null ? 0 : count.sum();
    }
}
