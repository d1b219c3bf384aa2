package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.web.WebConfiguration;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.JobWaits;
import vn.dangvu.support.LoginForm;

/**
 * Script typed into text fields comes back as text; a login gets a new session id; an upload with too many
 * rows or too wide a row is refused with a message on the upload page.
 */
@IntegrationTest
class HostileInputTests extends DemoDistrictTest {

    private static final String PROBE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    OrganisationService organisation;

    @Autowired
    EngagementService engagement;

    @Autowired
    MessageSource messages;

    @Autowired
    JobWaits jobWaits;

    @Autowired
    vn.dangvu.shared.web.Commands commands;

    @Test
    void shouldEscapeScriptInNamesTopicsAndBranches() throws Exception {
        var staff = users.actor("tochuc");
        var commune = fixtures.commune(1);
        long member = fixtures.member("Nguyễn " + PROBE, commune.hamlet(0), commune.hamlet(0), null);
        var branch = organisation.createBranch(
                staff, new BranchForm(commune.commune().id(), "XSS-1", "Ấp " + PROBE, UnitKind.HAMLET));
        engagement.raise(
                staff,
                new EngagementForms.ConcernForm(
                        commune.hamlet(0).id(), member, PROBE, "Chủ đề " + PROBE, PROBE, LocalDate.now()));

        for (String path : new String[] {
            "/members/" + member,
            "/members?commune=" + commune.commune().id(),
            "/units/" + branch.id(),
            "/units",
            "/concerns"
        }) {
            mvc.perform(get(path).with(users.as("tochuc")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(containsString("&lt;script&gt;")));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void shouldGiveANewSessionIdAtLogin() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        String token = LoginForm.open(client, base);
        String before = session(cookies);
        LoginForm.signIn(client, base, token, "tochuc");
        assertThat(before).isNotNull();
        assertThat(session(cookies)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void shouldRefuseAnUploadWithTooManyRowsWithAMessage() throws Exception {
        StringBuilder csv = new StringBuilder("Xã/Thị trấn,Tên chi bộ,Loại chi bộ\n");
        for (int i = 0; i <= 100_000; i++) {
            csv.append("x\n");
        }
        assertRefused(csvFile(csv.toString()), "Tệp có quá nhiều dòng: mỗi lần nhập tối đa 100.000 dòng");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet();
            header(sheet.createRow(0));
            for (int i = 1; i <= 100_001; i++) {
                sheet.createRow(i).createCell(0).setCellValue("x");
            }
            workbook.write(xlsx);
            workbook.dispose();
        }
        assertRefused(
                new MockMultipartFile("file", "chi-bo.xlsx", "application/octet-stream", xlsx.toByteArray()),
                "Tệp có quá nhiều dòng");
    }

    @Test
    void shouldRefuseAnUploadWithTooWideARowWithAMessage() throws Exception {
        String header = "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\n";
        String wide = "Xã Thông Bình,Chi bộ Ấp Rộng,Ấp" + ",x".repeat(5_000) + "\n";
        assertRefused(csvFile(header + wide), "Tệp có quá nhiều cột: tối đa 200 cột");
        // two million empty fields in one line: refused before the CSV parser holds them
        assertRefused(csvFile(header + ",".repeat(2_000_000) + "\n"), "Tệp có quá nhiều cột");
        // many empty fields at the end of a row, as spreadsheets export them, are no reason to refuse
        mvc.perform(multipart("/import")
                        .file(csvFile(header + "Xã Thông Bình,Chi bộ Ấp Bình Thạnh,Ấp" + ",".repeat(1_000) + "\n"))
                        .param("kind", "BRANCHES")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> {
                    var checked =
                            jobWaits.awaitEnd("tochuc", result.getResponse().getRedirectedUrl());
                    assertThat(checked.messageKey()).isEqualTo("import.checked");
                    assertThat(checked.resultPath()).startsWith("/import/");
                });

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet();
            header(sheet.createRow(0));
            sheet.createRow(1).createCell(16_000).setCellValue("xa tít bên phải");
            workbook.write(xlsx);
            workbook.dispose();
        }
        assertRefused(
                new MockMultipartFile("file", "chi-bo.xlsx", "application/octet-stream", xlsx.toByteArray()),
                "Tệp có quá nhiều cột");
    }

    private static void header(org.apache.poi.ss.usermodel.Row row) {
        row.createCell(0).setCellValue("Xã/Thị trấn");
        row.createCell(1).setCellValue("Tên chi bộ");
        row.createCell(2).setCellValue("Loại chi bộ");
    }

    private static MockMultipartFile csvFile(String content) {
        return new MockMultipartFile("file", "chi-bo.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /** The upload's check ends with a message, which reads in Vietnamese; nothing of the file is kept. */
    private void assertRefused(MockMultipartFile file, String message) throws Exception {
        long previews = jdbc.sql("select count(*) from import_preview")
                .query(Long.class)
                .single();
        MvcResult upload = mvc.perform(multipart("/import")
                        .file(file)
                        .param("kind", "BRANCHES")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var job = jobWaits.awaitEnd("tochuc", upload.getResponse().getRedirectedUrl());
        assertThat(job.state()).isEqualTo(vn.dangvu.shared.jobs.JobState.FAILED);
        assertThat(messages.getMessage(
                        job.messageKey(),
                        commands.resolved(job.messageArguments().toArray()),
                        WebConfiguration.VIETNAMESE))
                .contains(message);
        assertThat(jdbc.sql("select count(*) from import_preview")
                        .query(Long.class)
                        .single())
                .isEqualTo(previews);
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
