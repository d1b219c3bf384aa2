package vn.dangvu.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A job as its page shows it. The time left is estimated from the pace so far; the outcome message, and
 * the page of what the job produced if any, are set once the job has ended.
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
        List<String> messageArguments,
        String resultPath) {

    /** No estimate before this share of the work is done: the first items' pace says little. */
    static final double ESTIMATE_AFTER_SHARE = 0.02;

    /** Nor before the work has run this long. */
    static final Duration ESTIMATE_AFTER = Duration.ofSeconds(2);

    public boolean active() {
        return state.isActive();
    }

    public int percent() {
        return total <= 0 ? (state == JobState.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    /** The time left at the pace so far, or null while it is too early to say. */
    public Duration timeLeft() {
        return !active() || startedAt == null ? null : estimate(Duration.between(startedAt, now), done, total);
    }

    /**
     * The time left if the rest goes at the pace so far: {@code elapsed} for {@code done} of {@code total}
     * items. Null before 2 % of the items and 2 seconds of work, and when nothing is left.
     */
    static Duration estimate(Duration elapsed, long done, long total) {
        if (total <= 0
                || done <= 0
                || done >= total
                || done < total * ESTIMATE_AFTER_SHARE
                || elapsed.compareTo(ESTIMATE_AFTER) < 0) {
            return null;
        }
        return Duration.ofMillis(elapsed.toMillis() * (total - done) / done);
    }

    /** The page of what the job produced is a file to download (an export's), not a page of the app. */
    public boolean resultIsFile() {
        return fileLink(id).equals(resultPath);
    }

    /** Where the starter of job {@code id} downloads the file it produced. */
    static String fileLink(long id) {
        return "/jobs/" + id + "/file";
    }

    /** How long it ran, once it has ended. */
    public Duration took() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
