package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import vn.dangvu.dues.DuesPolicy;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;

class ImportPolicyTests {

    private final ImportPolicy policy =
            new ImportPolicy(new MemberPolicy(), new DuesPolicy(null, new OrganisationPolicy(), null));

    @ParameterizedTest(name = "{0} imports registers: {1}")
    @EveryRole(allowed = {Role.DISTRICT_STAFF, Role.COMMUNE_OFFICIAL})
    void shouldLetWhoeverWritesMembersImportRegisters(Role role, boolean allowed) {
        assertThat(policy.mayImport(Actors.of(role), ImportKind.MEMBERS)).isEqualTo(allowed);
        assertThat(policy.mayImport(Actors.of(role), ImportKind.BRANCHES)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} imports dues sheets: {1}")
    @EveryRole(allowed = {Role.DISTRICT_STAFF, Role.COMMUNE_OFFICIAL, Role.BRANCH_SECRETARY})
    void shouldLetWhoeverKeepsTheLedgersImportDuesSheets(Role role, boolean allowed) {
        assertThat(policy.mayImport(Actors.of(role), ImportKind.DUES)).isEqualTo(allowed);
        assertThat(policy.menuItems(Actors.of(role))).hasSize(allowed ? 1 : 0);
    }
}
