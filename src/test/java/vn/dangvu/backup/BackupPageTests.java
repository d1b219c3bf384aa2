package vn.dangvu.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.jobs.JobState;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.JobWaits;

/**
 * A backup started from the backups page (issue 23): a job that counts the tables done of the total and ends
 * with the file's name and size, written beside the nightly backups in their format; a confirmation before it
 * deletes the oldest backup; audited; the page for the province's staff only, its list paged.
 */
@IntegrationTest
class BackupPageTests extends DemoDistrictTest {

    @Autowired
    BackupService backupService;

    @Autowired
    BackupPolicy policy;

    @Autowired
    Jobs jobs;

    @Autowired
    AuditLog audit;

    @Autowired
    JobWaits jobWaits;

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty("dangvu.backup.dir");
    }

    private BackupJobs backupsKeeping(int keep) {
        return new BackupJobs(
                backupService,
                policy,
                jobs,
                audit,
                new MockEnvironment()
                        .withProperty("dangvu.backup.dir", folder.toString())
                        .withProperty("dangvu.backup.keep", String.valueOf(keep)));
    }

    @Test
    void shouldBackUpAsAJobCountingTheTablesAndEndWithTheFile() throws Exception {
        long audited = auditEntries();
        List<String> seen = new ArrayList<>();
        JobView job = jobWaits.awaitEnd("tochuc", backupsKeeping(14).start(users.actor("tochuc"), false), seen);

        assertThat(job.state()).as("seen " + seen).isEqualTo(JobState.DONE);
        List<Path> written = BackupFiles.list(folder);
        assertThat(written).hasSize(1);
        String name = written.get(0).getFileName().toString();
        assertThat(name).matches("dangvu-\\d{8}-\\d{6}\\.zip");
        long tables;
        try (ZipFile zip = new ZipFile(written.get(0).toFile())) {
            tables = zip.stream().filter(e -> e.getName().startsWith("tables/")).count();
            assertThat(zip.getEntry(BackupService.MANIFEST))
                    .as("the nightly format")
                    .isNotNull();
        }
        assertThat(tables).isGreaterThan(50);
        assertThat(job.total()).as("one unit a table").isEqualTo(tables);
        assertThat(job.done()).isEqualTo(tables);
        assertThat(seen)
                .as("the tables done seen moving")
                .anySatisfy(sample -> assertThat(sample)
                        .matches("RUNNING [1-9]\\d*/" + tables)
                        .isNotEqualTo("RUNNING " + tables + "/" + tables));
        long kilobytes = (Files.size(written.get(0)) + 1023) / 1024;
        assertThat(job.messageKey()).isEqualTo("backup.page.done");
        assertThat(job.messageArguments().get(0)).isEqualTo(name);
        assertThat(job.messageArguments().get(1)).isEqualTo("num:" + kilobytes);
        assertThat(job.messageArguments().get(2)).isEqualTo("num:" + tables);
        assertThat(job.messageArguments().get(4)).as("none deleted").isEqualTo("num:0");
        assertThat(auditEntries()).isEqualTo(audited + 1);
        assertThat(jdbc.sql("""
                        select details from audit_event where entity_type = 'BACKUP' and username = 'tochuc'
                        order by id desc limit 1""").query(String.class).single()).startsWith(name + " (");
    }

    @Test
    void shouldAskBeforeDeletingTheOldestBackup() throws Exception {
        Files.writeString(folder.resolve("dangvu-20200101-020000.zip"), "old");
        Files.writeString(folder.resolve("dangvu-20200102-020000.zip"), "newer");
        BackupJobs backups = backupsKeeping(2);

        assertThat(backups.page(users.actor("tochuc"), 0).wouldDelete()).containsExactly("dangvu-20200101-020000.zip");
        assertThatThrownBy(() -> backups.start(users.actor("tochuc"), false))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("backup.page.confirmFirst");
                    assertThat(e.arguments()).containsExactly("dangvu-20200101-020000.zip");
                });
        assertThat(BackupFiles.list(folder))
                .as("nothing written, nothing deleted")
                .hasSize(2);

        JobView job = jobWaits.awaitEnd("tochuc", backups.start(users.actor("tochuc"), true), new ArrayList<>());
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.messageArguments().get(4)).as("one deleted").isEqualTo("num:1");
        List<String> left = BackupFiles.list(folder).stream()
                .map(p -> p.getFileName().toString())
                .toList();
        assertThat(left).hasSize(2).contains("dangvu-20200102-020000.zip").doesNotContain("dangvu-20200101-020000.zip");
    }

    @Test
    void shouldShowThePageToTheProvinceStaffOnlyAndStartTheJobFromIt() throws Exception {
        for (int day = 1; day <= 21; day++) {
            Files.writeString(folder.resolve("dangvu-202001%02d-020000.zip".formatted(day)), "x".repeat(2000));
        }
        System.setProperty("dangvu.backup.dir", folder.toString());

        String first = mvc.perform(get("/backups").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first)
                .contains("dangvu-20200121-020000.zip", "dangvu-20200102-020000.zip", "2 kB")
                .doesNotContain(">dangvu-20200101-020000.zip</td>")
                .contains("Hiển thị 1–20 trên tổng số 21")
                // 21 kept beside a new one, 14 kept: the 8 oldest go
                .contains("sao lưu lần này sẽ xóa bản cũ nhất: dangvu-20200108-020000.zip, ")
                .contains("name=\"confirm\"");
        String second = mvc.perform(get("/backups").param("page", "1").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second)
                .contains(">dangvu-20200101-020000.zip</td>")
                .doesNotContain(">dangvu-20200102-020000.zip</td>");

        for (String other : List.of("lanhdao", "xa.thongbinh", "bithu")) {
            mvc.perform(get("/backups").with(users.as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/backups").with(users.as(other)).with(csrf())).andExpect(status().isForbidden());
        }

        String refused = mvc.perform(post("/backups").with(users.as("tochuc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(refused).as("not confirmed: back to the page").isEqualTo("/backups");
        String jobPage = mvc.perform(post("/backups")
                        .param("confirm", "true")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        JobView job = jobWaits.awaitEnd("tochuc", jobPage);
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(BackupFiles.list(folder)).hasSize(14);
        assertThat(mvc.perform(get(jobPage).with(users.as("tochuc")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã sao lưu vào tệp dangvu-", "Đã xóa 8 bản cũ.");
    }

    private long auditEntries() {
        return demo.count(
                "select count(*) from audit_event where entity_type = 'BACKUP' and action = 'BACKUP_WRITTEN'");
    }
}
