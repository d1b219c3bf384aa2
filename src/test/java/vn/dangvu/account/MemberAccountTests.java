package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import vn.dangvu.member.MemberService;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * Members' own accounts (issue 21): the branch secretary issues one-time codes, the member activates
 * their account with one and chooses a password; codes expire and can be reissued; an account follows
 * its member to another branch and stops when the member leaves the Party.
 */
@IntegrationTest
class MemberAccountTests extends DemoDistrictTest {

    private static final String NEW_PASSWORD = "mat-khau-cua-toi-1";

    @Autowired
    MemberService members;

    @Autowired
    AccountService accountService;

    /** A new hamlet of two members, its secretary, and the codes the secretary issued (in name order). */
    record Branch(
            Fixtures.Commune commune,
            long first,
            long second,
            String secretary,
            List<MemberAccountService.Slip> slips) {}

    private Branch issued() throws Exception {
        Fixtures.Commune commune = fixtures.commune(2);
        long first = fixtures.member("Lê Văn Một", commune.hamlet(0), commune.hamlet(0), null);
        long second = fixtures.member("Lê Văn Hai", commune.hamlet(0), commune.hamlet(0), null);
        String secretary = fixtures.account(staff, Role.BRANCH_SECRETARY, commune.hamlet(0));
        @SuppressWarnings("unchecked")
        List<MemberAccountService.Slip> slips = (List<MemberAccountService.Slip>) mvc.perform(
                        post("/member-accounts/issue").with(users.as(secretary)).with(csrf()))
                .andExpect(redirectedUrl("/member-accounts/slips"))
                .andReturn()
                .getFlashMap()
                .get("slips");
        return new Branch(commune, first, second, secretary, slips);
    }

    private MemberAccountService.Slip slipOf(Branch branch, String fullName) {
        return branch.slips().stream()
                .filter(s -> s.fullName().equals(fullName))
                .findFirst()
                .orElseThrow();
    }

