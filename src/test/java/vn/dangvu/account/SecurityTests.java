package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
import org.springframework.test.web.servlet.MockMvc;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

    @Autowired
    AccountLoader accounts;

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
    void shouldLockAnAccountAfterFiveFailedLogins() throws Exception {
        accounts.createSystemAccount("throttled", "correct-horse", "Thử khóa", Role.DISTRICT_LEADER, demo.unit("TH"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("throttled").password("guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("throttled").password("correct-horse"))
                .andExpect(redirectedUrl("/login?locked"));
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

    @Test
    void shouldShowVietnameseErrorPagesToSignedInUsers() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        String loginPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(loginPage);
        assertThat(token.find()).isTrue();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=xa.tanhoco&password=dangvu123&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

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
