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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
        mvc.perform(newAccount("bithu.a2", "Bí thư Chi bộ Ấp Cả Găng", "BRANCH_SECRETARY", "TH-TB-A2", "mat-khau-moi"))
                .andExpect(redirectedUrlPattern("/accounts/*"));

        assertThat(demo.text("select password_hash from app_user where username = 'bithu.a2'"))
                .startsWith("{bcrypt}")
                .doesNotContain("mat-khau-moi");
        mvc.perform(formLogin("/login").user("bithu.a2").password("mat-khau-moi"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheFormIsInvalid() throws Exception {
        mvc.perform(newAccount("nguoi.moi", "Người Mới", "COMMUNE_OFFICIAL", "TH-TB-A2", "short"))
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
        java.net.http.HttpClient client = signedIn("dang.mo", "mat-khau-123");
        assertThat(home(client).statusCode()).isEqualTo(200);

        accounts.setEnabled(users.actor("tochuc"), id, false);

        assertSentToSignIn(home(client));
    }

    /**
     * A reorganisation that moves a user's unit changes the path their signed-in scope holds: they are
     * signed out once it is committed, while a user whose unit stayed where it was keeps their session.
     */
    @Test
    void shouldEndTheOpenSessionsOfTheUsersWhoseUnitAReorganisationMoved(
            @Autowired vn.dangvu.organisation.loading.OrganisationLoader units,
            @Autowired vn.dangvu.organisation.Reorganiser reorganiser)
            throws Exception {
        var commune =
                units.registerChild(demo.unit("TH"), "XD-MOVE", "Xã Dời Chỗ", vn.dangvu.organisation.UnitKind.COMMUNE);
        accountLoader.createSystemAccount(
                "xa.doicho", "mat-khau-123", "Xã dời chỗ", Role.COMMUNE_OFFICIAL, commune.id());
        accountLoader.createSystemAccount("o.yen", "mat-khau-123", "Ở yên", Role.DISTRICT_LEADER, demo.unit("TH"));
        java.net.http.HttpClient moved = signedIn("xa.doicho", "mat-khau-123");
        java.net.http.HttpClient stayed = signedIn("o.yen", "mat-khau-123");
        assertThat(home(moved).statusCode()).isEqualTo(200);

        var day = java.time.LocalDate.of(2025, 7, 1);
        var step = new vn.dangvu.organisation.Reorganiser.Step(
                day, new vn.dangvu.organisation.Decision("9-QĐ/TU", day, null), null);
        var cluster = reorganiser.establish(
                users.actor("tochuc"),
                step,
                "XD-CUM",
                "Cụm Dời Chỗ",
                vn.dangvu.organisation.UnitKind.OTHER,
                vn.dangvu.organisation.LevelRole.ABOVE_GRASSROOTS,
                demo.unit("TH"));
        reorganiser.move(users.actor("tochuc"), step, commune.id(), cluster.id());

        assertSentToSignIn(home(moved));
        assertThat(home(stayed).statusCode()).isEqualTo(200);
    }

    /** A browser-like client signed in through the sign-in form, keeping its session cookie. */
    /** The new-account form as the district staff sends it, the scope given by its unit's code. */
    private MockHttpServletRequestBuilder newAccount(
            String username, String fullName, String role, String scopeCode, String password) {
        return postAs("tochuc", "/accounts")
                .param("username", username)
                .param("fullName", fullName)
                .param("role", role)
                .param("scopeUnitId", String.valueOf(demo.unit(scopeCode)))
                .param("password", password);
    }

    private java.net.http.HttpClient signedIn(String username, String password) throws Exception {
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
                                "username=" + username + "&password=" + password + "&_csrf=" + token.group(1)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private java.net.http.HttpResponse<Void> home(java.net.http.HttpClient client) throws Exception {
        return client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    private static void assertSentToSignIn(java.net.http.HttpResponse<Void> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldResetAPassword() throws Exception {
        long id = accountLoader.createSystemAccount(
                "quen.mk", "mat-khau-cu", "Quên mật khẩu", Role.DISTRICT_LEADER, demo.unit("TH"));

        mvc.perform(postAs("tochuc", "/accounts/{id}/password", id)
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
                // the first page, by username: other tests add accounts (thu.nam…, xa.sua…) ahead of xa.thongbinh
                .andExpect(content().string(Matchers.containsString(">bithu</a>")));
        mvc.perform(get("/accounts").with(users.as("xa.thongbinh"))).andExpect(status().isForbidden());
    }
}
