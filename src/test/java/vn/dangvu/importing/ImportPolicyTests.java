package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;

class ImportPolicyTests {

    private final ImportPolicy policy = new ImportPolicy(new MemberPolicy());

    @ParameterizedTest(name = "{0} imports: {1}")
    @EveryRole(allowed = {Role.DISTRICT_STAFF, Role.COMMUNE_OFFICIAL})
    void shouldLetWhoeverWritesMembersImport(Role role, boolean allowed) {
        assertThat(policy.mayImport(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.menuItems(Actors.of(role))).hasSize(allowed ? 1 : 0);
    }
}
