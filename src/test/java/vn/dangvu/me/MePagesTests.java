package vn.dangvu.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.account.MemberAccountService;
import vn.dangvu.branchwork.DutyForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * A member's own pages (issue 21): what they read of themselves, their duty progress and correction
 * requests reaching their secretary, and nothing of anyone else's.
 */
@IntegrationTest
class MePagesTests extends DemoDistrictTest {

    @Autowired
    MemberAccountService memberAccounts;

    @Autowired
    DutyService duties;

    /** A hamlet with two members who have accounts (first, second: their usernames) and its secretary. */
    record Hamlet(
            Fixtures.Commune commune, long first, long second, String firstUser, String secondUser, String secretary) {}

    private Hamlet hamlet() {
        Fixtures.Commune commune = fixtures.commune(1);
        long first = fixtures.member("Trần Văn Nhất", commune.hamlet(0), commune.hamlet(0), null);
        long second = fixtures.member("Trần Văn Nhì", commune.hamlet(0), commune.hamlet(0), null);
        String secretary = fixtures.account(staff, Role.BRANCH_SECRETARY, commune.hamlet(0));
        memberAccounts.issueAll(users.actor(secretary));
        return new Hamlet(commune, first, second, "nhat." + first, "nhi." + second, secretary);
    }

    @Test
    void shouldShowTheDemoMemberTheirOwnHomeAndProfile() throws Exception {
        String home = pages.html("dangvien", "/me");
        assertThat(home).contains("Chi bộ Ấp Bình Thạnh").contains("href=\"/me/duties\"");
        assertThat(home).contains("href=\"/me/dues\"").contains("href=\"/me/profile\"");
        String profile = pages.html("dangvien", "/me/profile");
        assertThat(profile).contains("Đề nghị sửa thông tin").contains("Ngày vào Đảng");
    }

