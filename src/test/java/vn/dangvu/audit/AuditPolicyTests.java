package vn.dangvu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;

class AuditPolicyTests {

    private final AuditPolicy policy = new AuditPolicy();

    @ParameterizedTest(name = "{0} reads audit trails: {1}")
    @EveryRole(allowed = Role.DISTRICT_STAFF)
    void shouldLetOnlyDistrictStaffReadTrails(Role role, boolean allowed) {
        assertThat(policy.mayReadTrails(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.linksOn(Actors.of(role), "MEMBER", 5))
                .isEqualTo(allowed ? List.of(new RecordLink("common.audit", "/audit/MEMBER/5")) : List.of());
    }

    @ParameterizedTest(name = "a {0} has a trail: {1}")
    @CsvSource(textBlock = """
            MEMBER,    true
            UNIT,      true
            TRANSFER,  true
            CAMPAIGN,  true
            DIRECTIVE, true
            ACCOUNT,   true
            CONCERN,   false
            """)
    void shouldLinkOnlyToTrailsThatHaveAPage(String type, boolean linked) {
        assertThat(policy.linksOn(Actors.of(Role.DISTRICT_STAFF), type, 5)).hasSize(linked ? 1 : 0);
    }
}
