package vn.dangvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class EvaluationServiceTests extends DemoDistrictTest {

    @Autowired
    EvaluationService evaluations;

    @Autowired
    EvaluationLoader loader;

    @Autowired
    OrganisationService organisation;

    Fixtures.Commune commune;
    List<Long> people = new ArrayList<>();

    /** A commune of six members: five rated good or better make 20% allow one EXCELLENT rating (2024). */
    @BeforeEach
    void setUp() {
        commune = fixtures.commune(1);
        people.clear();
        for (int i = 0; i < 6; i++) {
            people.add(fixtures.member("Thành Viên " + i, commune.hamlet(0), commune.hamlet(0), null));
        }
    }

    @Test
    void shouldKeepTheCommuneWithinItsShareOfExcellentRatings() {
        for (int i = 2; i < 5; i++) {
            loader.recordRating(people.get(i), 2024, Rating.GOOD);
        }
        evaluations.save(staff, commune.hamlet(0).id(), 2024, form(Rating.EXCELLENT, Rating.GOOD, null));
        assertThat(evaluations.of(people.get(0), 2024).commune()).isEqualTo(Rating.EXCELLENT);

        assertThatThrownBy(() -> evaluations.save(
                        staff, commune.hamlet(0).id(), 2024, form(Rating.EXCELLENT, Rating.EXCELLENT, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evaluation.excellentQuota");
                    assertThat(e.arguments())
                            .as("the grassroots organisation whose quota it is, by name")
                            .containsExactly(1L, 5L, 20L, commune.commune().name());
                });
        assertThat(evaluations.of(people.get(1), 2024).commune()).isEqualTo(Rating.GOOD);
        var page = evaluations.page(staff, commune.hamlet(0).id(), 2024);
        assertThat(page.excellentUsed()).isEqualTo(1);
        assertThat(page.excellentLimit()).isEqualTo(1);
    }

    @Test
    void shouldNeedAReasonToRateAMemberAsFailing() {
        assertThatThrownBy(() ->
                        evaluations.save(staff, commune.hamlet(0).id(), 2024, form(Rating.GOOD, Rating.FAIL, null)))
                .hasMessage("evaluation.rowFailed");
        assertThat(evaluations.of(people.get(0), 2024)).isEqualTo(EvaluationView.NONE);

        evaluations.save(
                staff,
                commune.hamlet(0).id(),
                2024,
                form(Rating.GOOD, Rating.FAIL, "Không hoàn thành nhiệm vụ được giao"));
        assertThat(evaluations.of(people.get(1), 2024).commune()).isEqualTo(Rating.FAIL);
        assertThat(evaluations.isRated(people.get(1), 2024)).isTrue();
    }

    /** The secretary's branch gets a member whom the commune rated GOOD for 2023; the secretary sends EXCELLENT. */
    @Test
    void shouldLetTheBranchRateButOnlyTheCommuneDecide() {
        Actor secretary = users.actor("bithu");
        long branch = demo.unit("TH-TB-A1");
        long member =
                fixtures.member("Thành Viên Chi Bộ", organisation.find(branch).orElseThrow(), null, null);
        int year = 2023;
        loader.recordRating(member, year, Rating.GOOD);
        assertThat(evaluations.page(secretary, branch, year).may().rateCommune())
                .isFalse();

        evaluations.save(
                secretary,
                branch,
                year,
                new EvaluationForm(
                        List.of(new EvaluationForm.Row(
                                member, Rating.GOOD, Rating.GOOD, Rating.EXCELLENT, Rating.EXCELLENT, null)),
                        null,
                        null));

        EvaluationView after = evaluations.of(member, year);
        assertThat(after.branch()).isEqualTo(Rating.EXCELLENT);
        assertThat(after.commune())
                .as("the commune's rating, which the secretary may not change")
                .isEqualTo(Rating.GOOD);
    }

    private EvaluationForm form(Rating first, Rating second, String reason) {
        List<EvaluationForm.Row> rows = new ArrayList<>();
        rows.add(new EvaluationForm.Row(people.get(0), first, first, first, first, null));
        rows.add(new EvaluationForm.Row(people.get(1), second, second, second, second, reason));
        return new EvaluationForm(rows, Rating.GOOD, null);
    }
}
