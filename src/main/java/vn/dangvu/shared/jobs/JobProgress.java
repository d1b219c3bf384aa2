package vn.dangvu.shared.jobs;

/** What a long piece of work says about how far it is: a total, then what is done as it goes. */
public interface JobProgress {

    /** For work run outside a job (the demo, loaders, tests): nobody watches. */
    JobProgress NONE = new JobProgress() {
        @Override
        public void total(long total) {}

        @Override
        public void advance(long done) {}
    };

    /** How many items the work has in all (members, rows); may be said again when it becomes known. */
    void total(long total);

    /** {@code done} more items are done. */
    void advance(long done);
}
