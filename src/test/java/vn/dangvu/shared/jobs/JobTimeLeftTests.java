package vn.dangvu.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job page's "time left": the pace so far, and nothing while it is too early to tell. */
class JobTimeLeftTests {

    @Test
    void shouldEstimateTheRestAtThePaceSoFar() {
        // 500 of 2,000 in 10 s: 1,500 more at 50 a second
        assertThat(JobView.estimate(Duration.ofSeconds(10), 500, 2_000)).isEqualTo(Duration.ofSeconds(30));
        // 8,000 of 20,000 rows in 4 s: 12,000 more at 2,000 a second
        assertThat(JobView.estimate(Duration.ofSeconds(4), 8_000, 20_000)).isEqualTo(Duration.ofSeconds(6));
        // exactly 2 % after exactly 2 s: 980 more at 10 a second
        assertThat(JobView.estimate(Duration.ofSeconds(2), 20, 1_000)).isEqualTo(Duration.ofSeconds(98));
        // 3 of 100 in 2.5 s: 97 more at 1.2 a second
        assertThat(JobView.estimate(Duration.ofMillis(2_500), 3, 100)).isEqualTo(Duration.ofMillis(80_833));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(textBlock = """
            1999,  1000, 2000, half done but under 2 s
            60000,   19, 1000, a minute but 1.9 %
            5000,     0, 1000, nothing done
            5000,  1000, 1000, all done
            5000,     0,    0, no total yet
            """)
    void shouldSayNothingBefore2PercentAnd2SecondsOfWork(long elapsedMillis, long done, long total, String why) {
        assertThat(JobView.estimate(Duration.ofMillis(elapsedMillis), done, total))
                .as(why)
                .isNull();
    }

    @Test
    void shouldEstimateOnlyWhileTheJobRuns() {
        Instant started = Instant.parse("2026-12-03T10:00:00Z");
        Instant now = started.plusSeconds(10);
        assertThat(view(JobState.RUNNING, started, now).timeLeft()).isEqualTo(Duration.ofSeconds(30));
        assertThat(view(JobState.FAILED, started, now).timeLeft()).isNull();
        assertThat(view(JobState.QUEUED, null, now).timeLeft()).isNull();
    }

    private static JobView view(JobState state, Instant started, Instant now) {
        return new JobView(1, "import", 0, "/import", state, 500, 2_000, started, null, now, null, List.of(), null);
    }
}
