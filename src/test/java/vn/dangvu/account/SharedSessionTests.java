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
import vn.dangvu.support.IntegrationTest;

/** Two app instances on one database share logins: sessions live in PostgreSQL. */
@IntegrationTest
class SharedSessionTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldKeepAUserSignedInOnASecondInstance() throws Exception {
        String url = ((HikariDataSource) unwrap(dataSource)).getJdbcUrl();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DangVuApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--dangvu.demo=false")) {
            int otherPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

            String loginPage = body(client, port, "/login");
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(token.find()).isTrue();
            client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=tochuc&password=dangvu123&_csrf=" + token.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());

            HttpResponse<String> onSecond = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("Ban Tổ chức Huyện ủy");
        }
    }

    private static String body(HttpClient client, int port, String path) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static DataSource unwrap(DataSource dataSource) throws Exception {
        return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : dataSource;
    }
}
