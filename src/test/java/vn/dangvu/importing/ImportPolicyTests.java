package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;

class ImportPolicyTests {

    private final ImportPolicy policy = new ImportPolicy(new MemberPolicy());

    @ParameterizedTest(name = "{0} imports: {1}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true
            DISTRICT_LEADER,  false
            COMMUNE_OFFICIAL, true
            BRANCH_SECRETARY, false
            """)
    void shouldLetWhoeverWritesMembersImport(Role role, boolean allowed) {
        assertThat(policy.mayImport(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.menuItems(Actors.of(role))).hasSize(allowed ? 1 : 0);
    }
}
