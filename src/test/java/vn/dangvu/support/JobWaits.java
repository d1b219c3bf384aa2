package vn.dangvu.support;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;

/** Follows a background job that a page started, as its owner would by reloading the job's page. */
@Component
public class JobWaits {

    @Autowired
    Jobs jobs;

    @Autowired
    DemoUsers users;

    /** The job a page answered with ("/jobs/12"), followed until it ends. */
    public JobView awaitEnd(String username, String jobPage) throws InterruptedException {
        if (jobPage == null || !jobPage.startsWith("/jobs/")) {
            throw new AssertionError("not a job's page: " + jobPage);
        }
        return awaitEnd(username, Long.parseLong(jobPage.substring("/jobs/".length())), new java.util.ArrayList<>());
    }

    /** Polls the job until it ends, noting each "STATE done/total" seen; fails after two minutes. */
    public JobView awaitEnd(String username, long job, List<String> seen) throws InterruptedException {
        var actor = users.actor(username);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JobView view = jobs.view(actor, job);
            String sample = view.state() + " " + view.done() + "/" + view.total();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(sample)) {
                seen.add(sample);
            }
            if (!view.active()) {
                return view;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the job did not end; seen " + seen);
    }
}
