package vn.dangvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.evaluation.domain.RatingOverride;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * Ratings by the rule of their year: 2025 scores and their grades, the excellent quota over the members rated
 * good on the rating date, its recorded exception, and the branch rating a dissolution asks for.
 */
@IntegrationTest
class ScoredRatingTests extends DemoDistrictTest {

    @Autowired
    EvaluationService evaluations;

    @Autowired
    EvaluationLoader loader;

    @Autowired
    OrganisationService organisation;

    Fixtures.Commune commune;
    long branch;

    @BeforeEach
    void setUp() {
        commune = fixtures.commune(1);
        branch = commune.hamlet(0).id();
    }

    @Test
    void shouldGradeA2025RatingFromItsScoreUnder366() {
        long a = member("Lâm Văn Chín Mươi");
        long b = member("Lâm Văn Tám Chín");
        long c = member("Lâm Thị Bốn Chín");

        save2025(
                scored(a, "90", false, null),
                scored(b, "89.9", true, null),
                scored(c, "49", false, "Không hoàn thành nhiệm vụ được giao"));

        EvaluationView first = evaluations.of(a, 2025);
        assertThat(first.commune()).as("90 without the extra conditions").isEqualTo(Rating.GOOD);
        assertThat(first.score()).isEqualByComparingTo("90");
        assertThat(first.ruleBasis()).isEqualTo("366-QĐ/TW");
        assertThat(evaluations.of(b, 2025).commune()).isEqualTo(Rating.GOOD);
        assertThat(evaluations.of(c, 2025).commune()).isEqualTo(Rating.FAIL);
        assertThat(evaluations.page(staff, branch, 2025).rule().scored()).isTrue();
    }

    @Test
    void shouldKeepEarlierYearsGradedUnderTheirOwnRule() {
        long a = member("Lý Văn Cũ");
        long b = member("Lý Văn Xưa");
        loader.recordRating(a, 2023, Rating.EXCELLENT);
        loader.recordRating(b, 2020, Rating.PASS);

        assertThat(evaluations.of(a, 2023).commune()).isEqualTo(Rating.EXCELLENT);
        assertThat(evaluations.of(a, 2023).score()).isNull();
        assertThat(evaluations.of(a, 2023).ruleBasis()).isEqualTo("124-QĐ/TW");
        assertThat(evaluations.of(b, 2020).commune()).isEqualTo(Rating.PASS);
        assertThat(evaluations.of(b, 2020).ruleBasis()).isEqualTo("132-QĐ/TW");

        EvaluationPage page2024 = evaluations.page(staff, branch, 2024);
        assertThat(page2024.rule().scored()).isFalse();
        assertThat(page2024.rule().basis()).isEqualTo("124-QĐ/TW");
        // a graded year's screen still takes the commune's grade as chosen, with no score
        evaluations.save(
                staff,
                branch,
                2024,
                new EvaluationForm(
                        List.of(new EvaluationForm.Row(b, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.PASS, null)),
                        null,
                        null));
        assertThat(evaluations.of(b, 2024).commune()).isEqualTo(Rating.PASS);
        assertThat(evaluations.of(b, 2024).score()).isNull();
    }

