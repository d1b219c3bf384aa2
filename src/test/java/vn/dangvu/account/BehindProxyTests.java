package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dangvu.DangVuApplication;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * Behind a TLS proxy ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}) a request the proxy received over
 * HTTPS gets a {@code Secure} session cookie and HSTS, and the sign-in throttle counts the client's address
 * from {@code X-Forwarded-For}. Without that setting (the default, as in the shared test instance) the same
 * headers are not trusted.
 */
@IntegrationTest
class BehindProxyTests extends DemoDistrictTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldTrustForwardedHeadersOnlyWhenToldTo() throws Exception {
        HttpResponse<String> direct = get(port, "/login", "https");
        assertThat(sessionCookie(direct)).doesNotContainIgnoringCase("Secure");
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();

        String url = ((HikariDataSource) dataSource.unwrap(HikariDataSource.class)).getJdbcUrl();
        try (ConfigurableApplicationContext proxied = new SpringApplicationBuilder(DangVuApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--dangvu.demo=false",
                        "--server.forward-headers-strategy=native")) {
            int proxiedPort = Integer.parseInt(proxied.getEnvironment().getProperty("local.server.port"));

            HttpResponse<String> overHttps = get(proxiedPort, "/login", "https");
            assertThat(sessionCookie(overHttps))
                    .containsIgnoringCase("; Secure")
                    .containsIgnoringCase("HttpOnly");
            assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(h -> assertThat(h).startsWith("max-age=31536000"));

            HttpResponse<String> overHttp = get(proxiedPort, "/login", "http");
            assertThat(sessionCookie(overHttp)).doesNotContainIgnoringCase("Secure");
            assertThat(overHttp.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();

            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String page = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + proxiedPort + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).isTrue();
            HttpResponse<Void> failed = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + proxiedPort + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", "192.0.2.77")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=lanhdao&password=sai-mat-khau&_csrf=" + token.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(failed.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            assertThat(demo.count(
                            "select failures from login_throttle where kind = 'ADDRESS' and subject = '192.0.2.77'"))
                    .isEqualTo(1);
        }
    }

    private static HttpResponse<String> get(int port, String path, String forwardedProto) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("X-Forwarded-Proto", forwardedProto)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
    }
}
