package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The summary's parts are reused until a table they read changes (V57's stamp per table, issue 22): an
 * attendance row changed recomputes the meetings half of the branch-work part only, and the figures read after it are the new
 * ones; a committee seat recorded moves the leaders' figures at once.
 */
@IntegrationTest
class SummaryPartsTests extends DemoDistrictTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 5, 10);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final List<String> PARTS =
            List.of("branchDuties", "branchMeetings", "campaigns", "engagement", "memberChanges");

    @Autowired
    ReportService reports;

    @Autowired
    SummaryCache cache;

    @Autowired
    MemberLoader memberLoader;

    @Test
    void shouldGiveEveryTableThatMovesTheStampAStampOfItsOwn() {
        List<String> triggered = jdbc.sql(
                        "select distinct c.relname from pg_trigger g join pg_proc p on p.oid = g.tgfoid"
                                + " join pg_class c on c.oid = g.tgrelid where p.proname = 'dv_data_changed'")
                .query(String.class)
                .list();
        List<String> stamped = jdbc.sql("select substr(sequencename, 12) from pg_sequences"
                        + " where starts_with(sequencename, 'dv_changed_')")
                .query(String.class)
                .list();
        assertThat(triggered)
                .containsExactlyInAnyOrder(
                        "org_unit",
                        "org_unit_version",
                        "member",
                        "membership_period",
                        "committee_membership",
                        "directive",
                        "campaign",
                        "campaign_commune",
                        "campaign_member",
                        "transfer",
                        "member_rating",
                        "branch_rating",
                        "rating_override",
                        "rating_group_points",
                        "duty",
                        "meeting",
                        "attendance",
                        "meeting_guest",
                        "liaison",
                        "recognition",
                        "concern",
                        "engagement_session",
                        "follow_up");
        assertThat(stamped).containsExactlyInAnyOrderElementsOf(triggered);
    }

    @Test
    void shouldRecomputeOnlyThePartsWhoseTablesChanged() {
        Fixtures.Commune commune = fixtures.workedHamlet(staff, MEETING);
        Actor official = officialOf(commune.commune());
        long hamlet = commune.hamlet(0).id();

        Summary first = reports.summary(official, AS_OF);
        // three members, the first with a duty and no leader; two of three present at the one meeting
        assertThat(present(first)).isEqualTo(2);
        assertThat(listed(first)).isEqualTo(3);
        Map<String, Long> before = computed();
        Summary again = reports.summary(official, AS_OF);
        assertThat(again.meetings()).as("nothing changed: reused").isSameAs(first.meetings());
        assertThat(again.memberChanges().rows()).isSameAs(first.memberChanges().rows());
        assertThat(again.updating()).isFalse();
        assertThat(computed()).isEqualTo(before);

        // the second member was in fact absent: the attendance table changes, nothing else
        jdbc.sql("update attendance set status = 'ABSENT', spoke = false, contributed = false, directing_tone = false"
                        + " where (meeting_id, member_id) = (select a.meeting_id, a.member_id from attendance a"
                        + " join meeting m on m.id = a.meeting_id join member p on p.id = a.member_id"
                        + " where m.branch_id = ? and p.full_name = 'Tô Văn Đi Họp')")
                .param(hamlet)
                .update();
        Summary afterAttendance = reports.summary(official, AS_OF);
        assertThat(present(afterAttendance)).isEqualTo(1);
        assertThat(listed(afterAttendance)).isEqualTo(3);
        assertThat(afterAttendance.communes())
                .singleElement()
                .satisfies(c -> assertThat(c.attendanceRate()).isEqualTo(33));
        assertThat(difference(before, computed()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "branchDuties",
                        0L,
                        "branchMeetings",
                        1L,
                        "campaigns",
                        0L,
                        "engagement",
                        0L,
                        "memberChanges",
                        0L));
        assertThat(afterAttendance.memberChanges().rows())
                .isSameAs(first.memberChanges().rows());

        // the member with the duty takes a seat on the commune's committee: a leader with a duty
        assertThat(afterAttendance.duties().leaders()).isZero();
        long withDuty = jdbc.sql("select member_id from duty where branch_id = ?")
                .param(hamlet)
                .query(Long.class)
                .single();
        memberLoader.recordCommitteePeriod(
                withDuty,
                commune.commune().id(),
                CommitteeRole.COMMITTEE_MEMBER,
                "2020–2025",
                LocalDate.of(2020, 10, 1),
                null);
        Summary afterSeat = reports.summary(official, AS_OF);
        assertThat(afterSeat.duties().leaders()).isEqualTo(1);
        assertThat(afterSeat.duties().leadersWithDuty()).isEqualTo(1);
        assertThat(afterSeat.duties().members()).isEqualTo(3);
    }

    private static long present(Summary summary) {
        return summary.meetings().cadrePresent() + summary.meetings().othersPresent();
    }

    private static long listed(Summary summary) {
        return summary.meetings().cadreListed() + summary.meetings().othersListed();
    }

    private Map<String, Long> computed() {
        Map<String, Long> counts = new java.util.HashMap<>();
        PARTS.forEach(part -> counts.put(part, cache.computed(part)));
        return counts;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> difference = new java.util.HashMap<>();
        PARTS.forEach(part -> difference.put(part, after.get(part) - before.get(part)));
        return difference;
    }
}
