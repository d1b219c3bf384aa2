package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * What crosses the network for a page's files, asked of the running server as a browser asks: the pages
 * link the cut-down bootstrap.css (not the webjar's whole one) by a content-hashed name, kept a year as
 * immutable; the plain name is revalidated; HTML, CSS and scripts come gzip-compressed.
 */
@IntegrationTest
class AssetDeliveryTests extends DemoDistrictTest {

    private static final Pattern LINKED = Pattern.compile("href=\"(/assets/css/bootstrap-[0-9a-f]{32}\\.css)\"");
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/js/app-[0-9a-f]{32}\\.js)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldLinkTheBuiltCssByItsHashAndKeepItAYear() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.body()).doesNotContain("/webjars/");
        Matcher css = LINKED.matcher(login.body());
        assertThat(css.find())
                .as("the login page links the hashed bootstrap.css")
                .isTrue();

        HttpResponse<byte[]> hashed = getBytes(css.group(1));
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(hashed.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(hashed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(hashed.body().length).as("compressed size of bootstrap.css").isLessThan(10 * 1024);

        HttpResponse<byte[]> plain = getBytes("/assets/css/bootstrap.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void shouldCompressPagesAndScripts() throws Exception {
        HttpResponse<byte[]> page = getBytes("/login");
        assertThat(page.headers().firstValue("Content-Encoding"))
                .as("the login page")
                .hasValue("gzip");
        Matcher script = SCRIPT.matcher(get("/login").body());
        assertThat(script.find()).isTrue();
        HttpResponse<byte[]> js = getBytes(script.group(1));
        assertThat(js.headers().firstValue("Content-Encoding")).as("app.js").hasValue("gzip");
        assertThat(js.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(
                request(path).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