    /**
     * Five members rated good or better on 31/12/2025 (one of them excellent) make the base: 20% of 5 is 1.
     * Not counted: a member rated PASS, one not rated, one exempt, one admitted on 01/09/2025 and one who left
     * on 30/06/2025, although the last three carry a rating.
     */
    @Test
    void shouldTakeTheQuotaOverTheMembersRatedGoodOnTheRatingDate() {
        long excellent = member("Mai Văn Xuất Sắc");
        long good1 = member("Mai Văn Tốt Một");
        long good2 = member("Mai Văn Tốt Hai");
        long good3 = member("Mai Văn Tốt Ba");
        long good4 = member("Mai Văn Tốt Bốn");
        long pass = member("Mai Văn Đạt");
        member("Mai Văn Chưa Xếp");
        long exempt = member("Mai Văn Được Miễn");
        long recent = member("Mai Thị Mới Vào");
        long departed = member("Mai Văn Đã Đi");
        loader.recordScore(exempt, 2025, new BigDecimal("80"), false);
        loader.recordScore(recent, 2025, new BigDecimal("80"), false);
        loader.recordScore(departed, 2025, new BigDecimal("85"), false);
        jdbc.sql(
                        "insert into member_exemption (id, member_id, reason, starts_on, created_by)"
                                + " values (nextval('member_exemption_seq'), ?, 'Tuổi cao, sức yếu', date '2025-03-01', 'test')")
                .param(exempt)
                .update();
        jdbc.sql("update member set admitted_on = date '2025-09-01', full_member_on = null where id = ?")
                .param(recent)
                .update();
        fixtures.leave(departed, "TRANSFERRED_OUT", LocalDate.of(2025, 6, 30));

        save2025(
                scored(excellent, "95", true, null),
                scored(good1, "80", false, null),
                scored(good2, "75", false, null),
                scored(good3, "92", false, null),
                scored(good4, "70", false, null),
                scored(pass, "60", false, null));

        EvaluationPage page = evaluations.page(staff, branch, 2025);
        assertThat(page.quotaBase()).isEqualTo(5);
        assertThat(page.excellentLimit()).isEqualTo(1);
        assertThat(page.excellentUsed()).isEqualTo(1);
        assertThat(page.exempt()).extracting(m -> m.id()).containsExactly(exempt);
        assertThat(page.tooNew()).extracting(m -> m.id()).containsExactly(recent);

        assertThatThrownBy(() -> save2025(scored(good3, "92", true, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evaluation.excellentQuota");
                    assertThat(e.arguments())
                            .containsExactly(1L, 5L, 20L, commune.commune().name());
                });
        assertThat(evaluations.of(good3, 2025).commune())
                .as("the refused save wrote nothing")
                .isEqualTo(Rating.GOOD);
        assertThatThrownBy(() -> save2025(scored(recent, "80", false, null))).hasMessage("evaluation.tooNewNotRated");
    }

    @Test
    void shouldLetARecordedExceptionRaiseTheQuota() {
        long a = member("Trịnh Văn Một");
        long b = member("Trịnh Văn Hai");
        OverrideForm noBody = new OverrideForm(1, "Thành tích đột xuất trong phòng chống thiên tai", " ");
        assertThatThrownBy(() -> evaluations.recordOverride(staff, branch, 2025, RatingOverride.Kind.QUOTA, noBody))
                .hasMessage("evaluation.override.bodyRequired");
        assertThatThrownBy(() -> save2025(scored(a, "95", true, null), scored(b, "80", false, null)))
                .hasMessage("evaluation.excellentQuota");

        evaluations.recordOverride(
                staff,
                branch,
                2025,
                RatingOverride.Kind.QUOTA,
                new OverrideForm(1, "Thành tích đột xuất trong phòng chống thiên tai", "Ban Thường vụ Tỉnh ủy"));
        save2025(scored(a, "95", true, null), scored(b, "80", false, null));

        EvaluationPage page = evaluations.page(staff, branch, 2025);
        assertThat(page.quotaBase()).isEqualTo(2);
        assertThat(page.excellentLimit())
                .as("0 by the share, 1 by the exception")
                .isEqualTo(1);
        assertThat(page.quotaOverride().decidingBody()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        assertThat(evaluations.of(a, 2025).commune()).isEqualTo(Rating.EXCELLENT);
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_id = ? and action = 'RATING_OVERRIDE'",
                        commune.commune().id()))
                .isEqualTo(1);
    }

    @Test
    void shouldKeepQuarterlyReviewsBesideTheYearlyOne() {
        long a = member("Đoàn Văn Quý");
        evaluations.save(
                staff,
                branch,
                2025,
                RatingPeriod.Q1,
                new EvaluationForm(List.of(scored(a, "65", false, null)), null, false, null));
        assertThat(evaluations.isRated(a, 2025))
                .as("a quarter is not the year's rating")
                .isFalse();
        save2025(scored(a, "91", false, null));

        EvaluationView quarter = evaluations
                .page(staff, branch, 2025, RatingPeriod.Q1)
                .rows()
                .get(0)
                .evaluation();
        assertThat(quarter.commune()).isEqualTo(Rating.PASS);
        assertThat(evaluations.of(a, 2025).commune()).isEqualTo(Rating.GOOD);
        assertThat(evaluations.isRated(a, 2025)).isTrue();
    }

