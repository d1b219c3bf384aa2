package vn.dangvu.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * A restart in the middle of a job: the work was one transaction, so nothing of it was kept, and its row
 * must not say "running" for ever. At start-up the instance ends its own unfinished jobs, and those of
 * instances silent for too long; a job whose instance still says it is alive runs on.
 */
@IntegrationTest
class JobRecoveryTests extends DemoDistrictTest {

    @Autowired
    JobStore store;

    @Test
    void shouldEndTheJobsOfAStoppedRunAndLeaveTheLiveOnes() {
        long owner = demo.account("tochuc");
        long mine = running("recovery.mine", owner, "this-host:8080", 1);
        long silent = running("recovery.silent", owner, "other-host:8080", 300);
        long alive = running("recovery.alive", owner, "other-host:8081", 5);

        assertThat(store.interruptDead("this-host:8080", 60)).isEqualTo(2);

        assertThat(state(mine)).isEqualTo("INTERRUPTED job.interrupted finished");
        assertThat(state(silent)).isEqualTo("INTERRUPTED job.interrupted finished");
        assertThat(state(alive)).isEqualTo("RUNNING - -");
        jdbc.sql("delete from background_job where kind like 'recovery.%'").update();
    }

    /** A job row as a run would leave it, with its last heartbeat {@code secondsAgo}. */
    private long running(String kind, long owner, String instance, int secondsAgo) {
        return jdbc.sql("""
                        insert into background_job (kind, owner_id, back_path, state, started_at, instance, heartbeat_at)
                        values (?, ?, '/', 'RUNNING', now(), ?, now() - make_interval(secs => ?)) returning id""")
                .params(kind, owner, instance, secondsAgo)
                .query(Long.class)
                .single();
    }

    private String state(long id) {
        return jdbc.sql("""
                        select state || ' ' || coalesce(message_key, '-') || ' '
                               || case when finished_at is null then '-' else 'finished' end
                        from background_job where id = ?""").param(id).query(String.class).single();
    }
}
