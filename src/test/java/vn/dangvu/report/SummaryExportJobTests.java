package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.shared.jobs.JobState;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.JobWaits;

/**
 * The summary's page writes its .xlsx and .docx as background jobs (issue 23): the job counts the file's parts
 * (the figures, each sheet, the file), ends with a link to the file, which is the direct download's file, and
 * which nobody but its starter downloads; a second file of a format waits for the first.
 */
@IntegrationTest
class SummaryExportJobTests extends DemoDistrictTest {

    @Autowired
    JobWaits jobWaits;

    @Autowired
    ReportService reports;

    @Autowired
    SummaryWorkbook workbook;

    @Test
    void shouldWriteTheWorkbookAsAJobWithTheCellsOfTheDirectDownload() throws Exception {
        String jobPage = startExport("lanhdao", "XLSX", "31/12/2021");
        List<String> seen = new ArrayList<>();
        JobView job = jobWaits.awaitEnd("lanhdao", id(jobPage), seen);

        assertThat(job.state()).as("seen " + seen).isEqualTo(JobState.DONE);
        assertThat(job.kind()).isEqualTo("summary.xlsx");
        // the figures, eight sheets (the demo's summary has its meeting compliance sheet), the file
        assertThat(job.done() + "/" + job.total()).isEqualTo("10/10");
        assertThat(job.resultPath()).isEqualTo("/jobs/" + job.id() + "/file");
        assertThat(job.backPath()).isEqualTo("/reports/summary?asOf=31/12/2021&from=01/01/2021");
        String page = mvc.perform(get(jobPage).with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Đã tạo tệp tong-hop-2021-12-31.xlsx.")
                .contains("href=\"/jobs/" + job.id() + "/file\"")
                .contains("Tải tệp về");
        // how long it ran, as the page says it: under a second is not "0 phút 0 giây"
        assertThat(pageAfterRunning(job.id(), "400 milliseconds")).contains("Thời gian thực hiện: chưa đến 1 giây.");
        assertThat(pageAfterRunning(job.id(), "75 seconds")).contains("Thời gian thực hiện: 1 phút 15 giây.");

        MockHttpServletResponse file = mvc.perform(get(jobPage + "/file").with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(file.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getHeader("Content-Disposition")).contains("tong-hop-2021-12-31.xlsx");
        byte[] direct = mvc.perform(
                        get("/reports/summary.xlsx").param("asOf", "31/12/2021").with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, List<String>> fromJob = cells(file.getContentAsByteArray());
        assertThat(fromJob).isEqualTo(cells(direct));
        assertThat(fromJob.keySet())
                .containsExactly(
                        "Chuyển sinh hoạt",
                        "Tăng, giảm đảng viên",
                        "Nhiệm vụ",
                        "Sinh hoạt chi bộ",
                        "Theo xã",
                        "Theo năm",
                        "Gắn bó nhân dân",
                        "Sinh hoạt chưa đủ");
        List<String> transfers = fromJob.get("Chuyển sinh hoạt");
        assertThat(transfers.get(transfers.size() - 1))
                .as("the demo district's total moved")
                .isEqualTo("Tổng số đảng viên đã chuyển|||||339");

        assertThat(mvc.perform(get(jobPage + "/file").with(users.as("tochuc")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another user's file does not exist for them")
                .isEqualTo(404);
        assertThat(mvc.perform(get(jobPage + "/file").with(users.as("huyenuy.an")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void shouldWriteTheDraftReportAsAJobWithTheTextOfTheDirectDownload() throws Exception {
        String jobPage = startExport("tochuc", "DOCX", "01/06/2021");
        JobView job = jobWaits.awaitEnd("tochuc", id(jobPage), new ArrayList<>());
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.done() + "/" + job.total())
                .as("the figures, the text, the file")
                .isEqualTo("3/3");

        byte[] fromJob = mvc.perform(get(jobPage + "/file").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] direct = mvc.perform(
                        get("/reports/summary.docx").param("asOf", "01/06/2021").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(fromJob))
                .isEqualTo(text(direct))
                .contains("Thực hiện 21-HD/BTCTU, đã giải thể 09/09 chi bộ cơ quan xã, thị trấn, chuyển 285 đảng viên")
                .doesNotContain("314-CV/TU");
        assertThat(mvc.perform(get(jobPage + "/file").with(users.as("lanhdao")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void shouldAdvanceByOneASheetAndOneForTheFile() throws Exception {
        Summary summary = reports.summary(users.actor("lanhdao"), LocalDate.of(2021, 12, 31));
        List<String> advances = new ArrayList<>();
        workbook.write(summary, Locale.forLanguageTag("vi"), new ByteArrayOutputStream(), new JobProgress() {
            @Override
            public void total(long total) {
                advances.add("total " + total);
            }

            @Override
            public void advance(long done) {
                advances.add("+" + done);
            }
        });
        assertThat(advances).containsExactly("+1", "+1", "+1", "+1", "+1", "+1", "+1", "+1", "+1");
    }

    @Test
    void shouldRefuseASecondWorkbookWhileOneIsWrittenAndShowItOnTheSummary() throws Exception {
        long user = demo.account("huyenuy.binh");
        long running = jdbc.sql("""
                        insert into background_job (kind, owner_id, back_path, state, instance, started_at, total, done)
                        values ('summary.xlsx', :owner, '/reports/summary', 'RUNNING', 'another-instance', now(), 10, 4)
                        returning id""").param("owner", user).query(Long.class).single();
        try {
            MvcResult refused = mvc.perform(post("/reports/summary/export")
                            .param("format", "XLSX")
                            .param("asOf", "31/12/2021")
                            .with(users.as("huyenuy.binh"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/reports/summary?asOf=31/12/2021&from=");
            FlashMessages.FlashMessage error =
                    (FlashMessages.FlashMessage) refused.getFlashMap().get("flashError");
            assertThat(error.key()).isEqualTo("job.alreadyRunning");
            assertThat(error.arguments()).containsExactly("Tải bảng tổng hợp (Excel)");

            String summary = mvc.perform(get("/reports/summary").with(users.as("huyenuy.binh")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(summary)
                    .contains("href=\"/jobs/" + running + "\"")
                    .contains("Đang thực hiện &quot;Tải bảng tổng hợp (Excel)&quot;: đã xử lý 4 / 10.");

            String document = startExport("huyenuy.binh", "DOCX", "31/12/2021");
            assertThat(jobWaits.awaitEnd("huyenuy.binh", id(document), new ArrayList<>())
                            .state())
                    .as("a document is another kind: it does not wait for the workbook")
                    .isEqualTo(JobState.DONE);
        } finally {
            jdbc.sql("update background_job set state = 'DONE', finished_at = now() where id = :id")
                    .param("id", running)
                    .update();
        }
    }

    @Test
    void shouldRefuseTheExportToWhoeverMayNotReadTheSummary() throws Exception {
        mvc.perform(post("/reports/summary/export")
                        .param("format", "XLSX")
                        .with(users.as("bithu"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String startExport(String user, String format, String asOf) throws Exception {
        return mvc.perform(post("/reports/summary/export")
                        .param("format", format)
                        .param("asOf", asOf)
                        .with(users.as(user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static long id(String jobPage) {
        assertThat(jobPage).startsWith("/jobs/");
        return Long.parseLong(jobPage.substring("/jobs/".length()));
    }

    /** Each sheet's rows as their cells' shown values joined by "|". */
    private static Map<String, List<String>> cells(byte[] xlsx) throws Exception {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        DataFormatter shown = new DataFormatter(Locale.forLanguageTag("vi"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<String> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : shown.formatCellValue(cell));
                    }
                    rows.add(String.join("|", values));
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }

    /** The job's page, its text unescaped, once the job is made to have run for {@code took} (an SQL interval). */
    private String pageAfterRunning(long jobId, String took) throws Exception {
        jdbc.sql("update background_job set started_at = finished_at - cast(:took as interval) where id = :id")
                .param("took", took)
                .param("id", jobId)
                .update();
        return HtmlUtils.htmlUnescape(mvc.perform(get("/jobs/" + jobId).with(users.as("lanhdao")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
