package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.SignedInClient;

/**
 * Requests larger than the app accepts get the app's own Vietnamese page: a form with a row index past the
 * binder's limit answers 400, an upload past the size limit is sent to a page that states the limit.
 */
@IntegrationTest
class OversizedRequestTests extends DemoDistrictTest {

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerARowIndexPastTheLimitOnTheAttendanceFormWithAClearBadRequest() throws Exception {
        long meeting = demo.meetingOf("TH-TB-A1");
        mvc.perform(postAs("tochuc", "/meetings/{id}/attendance", meeting)
                        .param("version", "0")
                        .param("rows[257].memberId", "1")
                        .param("rows[257].status", "PRESENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Biểu mẫu có quá nhiều dòng")))
                .andExpect(content().string(containsString("256")));
    }

    @Test
    void shouldAnswerARowIndexPastTheLimitOnTheEvaluationFormWithAClearBadRequest() throws Exception {
        mvc.perform(postAs("tochuc", "/branches/{id}/evaluations", demo.unit("TH-TB-A1"))
                        .param("year", "2024")
                        .param("rows[300].memberId", "1")
                        .param("rows[300].commune", "GOOD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Biểu mẫu có quá nhiều dòng")));
    }

    @Test
    void shouldShowTheAppsOwnPageWithTheLimitForAnUploadOverTheLimit() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String csrf = SignedInClient.csrfToken(client, base, "tochuc", "/import");

        for (int megabytes : new int[] {21, 80}) {
            HttpResponse<String> response = upload(client, base, csrf, megabytes);
            assertThat(response.statusCode()).as(megabytes + " MB").isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/upload-too-large?back=%2Fimport");
        }
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/upload-too-large?back=%2Fimport"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Tệp quá lớn")
                .contains("vượt quá giới hạn 20 MB")
                .contains("href=\"/import\"")
                .doesNotContain("Apache Tomcat");
    }

    @Test
    void shouldLeadBackToThePageTheFormWasOnAndNeverToAnotherSite() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String csrf = SignedInClient.csrfToken(client, base, "tochuc", "/import");
        HttpResponse<String> response = upload(client, base, csrf, 21, base + "/branches/12/notices/3?page=1");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/upload-too-large?back=%2Fbranches%2F12%2Fnotices%2F3%3Fpage%3D1");

        assertThat(backLink(client, base, "%2Fbranches%2F12%2Fnotices%2F3%3Fpage%3D1"))
                .isEqualTo("/branches/12/notices/3?page=1");
        for (String elsewhere : new String[] {
            "%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example", "%2F%09%2Fevil.example", ""
        }) {
            assertThat(backLink(client, base, elsewhere)).as(elsewhere).isEqualTo("/");
        }
    }

    private static String backLink(HttpClient client, String base, String back) throws Exception {
        String body = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/upload-too-large?back=" + back))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "<a[^>]*href=\"([^\"]*)\"[^>]*>Quay lại trang trước")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(link.group(1));
    }

    private static HttpResponse<String> upload(HttpClient client, String base, String csrf, int megabytes)
            throws Exception {
        return upload(client, base, csrf, megabytes, null);
    }

    private static HttpResponse<String> upload(
            HttpClient client, String base, String csrf, int megabytes, String referer) throws Exception {
        String boundary = "----dangvu-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nMEMBERS\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] megabyte = new byte[1024 * 1024];
        Arrays.fill(megabyte, (byte) 'a');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        List<byte[]> body = new ArrayList<>();
        body.add(head);
        body.addAll(Collections.nCopies(megabytes, megabyte));
        body.add(tail);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body));
        if (referer != null) {
            request.header("Referer", referer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
