package vn.dangvu.shared.jobs;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;

/**
 * Background jobs: long work that the page must not wait for. A job is a row in PostgreSQL (kind, owner,
 * subject, state, done of total, outcome) and runs on a small bounded pool of threads; the request that
 * starts it has already checked the user's role and scope, and answers at once. Leaving the page does not
 * stop it. A user runs one job of a kind at a time. The rows of an instance that stopped or died in the
 * middle are ended as interrupted (the work itself is one transaction, so nothing of it was kept). A job
 * may end with a file (an export) that only its starter downloads, kept for {@code dangvu.jobs.file-hours}.
 */
@Service
public class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    /** Progress is written at most this often (and at the end of the work). */
    static final long PROGRESS_EVERY_MS = 250;

    private final JobStore store;
    private final JobPolicy policy;
    private final String instance;
    private final int staleSeconds;
    private final int fileHours;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService heartbeat;

    Jobs(
            JobStore store,
            JobPolicy policy,
            @Value("${dangvu.jobs.threads:2}") int threads,
            @Value("${dangvu.jobs.queue:20}") int queue,
            @Value("${dangvu.jobs.stale-seconds:60}") int staleSeconds,
            @Value("${dangvu.jobs.file-hours:24}") int fileHours,
            @Value("${dangvu.jobs.instance:}") String instance,
            @Value("${server.port:8080}") String port) {
        this.store = store;
        this.policy = policy;
        this.staleSeconds = staleSeconds;
        this.fileHours = fileHours;
        this.instance = instance.isBlank() ? hostName() + ":" + port : instance;
        AtomicInteger serial = new AtomicInteger();
        this.workers =
                new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), work -> {
                    Thread thread = new Thread(work, "job-" + serial.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "job-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts {@code work} as a job of {@code kind} for the actor, about a subject (its id, and the page to go
     * back to); returns the job's id. Refused, in the user's words, when the actor already runs a job of
     * that kind or when every worker and queue place is taken.
     */
    public long start(Actor actor, String kind, Long subjectId, String backPath, JobWork work) {
        long id;
        try {
            id = store.insert(kind, actor.userId(), subjectId, backPath, instance);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("job.alreadyRunning", "key:job.kind." + kind);
        }
        try {
            workers.execute(() -> run(id, work));
        } catch (RejectedExecutionException e) {
            store.finished(id, JobState.FAILED, "job.busy", List.of(), null);
            throw new BusinessRuleException("job.busy");
        }
        return id;
    }

    /** A job as its owner sees it; anyone else is told it does not exist. */
    public JobView view(Actor actor, long id) {
        JobStore.Owned job = store.find(id).orElseThrow(NotFoundException::new);
        policy.requireRead(actor, job.ownerId());
        return job.view();
    }

    /**
     * The file a job of the actor's produced; anyone else is told it does not exist, and so is the starter
     * once the file is older than {@code dangvu.jobs.file-hours}.
     */
    public JobFile file(Actor actor, long id) {
        view(actor, id);
        return store.file(id).orElseThrow(NotFoundException::new);
    }

    /** The actor's jobs on a subject that are queued or running. */
    public List<JobView> active(Actor actor, long subjectId) {
        return store.active(actor.userId(), subjectId);
    }

    /** The actor's job of a kind that is queued or running, if any. */
    public java.util.Optional<JobView> active(Actor actor, String kind) {
        return store.active(actor.userId(), kind);
    }

    /** The actor's job of one of these kinds that is queued or running, if any (the oldest). */
    public java.util.Optional<JobView> active(Actor actor, java.util.Collection<String> kinds) {
        return store.active(actor.userId(), kinds).stream().findFirst();
    }

    private void run(long id, JobWork work) {
        store.started(id);
        Progress progress = new Progress(id);
        try {
            JobOutcome outcome = work.run(progress);
            String resultPath = outcome.resultPath();
            if (outcome.file() != null) {
                store.saveFile(id, outcome.file());
                resultPath = JobView.fileLink(id);
            }
            store.finished(id, JobState.DONE, outcome.messageKey(), outcome.arguments(), resultPath, null);
        } catch (BusinessRuleException e) {
            store.finished(
                    id,
                    JobState.FAILED,
                    e.messageKey(),
                    java.util.Arrays.stream(e.arguments())
                            .map(JobOutcome::argument)
                            .toList(),
                    e instanceof JobFailedException failed ? failed.resultPath() : null,
                    null);
        } catch (RuntimeException | Error e) {
            log.error("Job {} failed", id, e);
            store.finished(id, JobState.FAILED, "job.failed", List.of(), e.toString());
        }
    }

    /** Writes the progress on its own connection, at most every {@link #PROGRESS_EVERY_MS}. */
    private final class Progress implements JobProgress {

        private final long id;
        private long total;
        private long done;
        private long written;

        Progress(long id) {
            this.id = id;
        }

        @Override
        public void total(long total) {
            this.total = total;
            write();
        }

        @Override
        public void advance(long more) {
            done += more;
            if (done >= total || System.currentTimeMillis() - written >= PROGRESS_EVERY_MS) {
                write();
            }
        }

        private void write() {
            written = System.currentTimeMillis();
            store.progress(id, done, total);
        }
    }

    /**
     * At start-up: this instance's jobs of a previous run, and those of instances gone silent, are ended as
     * interrupted; then this instance says every few seconds that its jobs are alive and ends the silent ones.
     */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        int interrupted = store.interruptDead(instance, staleSeconds);
        if (interrupted > 0) {
            log.warn("{} background job(s) of a stopped run were marked interrupted", interrupted);
        }
        long every = Math.max(1, staleSeconds / 4);
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.SECONDS);
    }

    private void beat() {
        try {
            store.heartbeat(instance);
            store.interruptDead("", staleSeconds);
            store.deleteFilesOlderThan(fileHours);
        } catch (RuntimeException e) {
            log.warn("Could not record that the background jobs are alive: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        heartbeat.shutdownNow();
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        try {
            store.interruptOwn(instance);
        } catch (RuntimeException e) {
            log.warn("Could not mark the unfinished background jobs as interrupted: {}", e.toString());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
