package vn.dangvu.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;

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
        var may = policy.may(Actors.of(role));
        assertThat(may.raiseConcern()).isEqualTo(raise);
        assertThat(may.forwardConcern()).isEqualTo(forward);
        assertThat(may.resolveConcern()).isEqualTo(resolve);
        assertThat(may.holdSession()).isEqualTo(hold);
        assertThat(may.recognise()).isEqualTo(recognise);
    }

    /** Whoever may write a record may correct and remove it; a secretary's part in a concern ends when it is forwarded. */
    @ParameterizedTest(name = "{0}: recognitions {1}, sessions {2}, concerns open {3}, forwarded {4}, resolved {5}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true,  true,  true,  true
            DISTRICT_LEADER,  true,  true,  false, false, false
            COMMUNE_OFFICIAL, true,  true,  true,  true,  true
            BRANCH_SECRETARY, false, false, true,  false, false
            """)
    void shouldLetWhoeverMayWriteARecordCorrectIt(
            Role role, boolean recognitions, boolean sessions, boolean open, boolean forwarded, boolean resolved) {
        var actor = Actors.of(role);
        var may = policy.may(actor);
        assertThat(may.correctRecognition()).isEqualTo(recognitions);
        assertThat(policy.mayCorrectRecognitions(actor)).isEqualTo(recognitions);
        assertThat(may.correctSession()).isEqualTo(sessions);
        assertThat(policy.mayCorrectSessions(actor)).isEqualTo(sessions);
        assertThat(may.correctConcern(ConcernStatus.OPEN)).isEqualTo(open);
        assertThat(may.correctConcern(ConcernStatus.FORWARDED)).isEqualTo(forwarded);
        assertThat(may.correctConcern(ConcernStatus.RESOLVED)).isEqualTo(resolved);
        assertThat(policy.mayCorrectConcern(actor, ConcernStatus.OPEN)).isEqualTo(open);
        assertThat(policy.mayCorrectConcern(actor, ConcernStatus.FORWARDED)).isEqualTo(forwarded);
        assertThat(policy.mayCorrectConcern(actor, ConcernStatus.RESOLVED)).isEqualTo(resolved);
    }

    @ParameterizedTest(name = "{0} sees the commend link on a member: {1}")
    @EveryRole(allowed = {Role.DISTRICT_STAFF, Role.DISTRICT_LEADER, Role.COMMUNE_OFFICIAL})
    void shouldOfferTheCommendLinkOnAMembersPage(Role role, boolean offered) {
        assertThat(policy.linksOn(Actors.of(role), "MEMBER", 42))
                .isEqualTo(
                        offered ? List.of(new RecordLink("member.recognise", "/recognitions?member=42")) : List.of());
        assertThat(policy.linksOn(Actors.of(role), "UNIT", 42)).isEmpty();
    }
}
