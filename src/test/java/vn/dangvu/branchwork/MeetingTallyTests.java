package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MeetingTallies;

/**
 * Each meeting's attendance tally (V55, issue 22), which the summary reads instead of the attendance rows:
 * kept by the write that changes the attendance, a correction and a member's change of group included. The
 * expected tallies are counted by hand from the rows saved.
 */
@IntegrationTest
class MeetingTallyTests extends CommuneBranchWorkTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 5);

    /** listed (not exempt), present, directing tone, contributed; then the same for cadres (members working at the commune). */
    record Tally(
            long listed,
            long present,
            long directingTone,
            long contributed,
            long cadreListed,
            long cadrePresent,
            long cadreContributed) {}

    @Test
    void shouldKeepAMeetingsTallyInTheWritesThatChangeItsAttendance() {
        group(settled, "ORGANISATION_CADRE");
        group(newcomer, "RETIRED");
        group(leader, "ORGANISATION_CADRE");
        long meeting = meetings.create(staff, hamlet, new MeetingForm(JULY, MeetingKind.REGULAR, "Thường kỳ", null));
        assertThat(tally(meeting)).isNull();

        save(
                meeting,
                new AttendanceForm.Row(settled, AttendanceStatus.PRESENT, true, true, true, null),
                new AttendanceForm.Row(newcomer, AttendanceStatus.PRESENT, false, true, false, null),
                new AttendanceForm.Row(leader, AttendanceStatus.EXCUSED, false, false, false, "Đi công tác"));
        // listed 3, present 2 (settled, newcomer), directing 1, contributed 2; cadres: settled and leader
        assertThat(tally(meeting)).isEqualTo(new Tally(3, 2, 1, 2, 2, 1, 1));

        // a correction after saving: the newcomer was in fact absent, the leader came
        save(
                meeting,
                new AttendanceForm.Row(settled, AttendanceStatus.PRESENT, true, true, true, null),
                new AttendanceForm.Row(newcomer, AttendanceStatus.ABSENT, false, false, false, null),
                new AttendanceForm.Row(leader, AttendanceStatus.PRESENT, false, true, false, null));
        assertThat(tally(meeting)).isEqualTo(new Tally(3, 2, 1, 2, 2, 2, 2));

        // the leader retires: their row leaves the cadres' counts, and the total stays
        group(leader, "RETIRED");
        assertThat(tally(meeting)).isEqualTo(new Tally(3, 2, 1, 2, 1, 1, 1));
        // a change of group that keeps the member a cadre moves nothing
        group(settled, "INSPECTION_CADRE");
        assertThat(tally(meeting)).isEqualTo(new Tally(3, 2, 1, 2, 1, 1, 1));

        // an update of one row in place (as a loader may do), straight in the database
        jdbc.sql("update attendance set status = 'EXEMPT', contributed = false, spoke = false, directing_tone = false"
                        + " where meeting_id = ? and member_id = ?")
                .params(meeting, settled)
                .update();
        assertThat(tally(meeting)).isEqualTo(new Tally(2, 1, 0, 1, 0, 0, 0));

        // the summary reads the tallies: the same figures, split by cadre
        var summary = overview.summary(Scope.of(commune.commune().path()), LocalDate.of(2024, 12, 31));
        assertThat(summary.meetings().cadreListed()).isZero();
        assertThat(summary.meetings().othersListed()).isEqualTo(2);
        assertThat(summary.meetings().othersPresent()).isEqualTo(1);
        assertThat(summary.meetings().contributed()).isEqualTo(1);
        assertThat(summary.meetings().directingTone()).isZero();
    }

    @Test
    void shouldAgreeWithTheAttendanceRowsForEveryMeetingOfTheDemoDistrict() {
        // counted here from the rows, independently of the triggers: every meeting the demo loader wrote
        List<String> differing =
                jdbc.sql(MeetingTallies.DIFFERING).query(String.class).list();
        assertThat(differing).isEmpty();
        assertThat(jdbc.sql("select count(*) from meeting_tally where listed > 0")
                        .query(Long.class)
                        .single())
                .as("the demo district has meetings with attendance")
                .isGreaterThan(100);
    }

    private void group(long member, String group) {
        jdbc.sql("update member set member_group = ? where id = ?")
                .params(group, member)
                .update();
    }

    private Tally tally(long meeting) {
        return jdbc.sql("select listed, present, directing_tone as \"directingTone\", contributed,"
                        + " cadre_listed as \"cadreListed\", cadre_present as \"cadrePresent\","
                        + " cadre_contributed as \"cadreContributed\" from meeting_tally where meeting_id = ?")
                .param(meeting)
                .query(Tally.class)
                .optional()
                .orElse(null);
    }

    private void save(long meeting, AttendanceForm.Row... rows) {
        meetings.saveAttendance(
                staff, meeting, new AttendanceForm(meetings.get(staff, meeting).version(), List.of(rows)));
    }
}