    @Test
    void shouldDissolveABranchOnlyWithLastYearsRatingOrARecordedException() {
        LocalDate on = LocalDate.of(2026, 1, 15);
        assertThatThrownBy(() -> organisation.dissolve(staff, branch, new DissolveForm("3-QĐ/ĐU", on)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evaluation.dissolveNeedsRating");
                    assertThat(e.arguments()).containsExactly(2025);
                });
        assertThat(organisation.get(staff, branch).status()).isEqualTo(UnitStatus.ACTIVE);

        evaluations.recordOverride(
                staff,
                branch,
                2025,
                RatingOverride.Kind.DISSOLUTION,
                new OverrideForm(null, "Chi bộ sáp nhập trước kỳ đánh giá", "Đảng ủy xã"));
        organisation.dissolve(staff, branch, new DissolveForm("3-QĐ/ĐU", on));
        assertThat(organisation.get(staff, branch).status()).isEqualTo(UnitStatus.DISSOLVED);

        long other = commune.agency().id();
        evaluations.save(
                staff, other, 2025, new EvaluationForm(List.of(), new BigDecimal("86"), false, "Đạt kế hoạch"));
        EvaluationPage agency = evaluations.page(staff, other, 2025);
        assertThat(agency.branchRating()).isEqualTo(Rating.GOOD);
        assertThat(agency.branchRuleBasis()).isEqualTo("366-QĐ/TW");
        organisation.dissolve(staff, other, new DissolveForm("4-QĐ/ĐU", on));
        assertThat(organisation.get(staff, other).status()).isEqualTo(UnitStatus.DISSOLVED);
    }

