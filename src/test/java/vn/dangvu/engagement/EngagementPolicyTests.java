package vn.dangvu.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;

class EngagementPolicyTests {

    private final EngagementPolicy policy = new EngagementPolicy();

    @ParameterizedTest(name = "{0}: raise {1}, forward {2}, resolve {3}, hold sessions {4}, commend {5}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true,  true,  true,  true
            DISTRICT_LEADER,  false, false, false, true,  true
            COMMUNE_OFFICIAL, true,  true,  true,  true,  true
            BRANCH_SECRETARY, true,  true,  false, false, false
            """)
    void shouldDecideByRole(
            Role role, boolean raise, boolean forward, boolean resolve, boolean hold, boolean recognise) {
        assertThat(policy.may(Actors.of(role)))
                .isEqualTo(new EngagementPolicy.May(raise, forward, resolve, hold, recognise));
    }

    @ParameterizedTest(name = "{0} sees the commend link on a member: {1}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true
            DISTRICT_LEADER,  true
            COMMUNE_OFFICIAL, true
            BRANCH_SECRETARY, false
            """)
    void shouldOfferTheCommendLinkOnAMembersPage(Role role, boolean offered) {
        assertThat(policy.linksOn(Actors.of(role), "MEMBER", 42))
                .isEqualTo(
                        offered ? List.of(new RecordLink("member.recognise", "/recognitions?member=42")) : List.of());
        assertThat(policy.linksOn(Actors.of(role), "UNIT", 42)).isEmpty();
    }
}
