package vn.dangvu.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/** A file a job wrote is its starter's for a day (dangvu.jobs.file-hours = 24), then deleted with its link. */
@IntegrationTest
class JobFilesTests extends DemoDistrictTest {

    @Autowired
    JobStore store;

    @Autowired
    Jobs jobs;

    @Test
    void shouldDeleteTheFilesOlderThanADayAndTheirLinks() {
        long old = jobWithFile("'25 hours'");
        long recent = jobWithFile("'23 hours'");

        assertThat(store.deleteFilesOlderThan(24)).isEqualTo(1);

        assertThatThrownBy(() -> jobs.file(users.actor("lanhdao"), old)).isInstanceOf(NotFoundException.class);
        assertThat(jobs.view(users.actor("lanhdao"), old).resultPath()).isNull();
        assertThat(jobs.file(users.actor("lanhdao"), recent).filename()).isEqualTo("tong-hop.xlsx");
        assertThat(jobs.view(users.actor("lanhdao"), recent).resultIsFile()).isTrue();
        assertThatThrownBy(() -> jobs.file(users.actor("tochuc"), recent)).isInstanceOf(NotFoundException.class);
    }

    private long jobWithFile(String age) {
        long id = jdbc.sql("""
                        insert into background_job (kind, owner_id, back_path, state, instance, finished_at)
                        values ('summary.xlsx', :owner, '/reports/summary', 'DONE', 'test', now()) returning id""")
                .param("owner", demo.account("lanhdao"))
                .query(Long.class)
                .single();
        jdbc.sql("update background_job set result_path = '/jobs/' || id || '/file' where id = :id")
                .param("id", id)
                .update();
        jdbc.sql("insert into background_job_file (job_id, filename, content_type, content, created_at)"
                        + " values (:id, 'tong-hop.xlsx', 'application/octet-stream', '\\x0102'::bytea, now() - interval "
                        + age + ")")
                .param("id", id)
                .update();
        return id;
    }
}
