package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.IntegrationTest;

/**
 * Meetings by kind (issue 19, item 4) in a hand-built commune: a branch committee's meeting (họp chi ủy)
 * lists the committee only and counts in no figure; absences with and without a reason; the minutes'
 * totals as of the meeting's date.
 */
@IntegrationTest
class MeetingKindsTests extends CommuneBranchWorkTest {

    @Autowired
    MemberLoader memberLoader;

    private static final LocalDate JULY = LocalDate.of(2024, 7, 5);

    @Test
    void shouldListTheCommitteeOnlyAndCountACommitteeMeetingInNoFigure() {
        // Ở Lâu is the hamlet's secretary; Lãnh Đạo sits on the commune's committee, not the branch's
        memberLoader.recordCommitteePeriod(
                settled, hamlet, CommitteeRole.SECRETARY, "2020–2025", LocalDate.of(2020, 10, 1), null);
        long regular = meetings.create(staff, hamlet, new MeetingForm(JULY, MeetingKind.REGULAR, "Thường kỳ", null));
        save(
                regular,
                row(settled, AttendanceStatus.PRESENT, null),
                row(newcomer, AttendanceStatus.ABSENT, null),
                row(leader, AttendanceStatus.PRESENT, null));
        long committee = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 7, 10), MeetingKind.COMMITTEE, "Họp chi ủy", null));

        assertThat(meetings.get(staff, committee).attendance())
                .extracting(r -> r.member().id())
                .containsExactly(settled);
        assertThatThrownBy(() -> save(committee, row(leader, AttendanceStatus.PRESENT, null)))
                .isInstanceOf(NotFoundException.class);
        // the secretary missed the committee's meeting: were it counted, the rate would fall to 2/4
        save(committee, row(settled, AttendanceStatus.EXCUSED, "Ốm"));

        var figures = overview.overview(staff, commune.commune().id(), 2024, null).stream()
                .filter(f -> f.branchId() == hamlet)
                .findFirst()
                .orElseThrow();
        assertThat(figures.meetings()).isEqualTo(1);
        assertThat(figures.attendanceRate()).isEqualTo(67); // 2 of 3

        var year = overview.memberYear(staff, settled, 2024);
        assertThat(year.meetingsListed()).isEqualTo(1);
        assertThat(year.present()).isEqualTo(1);

        var summary = overview.summary(Scope.of(commune.commune().path()), LocalDate.of(2024, 12, 31));
        assertThat(summary.meetings().meetings()).isEqualTo(1);
        assertThat(summary.meetings().othersListed() + summary.meetings().cadreListed())
                .isEqualTo(3);
        assertThat(summary.meetings().othersPresent() + summary.meetings().cadrePresent())
                .isEqualTo(2);
        var communeRow = summary.communes().stream()
                .filter(c -> c.communeId() == commune.commune().id())
                .findFirst()
                .orElseThrow();
        assertThat(communeRow.meetings()).isEqualTo(1);
        assertThat(communeRow.listed()).isEqualTo(3);
        assertThat(communeRow.present()).isEqualTo(2);
        assertThat(summary.trend())
                .filteredOn(y -> y.year() == 2024)
                .singleElement()
                .satisfies(y -> {
                    assertThat(y.meetings()).isEqualTo(1);
                    assertThat(y.listed()).isEqualTo(3);
                    assertThat(y.present()).isEqualTo(2);
                });
    }

    @Test
    void shouldNotLetACommitteeMeetingStandForTheMonthsRegularOne() {
        long committee = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 1, 10), MeetingKind.COMMITTEE, "Họp chi ủy", null));
        assertThat(committee).isPositive();

        var compliance = overview.compliance(staff, commune.commune().id(), LocalDate.of(2024, 1, 31));
        assertThat(compliance.branches())
                .filteredOn(b -> b.branchId() == hamlet)
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.missingMonths()).isEqualTo("1");
                    assertThat(b.monthsMissed()).isEqualTo(1);
                });
    }

    @Test
    void shouldAskTheReasonOfAnAbsenceWithReason() {
        long july = meetings.create(staff, hamlet, new MeetingForm(JULY, MeetingKind.REGULAR, "Thường kỳ", null));
        assertThatThrownBy(() -> save(july, row(settled, AttendanceStatus.EXCUSED, "  ")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.excusedReasonRequired"));
        save(july, row(settled, AttendanceStatus.ABSENT, null));
        assertThat(meetings.get(staff, july).taken()).isTrue();
    }

    /**
     * Hamlet 0 on 05/07/2024: Ở Lâu, Lãnh Đạo and Mới Đến (moved in on 01/06/2024) are full members; Dự Bị
     * was admitted on 01/03/2024; Được Miễn is exempt since 01/01/2024; Đi Tạm, of hamlet 0, attends hamlet 1
     * from 15/06/2024; Đến Tạm, of hamlet 1, attends hamlet 0 from 15/06/2024.
     */
    @Test
    void shouldGiveTheMinutesTheirTotalsAsOfTheMeetingsDate() {
        var h0 = commune.hamlet(0);
        var h1 = commune.hamlet(1);
        long probationary = fixtures.member("Bùi Văn Dự Bị", h0, h0, null);
        jdbc.sql("update member set admitted_on = ?, full_member_on = null where id = ?")
                .params(LocalDate.of(2024, 3, 1), probationary)
                .update();
        long exempt = fixtures.member("Bùi Văn Được Miễn", h0, h0, null);
        jdbc.sql("insert into member_exemption (id, member_id, reason, starts_on, created_by)"
                        + " values (nextval('member_exemption_seq'), ?, 'Tuổi cao', ?, 'test')")
                .params(exempt, LocalDate.of(2024, 1, 1))
                .update();
        long away = fixtures.member("Bùi Văn Đi Tạm", h0, h0, null);
        temporary(away, h1.id());
        long guest = fixtures.member("Bùi Thị Đến Tạm", h1, h1, null);
        temporary(guest, h0.id());

        long july = meetings.create(staff, hamlet, new MeetingForm(JULY, MeetingKind.REGULAR, "Thường kỳ", null));
        var before = meetings.minutes(staff, july, false).totals();
        assertThat(before.taken()).isFalse();
        assertThat(List.of(
                        before.full(),
                        before.probationary(),
                        before.temporary(),
                        before.exempt(),
                        before.away(),
                        before.members()))
                .containsExactly(5L, 1L, 1L, 1L, 1L, 6L);

        save(
                july,
                row(settled, AttendanceStatus.PRESENT, null),
                row(leader, AttendanceStatus.EXCUSED, "Họp HĐND xã"),
                row(newcomer, AttendanceStatus.ABSENT, null),
                row(probationary, AttendanceStatus.PRESENT, null),
                row(exempt, AttendanceStatus.EXEMPT, null),
                row(away, AttendanceStatus.EXCUSED, "Sinh hoạt tạm thời ở Ấp 2"),
                row(guest, AttendanceStatus.PRESENT, null));

        var totals = meetings.minutes(staff, july, false).totals();
        assertThat(totals.taken()).isTrue();
        assertThat(totals.full()).isEqualTo(5);
        assertThat(totals.probationary()).isEqualTo(1);
        assertThat(totals.temporary()).isEqualTo(1);
        assertThat(totals.exempt()).isEqualTo(1);
        assertThat(totals.away()).isEqualTo(1);
        assertThat(totals.present()).isEqualTo(3);
        assertThat(totals.excused())
                .containsExactlyInAnyOrder(
                        new BranchWorkViews.Absence("Quách Văn Lãnh Đạo", "Họp HĐND xã"),
                        new BranchWorkViews.Absence("Bùi Văn Đi Tạm", "Sinh hoạt tạm thời ở Ấp 2"));
        assertThat(totals.absent()).containsExactly("Lưu Thị Mới Đến");

        // on 10/06/2024, before the temporary attendances began, nobody came from or was away elsewhere
        long june = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 6, 10), MeetingKind.REGULAR, "Tháng sáu", null));
        var then = meetings.minutes(staff, june, false).totals();
        assertThat(List.of(then.full(), then.probationary(), then.temporary(), then.exempt(), then.away()))
                .containsExactly(5L, 1L, 0L, 1L, 0L);
    }

    @Test
    void shouldPrintTheMinutes() throws Exception {
        long july = meetings.create(staff, hamlet, new MeetingForm(JULY, MeetingKind.REGULAR, "Thường kỳ", null));
        save(
                july,
                row(settled, AttendanceStatus.PRESENT, null),
                row(leader, AttendanceStatus.EXCUSED, "Họp HĐND xã"),
                row(newcomer, AttendanceStatus.ABSENT, null));
        String html = page("tochuc", "/meetings/{id}/minutes", july);
        assertThat(html)
                .contains("Biên bản sinh hoạt chi bộ")
                .contains("Quách Văn Lãnh Đạo — Họp HĐND xã")
                .contains("Lưu Thị Mới Đến");
        assertThat(page("tochuc", "/meetings/{id}", july)).contains("/meetings/" + july + "/minutes");
    }

    /** A temporary attendance at {@code host} from 15/06/2024 to 31/12/2024, beside the official period. */
    private void temporary(long member, long host) {
        jdbc.sql("insert into membership_period (id, member_id, branch_id, started_on, ended_on, kind)"
                        + " values (nextval('membership_period_seq'), ?, ?, ?, ?, 'TEMPORARY')")
                .params(member, host, LocalDate.of(2024, 6, 15), LocalDate.of(2024, 12, 31))
                .update();
    }

    private void save(long meeting, AttendanceForm.Row... rows) {
        meetings.saveAttendance(
                staff, meeting, new AttendanceForm(meetings.get(staff, meeting).version(), List.of(rows)));
    }

    private static AttendanceForm.Row row(long member, AttendanceStatus status, String note) {
        return new AttendanceForm.Row(member, status, false, false, false, note);
    }
}
