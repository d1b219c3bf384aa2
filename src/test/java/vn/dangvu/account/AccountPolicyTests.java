package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;

class AccountPolicyTests {

    private final AccountPolicy policy = new AccountPolicy();

    @ParameterizedTest(name = "{0} manages accounts: {1}")
    @EveryRole(allowed = Role.DISTRICT_STAFF)
    void shouldLetOnlyDistrictStaffManageAccounts(Role role, boolean allowed) {
        assertThat(policy.mayManageAccounts(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.menuItems(Actors.of(role)).stream()
                        .filter(i -> i.path().equals("/accounts")))
                .hasSize(allowed ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} issues members' activation codes: {1}")
    @EveryRole(allowed = Role.BRANCH_SECRETARY)
    void shouldLetOnlyBranchSecretariesIssueMembersCodes(Role role, boolean allowed) {
        assertThat(policy.mayIssueMemberAccounts(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.menuItems(Actors.of(role)).stream()
                        .filter(i -> i.path().equals("/member-accounts")))
                .hasSize(allowed ? 1 : 0);
    }

    @ParameterizedTest(name = "a {1} fits a {0} account: {2}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   PROVINCE, true
            DISTRICT_STAFF,   DISTRICT, true
            DISTRICT_STAFF,   COMMUNE,  false
            DISTRICT_LEADER,  DISTRICT, true
            DISTRICT_LEADER,  HAMLET,   false
            COMMUNE_OFFICIAL, COMMUNE,  true
            COMMUNE_OFFICIAL, TOWN,     true
            COMMUNE_OFFICIAL, WARD,     true
            COMMUNE_OFFICIAL, DISTRICT, false
            COMMUNE_OFFICIAL, HAMLET,   false
            BRANCH_SECRETARY, HAMLET,   true
            BRANCH_SECRETARY, QUARTER,  true
            BRANCH_SECRETARY, AGENCY,   true
            BRANCH_SECRETARY, OTHER,    true
            BRANCH_SECRETARY, COMMUNE,  false
            """)
    void shouldFitEachRoleToItsLevelOfScope(Role role, UnitKind kind, boolean fits) {
        assertThat(policy.scopeFits(role, kind, vn.dangvu.organisation.LevelRole.usualFor(kind)))
                .isEqualTo(fits);
    }

    @org.junit.jupiter.api.Test
    void shouldFitStaffToACommuneAboveItsGrassrootsBranches() {
        var above = vn.dangvu.organisation.LevelRole.ABOVE_GRASSROOTS;
        assertThat(policy.scopeFits(Role.DISTRICT_STAFF, UnitKind.COMMUNE, above))
                .isTrue();
        assertThat(policy.scopeFits(Role.COMMUNE_OFFICIAL, UnitKind.COMMUNE, above))
                .isTrue();
        assertThat(policy.scopeFits(
                        Role.DISTRICT_STAFF, UnitKind.DISTRICT, vn.dangvu.organisation.LevelRole.GRASSROOTS))
                .isFalse();
    }
}
