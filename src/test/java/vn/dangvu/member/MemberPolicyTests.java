package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;

class MemberPolicyTests {

    private final MemberPolicy policy = new MemberPolicy();

    @ParameterizedTest(name = "{0} writes members: {1}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true
            DISTRICT_LEADER,  false
            COMMUNE_OFFICIAL, true
            BRANCH_SECRETARY, false
            """)
    void shouldLetOnlyStaffAndCommuneOfficialsWriteMembers(Role role, boolean allowed) {
        assertThat(policy.mayWrite(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.mayOnList(Actors.of(role)).create()).isEqualTo(allowed);
        if (allowed) {
            policy.requireWrite(Actors.of(role));
        } else {
            assertThatThrownBy(() -> policy.requireWrite(Actors.of(role))).isInstanceOf(ForbiddenException.class);
        }
    }
}
