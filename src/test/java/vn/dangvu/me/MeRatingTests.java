package vn.dangvu.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.account.MemberAccountService;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.evaluation.EvaluationView;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The member's own rating sheet (issue 21): the self-assessment they fill on their phone reaches the branch's
 * evaluation screen through the same step, is refused beside its field when a group is over its maximum, and
 * becomes read-only once the branch has recorded its own step; past years' grades are shown.
 */
@IntegrationTest
class MeRatingTests extends DemoDistrictTest {

    @Autowired
    MemberAccountService memberAccounts;

    @Autowired
    EvaluationService evaluations;

    /** The year whose review is under way on the day the test runs: a year's review opens on 1 December. */
    private static int yearUnderReview() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
    }

    @Test
    void shouldBringTheSelfAssessmentToTheSecretarysEvaluationScreen() throws Exception {
        Fixtures.Commune commune = fixtures.commune(1);
        long branch = commune.hamlet(0).id();
        long member = fixtures.member("Trần Văn Tự", commune.hamlet(0), commune.hamlet(0), 2023);
        String secretary = fixtures.account(staff, Role.BRANCH_SECRETARY, commune.hamlet(0));
        String official = fixtures.account(staff, Role.COMMUNE_OFFICIAL, commune.commune());
        memberAccounts.issueAll(users.actor(secretary));
        String user = "tu." + member;
        int year = yearUnderReview();

        assertThat(pages.html(user, "/me")).contains("href=\"/me/rating\"");
        String sheet = pages.html(user, "/me/rating");
        assertThat(sheet)
                .contains("name=\"points[0]\"")
                .contains("name=\"points[1]\"")
                .contains("Kết quả thực hiện chức trách, nhiệm vụ được giao (tối đa 70 điểm)")
                .contains("(chưa xác nhận)");
        assertThat(sheet)
                .as("the past year's grade, read only")
                .contains("2023")
                .contains("Hoàn thành tốt nhiệm vụ");

        String refused = mvc.perform(assess(year)
                        .param("points[0]", "31")
                        .param("points[1]", "60")
                        .with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("Điểm nhóm “Chính trị tư tưởng; đạo đức, lối sống; ý thức tổ chức kỷ luật” phải từ 0 đến 30.")
                .contains("value=\"31\"")
                .contains("value=\"60\"");
        assertThat(evaluations.of(member, year)).as("nothing saved").isEqualTo(EvaluationView.NONE);

        mvc.perform(assess(year)
                        .param("points[0]", "27")
                        .param("points[1]", "63")
                        .param("aboveRequirement", "true")
                        .with(users.as(user)))
                .andExpect(redirectedUrl("/me/rating"));
        EvaluationView own = evaluations.of(member, year);
        assertThat(own.selfScore()).as("27 + 63").isEqualByComparingTo("90");
        assertThat(own.self()).isEqualTo(Rating.EXCELLENT);
        assertThat(own.committee()).isNull();
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_id = ? and action = 'SELF_ASSESSED'", member))
                .isEqualTo(1);
        assertThat(pages.html(user, "/me/rating")).contains("value=\"27.0\"").contains("value=\"63.0\"");

        for (String reader : new String[] {secretary, official}) {
            assertThat(pages.html(reader, "/branches/{id}/evaluations?year=" + year, branch))
                    .contains("Trần Văn Tự")
                    .contains("value=\"27.0\"")
                    .contains("value=\"63.0\"")
                    .contains("90 điểm — Hoàn thành xuất sắc nhiệm vụ");
        }

        // the branch committee records its step: the member's self-assessment is theirs no more
        mvc.perform(postAs(secretary, "/branches/{id}/evaluations", branch)
                        .param("year", String.valueOf(year))
                        .param("period", "Y")
                        .param("rows[0].memberId", String.valueOf(member))
                        .param("rows[0].selfPoints[0]", "27")
                        .param("rows[0].selfPoints[1]", "63")
                        .param("rows[0].selfAboveRequirement", "true")
                        .param("rows[0].committee", "GOOD"))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.html(user, "/me/rating")).contains("data-self-closed").doesNotContain("name=\"points[0]\"");
        String closed = mvc.perform(assess(year)
                        .param("points[0]", "30")
                        .param("points[1]", "70")
                        .with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(closed).contains("Chi bộ đã đánh giá kỳ này; phần tự đánh giá không sửa được nữa.");
        assertThat(evaluations.of(member, year).selfScore()).isEqualByComparingTo("90");
        assertThat(evaluations.of(member, year).committee()).isEqualTo(Rating.GOOD);
    }

    @Test
    void shouldRefuseAPeriodNotUnderReviewAndEveryOtherAccount() throws Exception {
        Fixtures.Commune commune = fixtures.commune(1);
        long member = fixtures.member("Lê Văn Cũ", commune.hamlet(0), commune.hamlet(0), null);
        String secretary = fixtures.account(staff, Role.BRANCH_SECRETARY, commune.hamlet(0));
        memberAccounts.issueAll(users.actor(secretary));
        mvc.perform(assess(2024).param("self", "GOOD").with(users.as("cu." + member)))
                .andExpect(status().isNotFound());
        assertThat(evaluations.of(member, 2024)).isEqualTo(EvaluationView.NONE);
        mvc.perform(assess(yearUnderReview()).param("self", "GOOD").with(users.as(secretary)))
                .andExpect(status().isForbidden());
    }

    /** The demo member's sheet: light on a slow phone after the first load, with nothing but the app's own files. */
    @Test
    void shouldKeepTheDemoMembersSheetUnder50Kilobytes() throws Exception {
        byte[] page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/me/rating")
                        .with(users.as("dangvien")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page.length).isLessThan(50 * 1024);
        assertThat(new String(page, StandardCharsets.UTF_8))
                .contains("Phiếu đánh giá của tôi")
                .contains("Xếp loại các năm")
                .doesNotContain("<script src=\"http");
    }

    private static MockHttpServletRequestBuilder assess(int year) {
        return post("/me/rating")
                .param("year", String.valueOf(year))
                .param("period", "Y")
                .with(csrf());
    }
}
