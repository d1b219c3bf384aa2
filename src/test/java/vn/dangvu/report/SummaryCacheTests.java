package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.Scope;

class SummaryCacheTests {

    private static final SummaryCache.Key KEY = new SummaryCache.Key(
            7, Scope.of("/1/"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "summary", 41);

    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void shouldReuseASummaryUntilTheStampMoves() {
        SummaryCache cache = new SummaryCache(60);

        Summary first = cache.get(KEY, this::compute);
        Summary again = cache.get(KEY, this::compute);
        Summary afterAWrite = cache.get(
                new SummaryCache.Key(
                        7, Scope.of("/1/"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "summary", 42),
                this::compute);

        assertThat(again).isSameAs(first);
        assertThat(afterAWrite).isNotSameAs(first);
        assertThat(computations).hasValue(2);
    }

    @Test
    void shouldComputeEveryTimeWhenReuseIsOff() {
        SummaryCache cache = new SummaryCache(0);

        assertThat(cache.get(KEY, this::compute)).isNotSameAs(cache.get(KEY, this::compute));
        assertThat(computations).hasValue(2);
    }

    @Test
    void shouldTryAgainAfterAFailedComputation() {
        SummaryCache cache = new SummaryCache(60);

        assertThatThrownBy(() -> cache.get(KEY, () -> {
                    throw new IllegalStateException("database gone");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database gone");
        cache.get(KEY, this::compute);

        assertThat(computations).hasValue(1);
    }

    @Test
    void shouldLetASecondRequestWaitForTheComputationUnderWay() throws Exception {
        SummaryCache cache = new SummaryCache(60);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Summary> first = requests.submit(() -> cache.get(KEY, () -> {
            computing.countDown();
            await(release);
            return compute();
        }));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Summary> second = requests.submit(() -> cache.get(KEY, this::compute));
        Thread.sleep(200);
        assertThat(second).as("waits for the first computation").isNotDone();
        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
        assertThat(computations).hasValue(1);
        requests.shutdown();
    }

    @Test
    void shouldGiveTheEarlierFiguresWhileAnotherRequestRecomputesThemToThoseWhoMayHaveThem() throws Exception {
        SummaryCache cache = new SummaryCache(60);
        Summary before = cache.get(KEY, this::compute);
        ExecutorService requests = Executors.newFixedThreadPool(3);
        CountDownLatch release = new CountDownLatch(1);
        Future<SummaryCache.Result<Summary>> recomputing = recomputeUntil(release, cache, requests);

        SummaryCache.Result<Summary> leader =
                cache.get(stamped(43), SummaryCache.Freshness.MAY_BE_EARLIER, this::compute);
        Future<SummaryCache.Result<Summary>> exporter =
                requests.submit(() -> cache.get(stamped(43), SummaryCache.Freshness.EXACT, this::compute));
        Thread.sleep(200);

        assertThat(leader.value()).as("at once, the figures computed before").isSameAs(before);
        assertThat(leader.earlier()).isTrue();
        assertThat(cache.servedEarlier("summary")).isEqualTo(1);
        assertThat(exporter).as("an export waits for the newest data").isNotDone();
        assertThat(computations).as("no second computation while one runs").hasValue(1);

        release.countDown();
        Summary recomputed = recomputing.get(10, TimeUnit.SECONDS).value();
        SummaryCache.Result<Summary> exported = exporter.get(10, TimeUnit.SECONDS);
        assertThat(exported.earlier()).isFalse();
        assertThat(exported.value())
                .as("the computation it waited for read the data before its stamp: computed again")
                .isNotSameAs(recomputed)
                .isNotSameAs(before);
        assertThat(computations).hasValue(3);
        assertThat(cache.get(stamped(43), SummaryCache.Freshness.MAY_BE_EARLIER, this::compute))
                .isEqualTo(new SummaryCache.Result<>(exported.value(), false));
        requests.shutdown();
    }

    @Test
    void shouldWaitForTheRecomputationWhenTheEarlierFiguresAreTooOld() throws Exception {
        SummaryCache cache = new SummaryCache(1);
        cache.get(KEY, this::compute);
        Thread.sleep(1100);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        Future<SummaryCache.Result<Summary>> recomputing = recomputeUntil(release, cache, requests);

        Future<SummaryCache.Result<Summary>> leader =
                requests.submit(() -> cache.get(stamped(42), SummaryCache.Freshness.MAY_BE_EARLIER, this::compute));
        Thread.sleep(200);
        assertThat(leader).as("figures a second old are not shown").isNotDone();

        release.countDown();
        assertThat(leader.get(10, TimeUnit.SECONDS))
                .isEqualTo(new SummaryCache.Result<>(
                        recomputing.get(10, TimeUnit.SECONDS).value(), false));
        assertThat(cache.servedEarlier("summary")).isZero();
        requests.shutdown();
    }

    /** A request recomputing the figures for stamp 42, under way (returned once it has begun) until released. */
    private Future<SummaryCache.Result<Summary>> recomputeUntil(
            CountDownLatch release, SummaryCache cache, ExecutorService requests) throws InterruptedException {
        CountDownLatch computing = new CountDownLatch(1);
        Future<SummaryCache.Result<Summary>> recomputing =
                requests.submit(() -> cache.get(stamped(42), SummaryCache.Freshness.EXACT, () -> {
                    computing.countDown();
                    await(release);
                    return compute();
                }));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        return recomputing;
    }

    private static SummaryCache.Key stamped(long stamp) {
        return new SummaryCache.Key(KEY.scopeUnitId(), KEY.scope(), KEY.from(), KEY.asOf(), KEY.part(), stamp);
    }

    private Summary compute() {
        computations.incrementAndGet();
        return new Summary(
                null, KEY.asOf(), List.of(), 0, null, null, List.of(), List.of(), Map.of(), null, null, false);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
