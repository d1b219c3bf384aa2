package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.jobs.JobState;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.JobWaits;

/**
 * Issue 23, item 3: a large register is checked and written as background jobs whose progress is rows
 * done of the total; one import per user at a time; a row that fails on the write leaves nothing written.
 */
@IntegrationTest
class ImportProgressTests extends DemoDistrictTest {

    static final int ROWS = 20_000;

    /** Eight columns, the fewest a new member needs, so that the file stays small. */
    static final String HEADER = "Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Ngày vào Đảng,Xã/Thị trấn,"
            + "Chi bộ đang sinh hoạt,Nhóm đảng viên\n";

    @Autowired
    ImportService imports;

    @Autowired
    JobWaits jobWaits;

    /** A failed assertion leaves no import running for the next test of tochuc's. */
    @AfterEach
    void awaitTheRunningImport() throws InterruptedException {
        var running = imports.runningJob(staff);
        if (running.isPresent()) {
            jobWaits.awaitEnd("tochuc", running.get().id(), new ArrayList<>());
        }
    }

    @Test
    void shouldShowTheProgressOfA20000RowImportAndWriteAllOrNothing() throws Exception {
        Fixtures.Commune commune = fixtures.commune(1);
        String branch = commune.hamlet(0).name();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Lê Văn Lô,01/01/1980,Nam,")
                    .append(idNumber(i))
                    .append(",01/01/2007,")
                    .append(commune.commune().name())
                    .append(',')
                    .append(branch)
                    .append(",Nông dân khác\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long check = imports.startCheck(staff, ImportKind.MEMBERS, "lon.csv", new ByteArrayInputStream(file));

        // while it runs: a second import is refused with the message, and the import page leads to the job
        assertThatThrownBy(() ->
                        imports.startCheck(staff, ImportKind.BRANCHES, "chi-bo.csv", new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("job.alreadyRunning");
                    assertThat(e.arguments()).containsExactly("key:job.kind.import");
                });
        mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", "lon.csv", "text/csv", file))
                        .param("kind", "MEMBERS")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/import"))
                .andExpect(result -> assertThat(result.getFlashMap().get("flashError"))
                        .isInstanceOfSatisfying(FlashMessages.FlashMessage.class, flash -> {
                            assertThat(flash.key()).isEqualTo("job.alreadyRunning");
                            assertThat(flash.arguments()).containsExactly("Nhập dữ liệu từ tệp");
                        }));
        mvc.perform(get("/import").with(users.as("tochuc")))
                .andExpect(content().string(containsString("href=\"/jobs/" + check + "\"")))
                .andExpect(
                        content().string(containsString("Đang thực hiện &quot;Nhập dữ liệu từ tệp&quot;: đã xử lý ")));

        List<String> checking = new ArrayList<>();
        JobView checked = jobWaits.awaitEnd("tochuc", check, checking);
        assertThat(checked.state()).as("seen %s", checking).isEqualTo(JobState.DONE);
        assertPartWay(checking);
        assertThat(checking.get(checking.size() - 1)).isEqualTo("DONE 20000/20000");
        assertThat(checked.messageKey()).isEqualTo("import.checked");
        assertThat(checked.messageArguments()).containsExactly("num:20000", "num:20000", "num:0", "num:0", "num:0");
        assertThat(checked.resultPath()).startsWith("/import/");
        String token = checked.resultPath().substring("/import/".length());
        assertThat(imports.preview(staff, token, 0, false).newRows()).isEqualTo(20_000);
        assertThat(membersWithTheFilesIdNumbers()).isZero();

        // between the check and the write, the last row's id number comes to a member of another branch
        long other = fixtures.member("Trùng Văn Số", commune.agency(), null, null);
        jdbc.sql("update member set id_number = ? where id = ?")
                .params(idNumber(ROWS), other)
                .update();
        JobView failed = jobWaits.awaitEnd("tochuc", imports.startCommit(staff, token), new ArrayList<>());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.messageKey()).isEqualTo("import.failedOnCommit");
        assertThat(failed.messageArguments()).containsExactly("num:20001");
        assertThat(failed.resultPath()).isEqualTo("/import/" + token + "?errors=true");
        assertThat(membersWithTheFilesIdNumbers()).as("all or nothing").isEqualTo(1);
        mvc.perform(get("/jobs/" + failed.id()).with(users.as("tochuc")))
                .andExpect(content().string(containsString("dòng 20.001 nay bị lỗi")))
                .andExpect(content().string(containsString("Xem các dòng có lỗi")));

        jdbc.sql("update member set id_number = '077799999999' where id = ?")
                .param(other)
                .update();
        List<String> writing = new ArrayList<>();
        JobView written = jobWaits.awaitEnd("tochuc", imports.startCommit(staff, token), writing);
        assertThat(written.state()).as("seen %s", writing).isEqualTo(JobState.DONE);
        assertPartWay(writing);
        assertThat(written.messageKey()).isEqualTo("import.done");
        assertThat(written.messageArguments()).containsExactly("num:20000");
        assertThat(written.resultPath()).isEqualTo("/members");
        assertThat(membersWithTheFilesIdNumbers()).isEqualTo(20_000);
        assertThat(jdbc.sql("select count(*) from member where branch_id = ?")
                        .param(commune.hamlet(0).id())
                        .query(Long.class)
                        .single())
                .isEqualTo(20_000);
    }

    /** Some sample was taken with part of the rows done: the progress moved while the job ran. */
    private static void assertPartWay(List<String> seen) {
        assertThat(seen)
                .as("samples %s", seen)
                .anySatisfy(sample -> assertThat(sample).matches("RUNNING ([1-9]|[1-9][0-9]{1,3}|1[0-9]{4})/20000"));
    }

    private static String idNumber(int row) {
        return "0777" + String.format("%08d", row);
    }

    private long membersWithTheFilesIdNumbers() {
        return jdbc.sql("select count(*) from member where id_number like '0777%' and id_number <> '077799999999'")
                .query(Long.class)
                .single();
    }
}