    @Test
    void shouldShowTheRuleAndSheetAndKeepATypedScoreOnARefusedSave() throws Exception {
        long a = member("Hà Văn Gõ Điểm");
        String html = page("tochuc", "/branches/{id}/evaluations?year=2025", branch);
        assertThat(html).contains("366-QĐ/TW").contains("Hướng dẫn 43-HD/BTCTW").contains("(chưa xác nhận)");
        assertThat(page("tochuc", "/branches/{id}/evaluations?year=2024", branch))
                .contains("124-QĐ/TW")
                .doesNotContain("rows[0].score");

        // alone and excellent: 20% of one member rated good or better allows none; 30 + 65.5 = 95.5
        String refused = mvc.perform(postAs("tochuc", "/branches/{id}/evaluations", branch)
                        .param("year", "2025")
                        .param("rows[0].memberId", String.valueOf(a))
                        .param("rows[0].points[0]", "30")
                        .param("rows[0].points[1]", "65.5")
                        .param("rows[0].aboveRequirement", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("value=\"30\"").contains("value=\"65.5\"").contains("alert-danger");
        assertThat(evaluations.of(a, 2025)).isEqualTo(EvaluationView.NONE);
    }

    /**
     * Under the 2025 rule each step that scores gives the points of every criteria group of the member's sheet
     * (seeded 30 + 70 for form 2C, unconfirmed): the total is their sum and the grade follows it.
     */
    @Test
    void shouldSumTheGroupPointsIntoTheScoreAndItsGrade() {
        long a = member("Phan Văn Chín Mươi");
        long b = member("Phan Thị Bảy Mươi");
        save2025(
                EvaluationForm.Row.byGroup(
                        a, points("20", "49.5"), false, Rating.GOOD, Rating.GOOD, points("27", "63"), false, null),
                EvaluationForm.Row.byGroup(
                        b, points("10", "60"), false, null, null, points("10", "59.5"), false, null));

        EvaluationView first = evaluations.of(a, 2025);
        assertThat(first.score()).as("27 + 63").isEqualByComparingTo("90");
        assertThat(first.commune()).as("90 without the extra conditions").isEqualTo(Rating.GOOD);
        assertThat(first.selfScore()).as("20 + 49.5").isEqualByComparingTo("69.5");
        assertThat(first.self()).isEqualTo(Rating.PASS);
        EvaluationView second = evaluations.of(b, 2025);
        assertThat(second.score()).as("10 + 59.5").isEqualByComparingTo("69.5");
        assertThat(second.commune()).isEqualTo(Rating.PASS);
        assertThat(second.selfScore()).as("10 + 60").isEqualByComparingTo("70");
        assertThat(second.self()).isEqualTo(Rating.GOOD);

        EvaluationPage.Row row = evaluations.page(staff, branch, 2025).rows().stream()
                .filter(r -> r.member().id() == a)
                .findFirst()
                .orElseThrow();
        assertThat(row.sheet())
                .extracting(SheetGroup::maxPoints)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30"), new BigDecimal("70"));
        assertThat(row.points())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("27"), new BigDecimal("63"));
        assertThat(row.selfPoints())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20"), new BigDecimal("49.5"));
        assertThat(demo.count(
                        "select count(*) from rating_group_points g join member_rating r on r.id = g.rating_id"
                                + " where r.member_id in (?, ?)",
                        a,
                        b))
                .as("two groups, two steps, two members")
                .isEqualTo(8);
    }

    @Test
    void shouldRefuseAGroupOverItsMaximumAndSaveNothing() throws Exception {
        long a = member("Võ Văn Quá Điểm");
        save2025(EvaluationForm.Row.byGroup(a, List.of(), false, null, null, points("25", "60"), false, null));

        assertThatThrownBy(() -> save2025(
                        EvaluationForm.Row.byGroup(a, List.of(), false, null, null, points("31", "60"), false, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evaluation.groupPoints.outOfRange.row");
                    assertThat(e.field()).isEqualTo("rows[0].points[0]");
                    assertThat(e.arguments())
                            .containsExactly(
                                    "Chính trị tư tưởng; đạo đức, lối sống; ý thức tổ chức kỷ luật",
                                    "30",
                                    "Võ Văn Quá Điểm");
                });
        assertThatThrownBy(() -> save2025(EvaluationForm.Row.byGroup(
                        a, points("-1", "40"), false, null, null, points("25", "60"), false, null)))
                .hasMessage("evaluation.groupPoints.outOfRange.row");

        String html = mvc.perform(postAs("tochuc", "/branches/{id}/evaluations", branch)
                        .param("year", "2025")
                        .param("rows[0].memberId", String.valueOf(a))
                        .param("rows[0].selfPoints[0]", "28")
                        .param("rows[0].selfPoints[1]", "71")
                        .param("rows[0].points[0]", "26")
                        .param("rows[0].points[1]", "64"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Đảng viên Võ Văn Quá Điểm: điểm nhóm “Kết quả thực hiện chức trách, nhiệm vụ được giao” phải từ 0 đến 70.")
                .contains("value=\"71\"")
                .contains("value=\"26\"")
                .contains("is-invalid");
        EvaluationView kept = evaluations.of(a, 2025);
        assertThat(kept.score()).as("25 + 60, as saved before").isEqualByComparingTo("85");
        assertThat(kept.selfScore()).isNull();
        String own = " from rating_group_points g join member_rating r on r.id = g.rating_id where r.member_id = ?";
        assertThat(demo.count("select count(*)" + own + " and g.stage = 'SELF'", a))
                .isZero();
        assertThat(demo.count("select sum(g.points)::bigint" + own + " and g.stage = 'COMMUNE'", a))
                .isEqualTo(85);
    }

    /** A 2025 rating entered as a total before the sheet by group keeps its total when the screen is saved again. */
    @Test
    void shouldKeepATotalRecordedWithoutGroupPoints() throws Exception {
        long a = member("Cao Văn Tổng Cũ");
        loader.recordScore(a, 2025, new BigDecimal("85"), false);
        String html = page("tochuc", "/branches/{id}/evaluations?year=2025", branch);
        assertThat(html).contains("name=\"rows[0].score\" value=\"85.0\"");
        mvc.perform(postAs("tochuc", "/branches/{id}/evaluations", branch)
                        .param("year", "2025")
                        .param("rows[0].memberId", String.valueOf(a))
                        .param("rows[0].score", "85.0"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        assertThat(evaluations.of(a, 2025).score()).isEqualByComparingTo("85");
        assertThat(evaluations.of(a, 2025).commune()).isEqualTo(Rating.GOOD);
    }

    @Test
    void shouldLeaveAGradedYearWithoutGroupPoints() throws Exception {
        long a = member("Đinh Văn Năm Cũ");
        String html = page("tochuc", "/branches/{id}/evaluations?year=2024", branch);
        assertThat(html)
                .contains("rows[0].self")
                .doesNotContain("selfPoints[0]")
                .doesNotContain("rows[0].points[0]");
        evaluations.save(
                staff,
                branch,
                2024,
                new EvaluationForm(
                        List.of(EvaluationForm.Row.byGroup(
                                a,
                                points("30", "70"),
                                false,
                                Rating.GOOD,
                                Rating.GOOD,
                                points("30", "70"),
                                false,
                                null)),
                        null,
                        null));
        EvaluationView old = evaluations.of(a, 2024);
        assertThat(old.score()).as("a graded year has no score").isNull();
        assertThat(old.selfScore()).isNull();
        assertThat(old.branch()).isEqualTo(Rating.GOOD);
        assertThat(demo.count(
                        "select count(*) from rating_group_points g join member_rating r on r.id = g.rating_id"
                                + " where r.member_id = ?",
                        a))
                .isZero();
    }

    private static List<BigDecimal> points(String... each) {
        return java.util.Arrays.stream(each).map(BigDecimal::new).toList();
    }

    private void save2025(EvaluationForm.Row... rows) {
        evaluations.save(staff, branch, 2025, new EvaluationForm(List.of(rows), null, false, null));
    }

    private long member(String name) {
        return fixtures.member(name, commune.hamlet(0), commune.hamlet(0), null);
    }

    private static EvaluationForm.Row scored(long member, String score, boolean above, String reason) {
        return new EvaluationForm.Row(member, null, null, null, new BigDecimal(score), above, reason);
    }
}
