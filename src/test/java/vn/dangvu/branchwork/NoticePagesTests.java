package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.SignedInClient;

/**
 * Meeting notices (issue 19 item 6) on Chi bộ Ấp Bình Thạnh, whose secretary is {@code bithu}: announced
 * with a document, listed, the document sent back byte for byte as a download; files too large or not
 * what their name says refused with the form kept; another commune's official sees nothing of them, a
 * district leader only reads them; cancelling asks why first.
 */
@IntegrationTest
class NoticePagesTests extends DemoDistrictTest {

    /** A small PDF, and its SHA-256 worked out with sha256sum. */
    static final byte[] PDF = "%PDF-1.4\n% Giay moi hop chi bo\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static final String PDF_SHA256 = "47be5a1938b4bba28c84821af8f56602879803693f3c668c5af495b11148916f";

    @LocalServerPort
    int port;

    long branch;
    LocalDate meetsOn;
    String topic;

    @BeforeEach
    void setUp() {
        branch = demo.unit("TH-TB-A1");
        // a few months ahead: a coming meeting
        meetsOn = LocalDate.now().plusDays(90);
        topic = "Học tập nghị quyết " + System.nanoTime();
    }

    @Test
    void shouldAnnounceAMeetingWithADocumentListItAndSendTheDocumentBackAsADownload() throws Exception {
        String location = mvc.perform(
                        announce("bithu", new MockMultipartFile("files", "giấy mời.pdf", "text/html", PDF)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/notices/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long notice = Long.parseLong(location.substring("/notices/".length()));
        assertThat(demo.text(
                        "select file_name || ' ' || content_type || ' ' || size_bytes || ' ' || sha256 || ' ' || uploaded_by"
                                + " from meeting_notice_document where notice_id = ?",
                        notice))
                .isEqualTo("giấy mời.pdf application/pdf 37 " + PDF_SHA256 + " bithu");
        assertThat(demo.text(
                        "select action from audit_event where entity_type = 'UNIT' and entity_id = ? order by id desc limit 1",
                        branch))
                .isEqualTo("NOTICE_DOCUMENT_ADDED");

        String list = page("bithu", "/branches/{id}/notices", branch);
        assertThat(list)
                .contains("href=\"/notices/" + notice + "\">" + LocalDateFormatter.DISPLAY.format(meetsOn) + "</a>")
                .contains("19:30")
                .contains(topic)
                .contains("Hội trường ấp");

        long document = demo.count("select id from meeting_notice_document where notice_id = ?", notice);
        String shown = page("bithu", "/notices/{id}", notice);
        assertThat(shown)
                .contains("href=\"/notices/" + notice + "/documents/" + document + "\" download>giấy mời.pdf</a>")
                .contains("Đọc trước dự thảo");

        byte[] sent = mvc.perform(
                        get("/notices/{id}/documents/{d}", notice, document).with(users.as("bithu")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("gi%E1%BA%A5y%20m%E1%BB%9Di.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(sent).isEqualTo(PDF);
    }

    /** Through the real server: its multipart limits let an 11 MB file reach the form, which refuses it. */
    @Test
    void shouldRefuseAFileOverTenMegabytesOnTheFormAndKeepWhatWasTyped() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String csrf = SignedInClient.csrfToken(client, base, "bithu", "/branches/" + branch + "/notices/new");
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, eleven, 0, PDF.length);

        HttpResponse<String> response = client.send(
                formPost(base + "/branches/" + branch + "/notices", csrf, "bien-ban.pdf", eleven),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Tệp “bien-ban.pdf” lớn hơn 10 MB nên chưa được lưu")
                .contains("value=\"" + LocalDateFormatter.DISPLAY.format(meetsOn) + "\"")
                .contains("value=\"19:30\"")
                .contains("value=\"Hội trường ấp\"")
                .contains("value=\"" + topic + "\"")
                .contains("Đọc trước dự thảo nghị quyết")
                .contains("hãy chọn lại tệp")
                .doesNotContain("Exception");
        assertThat(demo.count("select count(*) from meeting_notice where topic = ?", topic))
                .isZero();
    }

    @Test
    void shouldRefuseAProgramRenamedPdfAndStoreNothing() throws Exception {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        program[2] = (byte) 0x90;
        mvc.perform(announce("bithu", new MockMultipartFile("files", "giay-moi.pdf", "application/pdf", program)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp “giay-moi.pdf” không được nhận")))
                .andExpect(content().string(containsString("value=\"" + topic + "\"")));
        assertThat(demo.count("select count(*) from meeting_notice where topic = ?", topic))
                .isZero();
    }

    @Test
    void shouldHideANoticeAndItsDocumentFromAnotherCommunesOfficial() throws Exception {
        long notice = announced();
        long document = demo.count("select id from meeting_notice_document where notice_id = ?", notice);

        for (String path : List.of(
                "/notices/" + notice,
                "/notices/" + notice + "/documents/" + document,
                "/branches/" + branch + "/notices")) {
            mvc.perform(get(path).with(users.as("xa.tanhoco"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(users.as("xa.thongbinh"))).andExpect(status().isOk());
        }
        mvc.perform(postAs("xa.tanhoco", "/notices/{id}/documents/{d}/delete", notice, document))
                .andExpect(status().isNotFound());
        assertThat(demo.count("select count(*) from meeting_notice_document where id = ?", document))
                .isEqualTo(1);
    }

    @Test
    void shouldLetADistrictLeaderReadNoticesButNotAnnounceOne() throws Exception {
        long notice = announced();
        mvc.perform(get("/branches/{id}/notices/new", branch).with(users.as("lanhdao")))
                .andExpect(status().isForbidden());
        mvc.perform(announce("lanhdao", new MockMultipartFile("files", "giay-moi.pdf", "application/pdf", PDF)))
                .andExpect(status().isForbidden());
        assertThat(demo.count("select count(*) from meeting_notice where topic = ?", topic))
                .isEqualTo(1);
        assertThat(page("lanhdao", "/notices/{id}", notice))
                .contains(topic)
                .doesNotContain("/notices/" + notice + "/edit")
                .doesNotContain("/notices/" + notice + "/cancel");
    }

    @Test
    void shouldCancelAMeetingOnlyAfterAskingWhy() throws Exception {
        long notice = announced();

        assertThat(page("bithu", "/notices/{id}/cancel", notice))
                .contains("Lý do hủy")
                .contains(topic)
                .contains("action=\"/notices/" + notice + "/cancel\"");
        assertThat(cancelledAt(notice)).isNull();

        mvc.perform(postAs("bithu", "/notices/{id}/cancel", notice)
                        .param("reason", " ")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lý do hủy")));
        assertThat(cancelledAt(notice)).isNull();

        mvc.perform(postAs("bithu", "/notices/{id}/cancel", notice)
                        .param("reason", "Trùng lịch họp của xã")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notices/" + notice));
        assertThat(demo.text("select cancelled_by || ': ' || cancel_reason from meeting_notice where id = ?", notice))
                .isEqualTo("bithu: Trùng lịch họp của xã");
        assertThat(page("bithu", "/notices/{id}", notice))
                .contains("Đã hủy")
                .contains("Lý do: Trùng lịch họp của xã")
                .doesNotContain("/notices/" + notice + "/edit\"");
        assertThat(page("bithu", "/branches/{id}/notices", branch)).contains(topic);
        mvc.perform(get("/notices/{id}/edit", notice).with(users.as("bithu")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notices/" + notice));
        mvc.perform(get(
                                "/notices/{id}/documents/{d}",
                                notice,
                                demo.count("select id from meeting_notice_document where notice_id = ?", notice))
                        .with(users.as("bithu")))
                .andExpect(status().isOk());
    }

    @Test
    void shouldChangeANoticeAndItsDocumentsButNotMoveItToADayPassed() throws Exception {
        long notice = announced();
        String later = LocalDateFormatter.DISPLAY.format(meetsOn.plusDays(1));

        mvc.perform(postAs("bithu", "/notices/{id}", notice)
                        .param("meetsOn", "01/01/2020")
                        .param("kind", "THEMATIC")
                        .param("topic", topic)
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày họp đã qua")));
        mvc.perform(postAs("bithu", "/notices/{id}", notice)
                        .param("meetsOn", later)
                        .param("startsAt", "8:00")
                        .param("place", "Nhà văn hóa ấp")
                        .param("kind", "THEMATIC")
                        .param("topic", topic)
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notices/" + notice));
        assertThat(demo.text(
                        "select to_char(meets_on, 'DD/MM/YYYY') || ' ' || starts_at || ' ' || place || ' ' || kind"
                                + " from meeting_notice where id = ?",
                        notice))
                .isEqualTo(later + " 08:00 Nhà văn hóa ấp THEMATIC");
        assertThat(demo.text(
                        "select action from audit_event where entity_type = 'UNIT' and entity_id = ? order by id desc limit 1",
                        branch))
                .isEqualTo("NOTICE_UPDATED");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        mvc.perform(multipart("/notices/{id}/documents", notice)
                        .file(new MockMultipartFile("files", "so-do.png", "image/png", png))
                        .with(users.as("bithu"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notices/" + notice + "#documents"));
        assertThat(demo.count("select count(*) from meeting_notice_document where notice_id = ?", notice))
                .isEqualTo(2);
        long pdf = demo.count(
                "select id from meeting_notice_document where notice_id = ? and file_name = 'giay-moi.pdf'", notice);
        mvc.perform(postAs("bithu", "/notices/{id}/documents/{d}/delete", notice, pdf))
                .andExpect(status().isFound());
        assertThat(demo.text(
                        "select string_agg(file_name || ' ' || content_type, ', ') from meeting_notice_document"
                                + " where notice_id = ?",
                        notice))
                .isEqualTo("so-do.png image/png");
    }

    @Test
    void shouldKeepTheLimitOfTenDocumentsWhenTwoPeopleAddAtTheSameTime() throws Exception {
        long notice = announced();
        Actor secretary = users.actor("bithu");
        List<DocumentUpload> five = IntStream.range(0, 5)
                .mapToObj(i -> DocumentUpload.of("phu-luc-" + i + ".pdf", PDF))
                .toList();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> add = () -> {
            together.await();
            try {
                notices.addDocuments(secretary, notice, five);
                return true;
            } catch (BusinessRuleException refused) {
                return false;
            }
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Boolean> added = new ArrayList<>();
        try {
            for (Future<Boolean> result : two.invokeAll(List.of(add, add))) {
                added.add(result.get());
            }
        } finally {
            two.shutdown();
        }
        // the invitation and five more make six; five more again would make eleven: one of the two is refused
        assertThat(added).containsExactlyInAnyOrder(true, false);
        assertThat(demo.count("select count(*) from meeting_notice_document where notice_id = ?", notice))
                .isEqualTo(6);
    }

    @Autowired
    NoticeService notices;

    @Test
    void shouldShowTheDemoNoticeOfBinhThanhWithItsInvitation() throws Exception {
        long notice =
                demo.count("select min(id) from meeting_notice where branch_id = ? and created_by = 'demo'", branch);
        String shown = page("bithu", "/notices/{id}", notice);
        assertThat(shown)
                .contains("giay-moi-sinh-hoat-chi-bo.pdf")
                .contains("Hội trường Ấp Bình Thạnh")
                .contains("Xem buổi sinh hoạt đã ghi");
        long document = demo.count("select id from meeting_notice_document where notice_id = ?", notice);
        byte[] pdf = pages.file("bithu", "/notices/{id}/documents/{d}", notice, document);
        assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        assertThat(new String(pdf, StandardCharsets.US_ASCII))
                .contains("GIAY MOI SINH HOAT CHI BO")
                .endsWith("%%EOF\n");
        assertThat(page("bithu", "/")).contains("href=\"/branches/" + branch + "/notices\"");
    }

    private MockMultipartHttpServletRequestBuilder announce(String user, MockMultipartFile file) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/branches/{id}/notices", branch)
                .file(file)
                .param("meetsOn", LocalDateFormatter.DISPLAY.format(meetsOn))
                .param("startsAt", "19:30")
                .param("place", "Hội trường ấp")
                .param("kind", "REGULAR")
                .param("topic", topic)
                .param("agenda", "Đọc trước dự thảo nghị quyết")
                .with(users.as(user))
                .with(csrf());
    }

    /** A notice of the branch with the small PDF, announced by its secretary; its id. */
    private long announced() throws Exception {
        String location = mvc.perform(
                        announce("bithu", new MockMultipartFile("files", "giay-moi.pdf", "application/pdf", PDF)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/notices/".length()));
    }

    private String cancelledAt(long notice) {
        return jdbc.sql("select cancelled_at::text from meeting_notice where id = ?")
                .param(notice)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The form's fields and one file as a browser sends them, through the real server. */
    private HttpRequest formPost(String url, String csrf, String fileName, byte[] file) {
        String boundary = "----notice-boundary";
        StringBuilder fields = new StringBuilder();
        for (String[] field : new String[][] {
            {"_csrf", csrf},
            {"meetsOn", LocalDateFormatter.DISPLAY.format(meetsOn)},
            {"startsAt", "19:30"},
            {"place", "Hội trường ấp"},
            {"kind", "REGULAR"},
            {"topic", topic},
            {"agenda", "Đọc trước dự thảo nghị quyết"}
        }) {
            fields.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field[0])
                    .append("\"\r\n\r\n")
                    .append(field[1])
                    .append("\r\n");
        }
        fields.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        List<byte[]> body = new ArrayList<>();
        body.add(fields.toString().getBytes(StandardCharsets.UTF_8));
        body.add(file);
        body.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body))
                .build();
    }
}