    private ResultActions activate(String username, String code, String address) throws Exception {
        return mvc.perform(post("/activate")
                .param("username", username)
                .param("code", code)
                .param("password", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .with(csrf()));
    }

    @Test
    void shouldIssueACodeToEveryMemberWithoutAnAccountAndPrintItOnce() throws Exception {
        Branch branch = issued();
        assertThat(branch.slips()).hasSize(2);
        MemberAccountService.Slip slip = slipOf(branch, "Lê Văn Một");
        assertThat(slip.username()).isEqualTo("mot." + branch.first());
        assertThat(slip.code()).matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}");
        assertThat(slip.expiresOn()).isEqualTo(LocalDate.now().plusDays(14));
        String stored = demo.text("select activation_code_hash from app_user where username = ?", slip.username());
        assertThat(stored).doesNotContain(slip.code().replace("-", "")).startsWith("{bcrypt}");
        String slips = mvc.perform(get("/member-accounts/slips").with(users.as(branch.secretary())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(slips).contains("chỉ hiện một lần").doesNotContain(slip.code());
        String list = pages.html(branch.secretary(), "/member-accounts");
        assertThat(list).contains("mot." + branch.first()).contains("Chờ kích hoạt");
        assertThat(demo.count(
                        "select count(*) from audit_event where action = 'MEMBER_ACCOUNT_ISSUED' and details like ?",
                        "mot." + branch.first() + "%"))
                .isEqualTo(1);
    }

    @Test
    void shouldActivateOnceWithTheCodeThenSignInWithThePassword() throws Exception {
        Branch branch = issued();
        MemberAccountService.Slip slip = slipOf(branch, "Lê Văn Một");
        String typed = slip.code().replace("-", "").toLowerCase();
        activate(slip.username(), typed, "198.51.100.31").andExpect(redirectedUrl("/login?activated"));
        String again = activate(slip.username(), typed, "198.51.100.31")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("mã kích hoạt không đúng, hoặc mã đã được dùng");
        mvc.perform(formLogin("/login").user(slip.username()).password(NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(slip.username()).password(slip.code()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldRefuseAnExpiredCode() throws Exception {
        Branch branch = issued();
        MemberAccountService.Slip slip = slipOf(branch, "Lê Văn Hai");
        jdbc.sql("update app_user set activation_expires_at = now() - interval '1 minute' where username = ?")
                .param(slip.username())
                .update();
        String page = activate(slip.username(), slip.code(), "198.51.100.32")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Mã kích hoạt đã hết hạn");
        assertThat(pages.html(branch.secretary(), "/member-accounts")).contains("Mã đã hết hạn");
    }

    @Test
    void shouldRefuseTheOldCodeOnceReissuedAndTakeTheNewOne() throws Exception {
        Branch branch = issued();
        MemberAccountService.Slip old = slipOf(branch, "Lê Văn Một");
        long accountId = demo.account(old.username());
        @SuppressWarnings("unchecked")
        List<MemberAccountService.Slip> reissued =
                (List<MemberAccountService.Slip>) mvc.perform(post("/member-accounts/{id}/reissue", accountId)
                                .with(users.as(branch.secretary()))
                                .with(csrf()))
                        .andExpect(redirectedUrl("/member-accounts/slips"))
                        .andReturn()
                        .getFlashMap()
                        .get("slips");
        assertThat(reissued).hasSize(1);
        assertThat(reissued.get(0).username()).isEqualTo(old.username());
        activate(old.username(), old.code(), "198.51.100.33").andExpect(status().isOk());
        activate(old.username(), reissued.get(0).code(), "198.51.100.33").andExpect(redirectedUrl("/login?activated"));
    }

    @Test
    void shouldNotLetAnotherBranchSecretaryReissueOrAMemberIssue() throws Exception {
        Branch branch = issued();
        long accountId = demo.account(slipOf(branch, "Lê Văn Một").username());
        mvc.perform(post("/member-accounts/{id}/reissue", accountId)
                        .with(users.as("bithu"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member-accounts/issue").with(users.as("dangvien")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/member-accounts").with(users.as("xa.thongbinh"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseAMemberWhoLeftTheParty() throws Exception {
        Branch branch = issued();
        MemberAccountService.Slip slip = slipOf(branch, "Lê Văn Hai");
        activate(slip.username(), slip.code(), "198.51.100.34").andExpect(redirectedUrl("/login?activated"));
        var signedIn = users.as(slip.username());
        fixtures.leave(branch.second(), "RESIGNED", LocalDate.now().minusDays(1));
        mvc.perform(formLogin("/login").user(slip.username()).password(NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?left"));
        // a session opened before the member left is refused on its next request
        mvc.perform(get("/me").with(signedIn)).andExpect(redirectedUrl("/login?left"));
        assertThat(mvc.perform(get("/login").param("left", ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đảng viên đã ra khỏi Đảng nên tài khoản không còn được sử dụng");
    }

    @Test
    void shouldRefuseADisabledMemberAccountOnItsNextRequest() throws Exception {
        Branch branch = issued();
        String username = slipOf(branch, "Lê Văn Một").username();
        var signedIn = users.as(username);
        mvc.perform(get("/me").with(signedIn)).andExpect(status().isOk());
        mvc.perform(post("/accounts/{id}/enabled", demo.account(username))
                        .param("enabled", "false")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(demo.count("select count(*) from app_user where username = ? and not enabled", username))
                .isEqualTo(1);
        mvc.perform(get("/me").with(signedIn)).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void shouldFollowTheMemberToTheirNewBranch() throws Exception {
        Branch branch = issued();
        String username = slipOf(branch, "Lê Văn Một").username();
        assertThat(pages.html(username, "/me")).contains("Chi bộ Ấp 1");
        members.moveToBranch(branch.first(), branch.commune().hamlet(1).id(), LocalDate.now(), null);
        assertThat(pages.html(username, "/me")).contains("Chi bộ Ấp 2").doesNotContain("Chi bộ Ấp 1");
        String newSecretary =
                fixtures.account(staff, Role.BRANCH_SECRETARY, branch.commune().hamlet(1));
        assertThat(pages.html(newSecretary, "/member-accounts")).contains(username);
        assertThat(pages.html(branch.secretary(), "/member-accounts")).doesNotContain(username);
        // the staff's account pages place the account where the member is now, not where it was issued
        long accountId = demo.account(username);
        assertThat(accountService.get(staff, accountId).scope().name()).isEqualTo("Chi bộ Ấp 2");
    }
}
