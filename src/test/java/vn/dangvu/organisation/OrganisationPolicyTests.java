package vn.dangvu.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;

class OrganisationPolicyTests {

    private final OrganisationPolicy policy = new OrganisationPolicy();

    @ParameterizedTest(name = "{0}: manages units {1}, keeps a branch''s records {2}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true
            DISTRICT_LEADER,  false, false
            COMMUNE_OFFICIAL, false, true
            BRANCH_SECRETARY, false, true
            """)
    void shouldDecideByRole(Role role, boolean manageUnits, boolean keepBranchRecords) {
        assertThat(policy.mayManageUnits(Actors.of(role))).isEqualTo(manageUnits);
        assertThat(policy.mayKeepBranchRecords(Actors.of(role))).isEqualTo(keepBranchRecords);
    }

    @ParameterizedTest(name = "{0} on an {2} {1}: open its parent {3}, rename {4}, add a branch {5}, dissolve {6}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   COMMUNE, ACTIVE,    true,  true,  true,  false
            DISTRICT_STAFF,   HAMLET,  ACTIVE,    true,  true,  false, true
            DISTRICT_STAFF,   HAMLET,  DISSOLVED, true,  false, false, false
            DISTRICT_LEADER,  COMMUNE, ACTIVE,    true,  false, false, false
            COMMUNE_OFFICIAL, HAMLET,  ACTIVE,    true,  false, false, false
            BRANCH_SECRETARY, HAMLET,  ACTIVE,    false, false, false, false
            """)
    void shouldOfferTheUnitPageActions(
            Role role,
            UnitKind kind,
            UnitStatus status,
            boolean parent,
            boolean rename,
            boolean addBranch,
            boolean dissolve) {
        UnitView unit = new UnitView(
                3,
                "X",
                "X",
                kind,
                status,
                2L,
                "/1/2/3/",
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.usualFor(kind));
        UnitView commune = new UnitView(
                2,
                "C",
                "Xã C",
                UnitKind.COMMUNE,
                UnitStatus.ACTIVE,
                1L,
                "/1/2/",
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.GRASSROOTS);
        assertThat(policy.may(Actors.of(role), unit, commune, List.of()))
                .isEqualTo(new UnitPage.May(parent, rename, addBranch, dissolve, List.of()));
        assertThat(policy.may(Actors.of(role), unit, null, List.of()).parent())
                .as("a root unit has no parent to open")
                .isFalse();
    }
}
