package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;

class BranchWorkPolicyTests {

    /** The branch lookups need the database; the role rules do not. */
    private final BranchWorkPolicy policy = new BranchWorkPolicy(null, new OrganisationPolicy());

    @ParameterizedTest(
            name = "{0}: writes branch work {1}, keeps suggested duties {2}, assigns liaisons {3}, is a liaison {4}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true,  true,  false
            DISTRICT_LEADER,  false, false, false, true
            COMMUNE_OFFICIAL, true,  false, false, false
            BRANCH_SECRETARY, true,  false, false, false
            """)
    void shouldDecideByRole(Role role, boolean write, boolean templates, boolean assign, boolean liaison) {
        var actor = Actors.of(role);
        assertThat(policy.mayWrite(actor)).isEqualTo(write);
        assertThat(policy.may(actor, false)).isEqualTo(new BranchWorkPolicy.May(write, false));
        assertThat(policy.may(actor, true)).isEqualTo(new BranchWorkPolicy.May(write, true));
        assertThat(policy.mayOnTemplates(actor).edit()).isEqualTo(templates);
        assertThat(policy.mayAssignLiaisons(actor)).isEqualTo(assign);
        assertThat(policy.mayBeLiaison(actor)).isEqualTo(liaison);
    }
}
