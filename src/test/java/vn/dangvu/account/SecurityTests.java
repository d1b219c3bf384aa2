package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.LoginForm;

@IntegrationTest
class SecurityTests extends DemoDistrictTest {

    @Autowired
    AccountLoader accountLoader;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void shouldSendAnonymousUsersToTheLoginPage() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void shouldLogInWithADemoAccountAndLandOnTheDashboard() throws Exception {
        mvc.perform(formLogin("/login").user("tochuc").password("dangvu123")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đảng viên đang sinh hoạt")));
    }

    @Test
    void shouldRejectAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("lanhdao").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldAnswerEveryFailureBeforeACorrectPasswordTheSameWay() throws Exception {
        long disabled = accountLoader.createSystemAccount(
                "da.nghi", "dung-mat-khau", "Đã nghỉ", Role.DISTRICT_LEADER, demo.unit("TH"));
        accounts.setEnabled(users.actor("tochuc"), disabled, false);

        signIn("khong.co.ai", "bat-ky-mat-khau", "198.51.100.1").andExpect(redirectedUrl("/login?error"));
        signIn("lanhdao", "sai-mat-khau", "198.51.100.1").andExpect(redirectedUrl("/login?error"));
        signIn("da.nghi", "sai-mat-khau", "198.51.100.1").andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));

        signIn("da.nghi", "dung-mat-khau", "198.51.100.1").andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void shouldHoldBackAStrangersAddressBeforeTheAccountItGuessesAt() throws Exception {
        accountLoader.createSystemAccount(
                "throttled", "correct-horse", "Thử giới hạn", Role.DISTRICT_LEADER, demo.unit("TH"));
        String stranger = "198.51.100.7";
        for (int i = 0; i < 10; i++) {
            signIn("throttled", "guess-" + i, stranger).andExpect(redirectedUrl("/login?error"));
        }

        signIn("throttled", "guess-10", stranger).andExpect(redirectedUrl("/login?wait=1"));
        signIn("throttled", "correct-horse", stranger).andExpect(redirectedUrl("/login?wait=1"));
        mvc.perform(get("/login").param("wait", "1"))
                .andExpect(content().string(Matchers.containsString("Vui lòng thử lại sau 1 phút.")));

        signIn("throttled", "correct-horse", "198.51.100.8").andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldDoubleTheDelayOfAnAddressAfterEachFurtherFailure() throws Exception {
        String address = "198.51.100.9";
        for (int i = 0; i < 10; i++) {
            signIn("ai.do", "sai-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(delaySeconds("ADDRESS", address)).isEqualTo(30);

        letTheDelayPass("ADDRESS", address);
        signIn("ai.do", "sai-10", address).andExpect(redirectedUrl("/login?error"));
        assertThat(delaySeconds("ADDRESS", address)).isEqualTo(60);
        signIn("ai.do", "sai-11", address).andExpect(redirectedUrl("/login?wait=1"));

        letTheDelayPass("ADDRESS", address);
        signIn("ai.do", "sai-12", address).andExpect(redirectedUrl("/login?error"));
        assertThat(delaySeconds("ADDRESS", address)).isEqualTo(120);
        signIn("ai.do", "sai-13", address).andExpect(redirectedUrl("/login?wait=2"));
    }

    @Test
    void shouldDelayANameGuessedFromManyAddressesWhetherOrNotTheAccountExists() throws Exception {
        accountLoader.createSystemAccount(
                "nhieu.noi", "mat-khau-that", "Nhiều nơi", Role.DISTRICT_LEADER, demo.unit("TH"));
        for (String name : new String[] {"nhieu.noi", "khong.ton.tai"}) {
            String network = name.equals("nhieu.noi") ? "203.0.113." : "192.0.2.";
            for (int i = 0; i < 30; i++) {
                signIn(name, "sai-" + i, network + (10 + i / 9)).andExpect(redirectedUrl("/login?error"));
            }
            signIn(name, "mat-khau-that", network + "200").andExpect(redirectedUrl("/login?wait=1"));
        }

        letTheDelayPass("ACCOUNT", "nhieu.noi");
        signIn("nhieu.noi", "mat-khau-that", "203.0.113.201").andExpect(redirectedUrl("/"));
        assertThat(demo.count("select count(*) from login_throttle where kind = 'ACCOUNT' and subject = 'nhieu.noi'"))
                .isZero();
    }

    @Test
    void shouldCountTheConnectingAddressWhenForwardedHeadersAreNotTrusted() throws Exception {
        jdbc.update("delete from login_throttle where kind = 'ADDRESS' and subject = '127.0.0.1'");
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        String token = LoginForm.open(client, base);

        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "192.0.2.99")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=lanhdao&password=sai-mat-khau&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(demo.count("select count(*) from login_throttle where kind = 'ADDRESS' and subject = '192.0.2.99'"))
                .isZero();
        assertThat(demo.count("select failures from login_throttle where kind = 'ADDRESS' and subject = '127.0.0.1'"))
                .isEqualTo(1);
        jdbc.update("delete from login_throttle where kind = 'ADDRESS' and subject = '127.0.0.1'");
    }

    @Test
    void shouldRejectAFormPostWithoutCsrfToken() throws Exception {
        long branch = demo.unit("TH-TB-A1");
        mvc.perform(post("/units/{id}/rename", branch)
                        .param("name", "Hacked")
                        .param("version", "0")
                        .with(users.as("tochuc")))
                .andExpect(status().isForbidden());
        assertThat(demo.text("select name from org_unit where id = ?", branch)).isNotEqualTo("Hacked");
        mvc.perform(post("/login").param("username", "tochuc").param("password", "dangvu123"))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldSendSecurityHeadersOnEveryResponse() throws Exception {
        for (String path : new String[] {"/login", "/assets/css/app.css"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                    .andExpect(header().string(
                                    "Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
    }

    @Test
    void shouldExposeOnlyTheHealthEndpointOfActuator() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(users.as("tochuc"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(users.as("tochuc"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldMarkTheSessionCookieHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void shouldSpeakEnglishOnRequest() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(Matchers.containsString("Sign in")));
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("Đăng nhập")));
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** The delay the subject's last failure started, in seconds. */
    private long delaySeconds(String kind, String subject) {
        return demo.count(
                "select extract(epoch from blocked_until - last_failure)::bigint from login_throttle"
                        + " where kind = ? and subject = ?",
                kind,
                subject);
    }

    /** Moves the subject's history back in time until its delay ended a second ago. */
    private void letTheDelayPass(String kind, String subject) {
        jdbc.update("""
                update login_throttle
                set last_failure = last_failure - (blocked_until - now()) - interval '1 second',
                    blocked_until = now() - interval '1 second'
                where kind = ? and subject = ?""", kind, subject);
    }

    @Test
    void shouldShowVietnameseErrorPagesToSignedInUsers() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        LoginForm.signIn(client, base, LoginForm.open(client, base), "xa.tanhoco");

        long otherCommuneMember = demo.memberOf("TH-TB-A1");
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/members/" + otherCommuneMember))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").doesNotContain("Exception");
    }
}
