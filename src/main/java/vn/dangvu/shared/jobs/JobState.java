package vn.dangvu.shared.jobs;

/** A job's life: waiting for a thread, running, then done, failed, or cut short by a stop of the app. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
