package vn.dangvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;

class EvaluationPolicyTests {

    private final EvaluationPolicy policy = new EvaluationPolicy(null, new OrganisationPolicy());

    @ParameterizedTest(name = "{0}: records the branch''s stages {1}, the commune''s {2}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true
            DISTRICT_LEADER,  false, false
            COMMUNE_OFFICIAL, true,  true
            BRANCH_SECRETARY, true,  false
            """)
    void shouldDecideByRole(Role role, boolean write, boolean rateCommune) {
        assertThat(policy.may(Actors.of(role))).isEqualTo(new EvaluationPage.May(write, rateCommune));
        assertThat(policy.mayRateInCommune(Actors.of(role))).isEqualTo(rateCommune);
    }
}
