package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class AccountAdministrationTests extends DemoDistrictTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountLoader accountLoader;

    @Test
    void shouldCreateAnAccountWithAHashedPasswordThatCanSignIn() throws Exception {
        mvc.perform(post("/accounts")
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("username", "bithu.a2")
                        .param("fullName", "Bí thư Chi bộ Ấp Cả Găng")
                        .param("role", "BRANCH_SECRETARY")
                        .param("scopeUnitId", String.valueOf(demo.unit("TH-TB-A2")))
                        .param("password", "mat-khau-moi"))
                .andExpect(redirectedUrlPattern("/accounts/*"));

        assertThat(demo.text("select password_hash from app_user where username = 'bithu.a2'"))
                .startsWith("{bcrypt}")
                .doesNotContain("mat-khau-moi");
        mvc.perform(formLogin("/login").user("bithu.a2").password("mat-khau-moi"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheFormIsInvalid() throws Exception {
        mvc.perform(post("/accounts")
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("username", "nguoi.moi")
                        .param("fullName", "Người Mới")
                        .param("role", "COMMUNE_OFFICIAL")
                        .param("scopeUnitId", String.valueOf(demo.unit("TH-TB-A2")))
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Người Mới\"")))
                .andExpect(content().string(Matchers.containsString("Phạm vi không phù hợp với vai trò đã chọn.")));
        assertThat(accounts.exists("nguoi.moi")).isFalse();
    }

    @Test
    void shouldStopADisabledAccountFromSigningIn() throws Exception {
        long id = accountLoader.createSystemAccount(
                "tam.nghi", "mat-khau-123", "Tạm nghỉ", Role.DISTRICT_LEADER, demo.unit("TH"));

        mvc.perform(post("/accounts/{id}/enabled", id)
                        .param("enabled", "false")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + id));

        mvc.perform(formLogin("/login").user("tam.nghi").password("mat-khau-123"))
                .andExpect(redirectedUrl("/login?disabled"));
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void shouldEndTheOpenSessionsOfAnAccountThatIsDisabled() throws Exception {
        long id = accountLoader.createSystemAccount(
                "dang.mo", "mat-khau-123", "Đang mở", Role.DISTRICT_LEADER, demo.unit("TH"));
        var client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        String page = client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).isTrue();
        client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "username=dang.mo&password=mat-khau-123&_csrf=" + token.group(1)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var home = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/"))
                .build();
        assertThat(client.send(home, java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);

        accounts.setEnabled(users.actor("tochuc"), id, false);

        var after = client.send(home, java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldResetAPassword() throws Exception {
        long id = accountLoader.createSystemAccount(
                "quen.mk", "mat-khau-cu", "Quên mật khẩu", Role.DISTRICT_LEADER, demo.unit("TH"));

        mvc.perform(post("/accounts/{id}/password", id)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("password", "mat-khau-moi-1")
                        .param("confirmation", "mat-khau-moi-1"))
                .andExpect(redirectedUrl("/accounts/" + id));

        mvc.perform(formLogin("/login").user("quen.mk").password("mat-khau-cu"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("quen.mk").password("mat-khau-moi-1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldNotLetStaffDisableThemselves() {
        assertThatThrownBy(() -> accounts.setEnabled(users.actor("tochuc"), demo.account("tochuc"), false))
                .hasMessage("account.cannotDisableSelf");
    }

    @Test
    void shouldListAccountsOnlyForDistrictStaff() throws Exception {
        mvc.perform(get("/accounts").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("xa.thongbinh")));
        mvc.perform(get("/accounts").with(users.as("xa.thongbinh"))).andExpect(status().isForbidden());
    }
}