    @Test
    void shouldAnswer404ForAnotherMembersRecordAnd403ForEveryOtherPage() throws Exception {
        long another = demo.memberOf("TH-TB-A1");
        mvc.perform(get("/members/{id}", another).with(users.as("dangvien"))).andExpect(status().isNotFound());
        mvc.perform(get("/members/{id}/years/2024", another).with(users.as("dangvien")))
                .andExpect(status().isNotFound());
        for (String page : new String[] {"/members", "/transfers", "/reports/summary", "/branchwork", "/accounts"}) {
            mvc.perform(get(page).with(users.as("dangvien"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(users.as("dangvien"))).andExpect(redirectedUrl("/me"));
    }

    @Test
    void shouldRefuseTheOwnPagesToEveryOtherRole() throws Exception {
        mvc.perform(get("/me").with(users.as("bithu"))).andExpect(status().isForbidden());
        mvc.perform(get("/me/duties").with(users.as("tochuc"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldBringAMembersProgressToTheSecretarysDutyPage() throws Exception {
        Hamlet h = hamlet();
        int year = LocalDate.now().getYear();
        long branch = h.commune().hamlet(0).id();
        duties.assign(staff, branch, year, new DutyForm(h.first(), null, "Dân vận", "Vận động hộ nghèo tổ 2", null));
        duties.assign(staff, branch, year, new DutyForm(h.second(), null, "Dân vận", "Theo dõi tổ 3", null));
        long own = demo.count("select id from duty where member_id = ?", h.first());
        long others = demo.count("select id from duty where member_id = ?", h.second());
        assertThat(pages.html(h.firstUser(), "/me/duties"))
                .contains("Vận động hộ nghèo tổ 2")
                .doesNotContain("Theo dõi tổ 3");

        mvc.perform(post("/me/duties/{id}", own)
                        .param("status", "DONE")
                        .param("resultNote", "Đã vận động được 5 hộ")
                        .param("assessment", "tự khen")
                        .param("version", "0")
                        .with(users.as(h.firstUser()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/me/duties"));

        String secretaryPage = pages.html(h.secretary(), "/branches/{id}/duties", branch);
        assertThat(secretaryPage).contains("Đã vận động được 5 hộ").doesNotContain("tự khen");
        assertThat(demo.text("select status from duty where id = ?", own)).isEqualTo("DONE");
        mvc.perform(get("/me/duties/{id}", others).with(users.as(h.firstUser())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/duties/{id}", others)
                        .param("status", "DONE")
                        .param("version", "0")
                        .with(users.as(h.firstUser()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(demo.text("select status from duty where id = ?", others)).isEqualTo("ASSIGNED");
    }

    @Test
    void shouldBringACorrectionRequestToTheSecretaryAndTheAnswerBack() throws Exception {
        Hamlet h = hamlet();
        mvc.perform(post("/me/corrections")
                        .param("body", "Ngày vào Đảng sai: đúng là 03/02/1990")
                        .with(users.as(h.firstUser()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/me/profile"));
        assertThat(pages.html(h.firstUser(), "/me/profile")).contains("Chờ bí thư trả lời");
        assertThat(pages.html(h.secretary(), "/corrections"))
                .contains("Trần Văn Nhất")
                .contains("Ngày vào Đảng sai: đúng là 03/02/1990");
        assertThat(pages.html("bithu", "/corrections")).doesNotContain("Ngày vào Đảng sai: đúng là 03/02/1990");
        long request = demo.count("select id from correction_request where member_id = ?", h.first());

        mvc.perform(post("/corrections/{id}/answer", request)
                        .param("answer", "Đã sửa trong hồ sơ")
                        .param("version", "0")
                        .with(users.as("bithu"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/corrections/{id}/answer", request)
                        .param("answer", "Đã sửa trong hồ sơ")
                        .param("version", "0")
                        .with(users.as(h.secretary()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/corrections"));

        assertThat(pages.html(h.firstUser(), "/me/profile")).contains("Đã sửa trong hồ sơ");
        assertThat(pages.html(h.secretary(), "/corrections")).contains("Không có đề nghị nào đang chờ.");
        assertThat(demo.count(
                        "select count(*) from audit_event where action in ('CORRECTION_REQUESTED', 'CORRECTION_ANSWERED')"
                                + " and entity_id = ?",
                        h.first()))
                .isEqualTo(2);
    }

    /** After the first load (style sheets and script cached), each own page is under 50 KB on a slow phone. */
    @ParameterizedTest
    @ValueSource(strings = {"/me", "/me/profile", "/me/duties", "/me/dues"})
    void shouldKeepEachOwnPageUnder50Kilobytes(String path) throws Exception {
        byte[] page = mvc.perform(get(path).with(users.as("dangvien")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page.length).isLessThan(50 * 1024);
        assertThat(new String(page, StandardCharsets.UTF_8)).doesNotContain("<script src=\"http");
    }

    /** Every link on a member's own pages leads somewhere they may go: no 403, no 404. */
    @Test
    void shouldLeadTheMemberOnlyToPagesTheyMayOpen() throws Exception {
        java.util.Set<String> links = new java.util.TreeSet<>();
        java.util.regex.Pattern href = java.util.regex.Pattern.compile("href=\"(/[^\"]*)\"");
        for (String page : new String[] {"/me", "/me/profile", "/me/duties", "/me/dues"}) {
            var matcher = href.matcher(pages.html("dangvien", page).replace("&amp;", "&"));
            while (matcher.find()) {
                if (!matcher.group(1).startsWith("/assets/")) {
                    links.add(matcher.group(1));
                }
            }
        }
        assertThat(links).contains("/me", "/me/profile", "/me/duties", "/me/dues", "/account/password");
        for (String link : links) {
            int status = mvc.perform(get(link).with(users.as("dangvien")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(link).isNotIn(403, 404, 500);
        }
    }

    @Test
    void shouldShowLargerTextOnceChosen() throws Exception {
        Cookie chosen = mvc.perform(
                        post("/me/large-text").with(users.as("dangvien")).with(csrf()))
                .andExpect(redirectedUrl("/me"))
                .andReturn()
                .getResponse()
                .getCookie("large-text");
        assertThat(chosen.getValue()).isEqualTo("1");
        assertThat(mvc.perform(get("/me").cookie(chosen).with(users.as("dangvien")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("class=\"large-text\"");
        assertThat(pages.html("dangvien", "/me")).doesNotContain("class=\"large-text\"");
    }
}
