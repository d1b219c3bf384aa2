package vn.dangvu.shared.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job rows. Every write is its own short transaction (REQUIRES_NEW), also when the caller is inside
 * one: progress is written while the job's work, one long transaction, is not committed yet, and must
 * be seen by the page meanwhile.
 */
@Component
class JobStore {

    /** Separates the arguments of the outcome message in their column. */
    private static final String SEPARATOR = "\u001f";

    private static final String COLUMNS = """
            select id, kind, coalesce(subject_id, 0) as subject_id, back_path, state, done, total, started_at,
                   finished_at, now() as now, message_key, message_args, result_path
            from background_job""";

    private final JdbcClient jdbc;
    private final TransactionTemplate apart;

    JobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new queued job; the partial unique index refuses a second active one of the kind for the owner. */
    long insert(String kind, long ownerId, Long subjectId, String backPath, String instance) {
        return apart(() -> jdbc.sql("""
                        insert into background_job (kind, owner_id, subject_id, back_path, state, instance)
                        values (:kind, :owner, :subject, :back, 'QUEUED', :instance) returning id""")
                .param("kind", kind)
                .param("owner", ownerId)
                .param("subject", subjectId, java.sql.Types.BIGINT)
                .param("back", backPath)
                .param("instance", instance)
                .query(Long.class)
                .single());
    }

    void started(long id) {
        update("""
                update background_job set state = 'RUNNING', started_at = now(), heartbeat_at = now()
                where id = :id and state = 'QUEUED'""", id);
    }

    void progress(long id, long done, long total) {
        apart(() -> jdbc.sql("""
                        update background_job set done = :done, total = :total, heartbeat_at = now()
                        where id = :id and state = 'RUNNING'""")
                .param("done", done)
                .param("total", total)
                .param("id", id)
                .update());
    }

    void finished(long id, JobState state, String messageKey, List<String> arguments, String error) {
        finished(id, state, messageKey, arguments, null, error);
    }

    void finished(long id, JobState state, String messageKey, List<String> arguments, String resultPath, String error) {
        apart(() -> jdbc.sql("""
                        update background_job set state = :state, finished_at = now(), heartbeat_at = now(),
                            done = case when :state = 'DONE' then total else done end,
                            message_key = :key, message_args = :args, result_path = :result, error = :error
                        where id = :id""")
                .param("state", state.name())
                .param("key", messageKey)
                .param("args", arguments == null || arguments.isEmpty() ? null : String.join(SEPARATOR, arguments))
                .param("result", resultPath)
                .param("error", error)
                .param("id", id)
                .update());
    }

    /** Keeps the file a job produced, for its starter to download. */
    void saveFile(long id, JobFile file) {
        apart(() -> jdbc.sql("""
                        insert into background_job_file (job_id, filename, content_type, content)
                        values (:id, :name, :type, :content)""")
                .param("id", id)
                .param("name", file.filename())
                .param("type", file.contentType())
                .param("content", file.content())
                .update());
    }

    Optional<JobFile> file(long id) {
        return jdbc.sql("select filename, content_type, content from background_job_file where job_id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new JobFile(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Deletes the files older than {@code hours}, and their jobs' links to them. */
    int deleteFilesOlderThan(int hours) {
        return apart(() -> jdbc.sql("""
                        with gone as (
                            delete from background_job_file where created_at < now() - make_interval(hours => :hours)
                            returning job_id)
                        update background_job set result_path = null where id in (select job_id from gone)""").param("hours", hours).update());
    }

    Optional<Owned> find(long id) {
        return jdbc.sql("select owner_id, " + COLUMNS.substring("select ".length()) + " where id = :id")
                .param("id", id)
                .query((rs, n) -> new Owned(rs.getLong("owner_id"), view(rs)))
                .optional();
    }

    /** The owner's active jobs on a subject, oldest first. */
    List<JobView> active(long ownerId, long subjectId) {
        return active(ownerId, "subject_id", subjectId);
    }

    /** The owner's queued or running job of a kind (there is one at most). */
    Optional<JobView> active(long ownerId, String kind) {
        return active(ownerId, "kind", kind).stream().findFirst();
    }

    /** The owner's queued or running jobs of these kinds, oldest first. */
    List<JobView> active(long ownerId, java.util.Collection<String> kinds) {
        return active(ownerId, "kind", kinds);
    }

    private List<JobView> active(long ownerId, String column, Object value) {
        return jdbc.sql(COLUMNS + " where owner_id = :owner and " + column
                        + (value instanceof java.util.Collection<?> ? " in (:value)" : " = :value") + """
                         and state in ('QUEUED', 'RUNNING')
                        order by id""")
                .param("owner", ownerId)
                .param("value", value)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** This instance says it is alive for the jobs it runs. */
    void heartbeat(String instance) {
        apart(() -> jdbc.sql("""
                        update background_job set heartbeat_at = now()
                        where instance = :instance and state in ('QUEUED', 'RUNNING')""").param("instance", instance).update());
    }

    /**
     * Ends as interrupted the active jobs of this instance (it has just started, so they died with its
     * previous run) and those of any instance that has not said it was alive for {@code staleSeconds}.
     */
    int interruptDead(String instance, int staleSeconds) {
        return apart(() -> jdbc.sql("""
                        update background_job set state = 'INTERRUPTED', finished_at = now(),
                            message_key = 'job.interrupted', message_args = null
                        where state in ('QUEUED', 'RUNNING')
                          and (instance = :instance or heartbeat_at < now() - make_interval(secs => :stale))""")
                .param("instance", instance)
                .param("stale", staleSeconds)
                .update());
    }

    /** Ends this instance's active jobs as interrupted: it is stopping. */
    int interruptOwn(String instance) {
        return apart(() -> jdbc.sql("""
                        update background_job set state = 'INTERRUPTED', finished_at = now(),
                            message_key = 'job.interrupted', message_args = null
                        where state in ('QUEUED', 'RUNNING') and instance = :instance""").param("instance", instance).update());
    }

    record Owned(long ownerId, JobView view) {}

    private static JobView view(ResultSet rs) throws SQLException {
        String args = rs.getString("message_args");
        return new JobView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getLong("subject_id"),
                rs.getString("back_path"),
                JobState.valueOf(rs.getString("state")),
                rs.getLong("done"),
                rs.getLong("total"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("now")),
                rs.getString("message_key"),
                args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
                rs.getString("result_path"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private void update(String sql, long id) {
        apart(() -> jdbc.sql(sql).param("id", id).update());
    }

    private <T> T apart(Supplier<T> work) {
        return apart.execute(status -> work.get());
    }
}
