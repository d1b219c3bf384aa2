package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * A password reset by staff ends every open session of the account; a user's own password change ends
 * every other session and keeps the one that made the change. Sessions are real, in PostgreSQL.
 */
@IntegrationTest
class PasswordChangeTests extends DemoDistrictTest {

    @Autowired
    AccountLoader accounts;

    @LocalServerPort
    int port;

    @Test
    void shouldEndEveryOpenSessionOfAnAccountWhosePasswordStaffReset() throws Exception {
        long id = accounts.createSystemAccount(
                "quen.mk2", "mat-khau-cu-1", "Quên mật khẩu", Role.DISTRICT_LEADER, demo.unit("TH"));
        Browser phone = signedIn("quen.mk2", "mat-khau-cu-1");
        Browser office = signedIn("quen.mk2", "mat-khau-cu-1");
        assertThat(phone.status("/")).isEqualTo(200);
        assertThat(office.status("/")).isEqualTo(200);

        mvc.perform(postAs("tochuc", "/accounts/{id}/password", id)
                        .param("password", "mat-khau-moi-1")
                        .param("confirmation", "mat-khau-moi-1"))
                .andExpect(redirectedUrl("/accounts/" + id));

        assertThat(phone.status("/")).isEqualTo(302);
        assertThat(office.status("/")).isEqualTo(302);
        assertThat(signedIn("quen.mk2", "mat-khau-moi-1").status("/")).isEqualTo(200);
    }

    @Test
    void shouldChangeTheOwnPasswordKeepingThisSessionAndEndingTheOthers() throws Exception {
        accounts.createSystemAccount("tu.doi", "mat-khau-cu-2", "Tự đổi", Role.COMMUNE_OFFICIAL, demo.unit("TH-TB"));
        Browser here = signedIn("tu.doi", "mat-khau-cu-2");
        Browser elsewhere = signedIn("tu.doi", "mat-khau-cu-2");
        Browser otherUser = signedIn("lanhdao", "dangvu123");

        HttpResponse<String> changed = here.post(
                "/account/password",
                "currentPassword=mat-khau-cu-2&password=mat-khau-moi-2&confirmation=mat-khau-moi-2");

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(here.get("/account/password").body()).contains("Đã đổi mật khẩu");
        assertThat(here.status("/")).isEqualTo(200);
        assertThat(elsewhere.status("/")).isEqualTo(302);
        assertThat(otherUser.status("/")).isEqualTo(200);
        mvc.perform(formLogin("/login").user("tu.doi").password("mat-khau-cu-2"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("tu.doi").password("mat-khau-moi-2"))
                .andExpect(redirectedUrl("/"));
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'ACCOUNT' and action = 'PASSWORD_CHANGED'"
                                + " and entity_id = ?",
                        demo.account("tu.doi")))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnOwnPasswordChangeWithAWrongCurrentPasswordOrAWeakNewOne() throws Exception {
        accounts.createSystemAccount("doi.sai", "mat-khau-cu-3", "Đổi sai", Role.COMMUNE_OFFICIAL, demo.unit("TH-TB"));
        Browser here = signedIn("doi.sai", "mat-khau-cu-3");
        Browser elsewhere = signedIn("doi.sai", "mat-khau-cu-3");

        HttpResponse<String> wrongCurrent = here.post(
                "/account/password", "currentPassword=khong-phai&password=mat-khau-moi-3&confirmation=mat-khau-moi-3");
        assertThat(wrongCurrent.statusCode()).isEqualTo(200);
        assertThat(wrongCurrent.body()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(demo.count("select failures from login_throttle where kind = 'ACCOUNT' and subject = 'doi.sai'"))
                .as("a wrong current password counts as a failed sign-in for the name")
                .isEqualTo(1);

        HttpResponse<String> tooShort =
                here.post("/account/password", "currentPassword=mat-khau-cu-3&password=ngan&confirmation=ngan");
        assertThat(tooShort.body()).contains("Mật khẩu phải có ít nhất 8 ký tự.");

        HttpResponse<String> mismatch = here.post(
                "/account/password",
                "currentPassword=mat-khau-cu-3&password=mat-khau-moi-3&confirmation=mat-khau-moi-4");
        assertThat(mismatch.body()).contains("Hai lần nhập mật khẩu không khớp.");

        assertThat(elsewhere.status("/")).isEqualTo(200);
        mvc.perform(formLogin("/login").user("doi.sai").password("mat-khau-cu-3"))
                .andExpect(redirectedUrl("/"));
    }

    private Browser signedIn(String username, String password) throws Exception {
        Browser browser = new Browser("http://localhost:" + port);
        HttpResponse<String> response = browser.post("/login", "username=" + username + "&password=" + password);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        return browser;
    }

    /** A client with its own cookies, as one browser on one device, that sends the CSRF token of its last page. */
    static final class Browser {

        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        Browser(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        int status(String path) throws Exception {
            return get(path).statusCode();
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            String page = get(path).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as("a CSRF token on " + path).isTrue();
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
