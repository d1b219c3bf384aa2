package vn.dangvu.shared.jobs;

/**
 * The work of a job, run on a job thread. It checks nothing about the user that the request did not
 * already check, reports its progress, and ends with the outcome the user reads; a {@link
 * vn.dangvu.shared.BusinessRuleException} is a failure the user reads too.
 */
@FunctionalInterface
public interface JobWork {

    JobOutcome run(JobProgress progress);
}
