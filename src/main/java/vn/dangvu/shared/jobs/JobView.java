package vn.dangvu.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A job as its page shows it. {@code secondsLeft} is estimated from the pace so far (null until
 * something is done); the outcome message is set once the job has ended.
 */
public record JobView(
        long id,
        String kind,
        long subjectId,
        String backPath,
        JobState state,
        long done,
        long total,
        Instant startedAt,
        Instant finishedAt,
        Instant now,
        String messageKey,
        List<String> messageArguments) {

    public boolean active() {
        return state.isActive();
    }

    public int percent() {
        return total <= 0 ? (state == JobState.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    /** The time left at the pace so far, or null while nothing is done yet. */
    public Duration timeLeft() {
        if (!active() || startedAt == null || done <= 0 || total <= done) {
            return null;
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Duration.ofMillis(elapsed * (total - done) / done);
    }

    /** How long it ran, once it has ended. */
    public Duration took() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
