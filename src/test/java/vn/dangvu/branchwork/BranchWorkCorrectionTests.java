package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Scope;
import vn.dangvu.shared.web.RemovalForm;
import vn.dangvu.support.IntegrationTest;

/**
 * Meetings, duties and guests corrected and removed: by whom, what the audit trail keeps, and that every
 * figure stops counting a removed record, in the commune that {@link CommuneBranchWorkTest} builds.
 */
@IntegrationTest
class BranchWorkCorrectionTests extends CommuneBranchWorkTest {

    private static final LocalDate SUMMARY_DAY = LocalDate.of(2024, 12, 31);

    @Test
    void shouldCorrectAMeetingAndAuditWhatChanged() {
        long july = julyMeeting();
        long version = meetings.edit(staff, july).version();

        meetings.update(
                staff,
                july,
                new MeetingForm(
                        LocalDate.of(2024, 7, 6), MeetingKind.THEMATIC, "Chuyên đề chuyển đổi số", "Giao chi ủy"),
                version);

        var view = meetings.get(staff, july);
        assertThat(view.heldOn()).isEqualTo(LocalDate.of(2024, 7, 6));
        assertThat(view.kind()).isEqualTo(MeetingKind.THEMATIC);
        assertThat(view.topic()).isEqualTo("Chuyên đề chuyển đổi số");
        assertThat(lastAudit("UNIT", hamlet))
                .isEqualTo("tochuc MEETING_UPDATED 2024-07-05: Sinh hoạt thường kỳ — heldOn: 2024-07-05 → 2024-07-06;"
                        + " kind: REGULAR → THEMATIC; topic: Sinh hoạt thường kỳ → Chuyên đề chuyển đổi số;"
                        + " resolution: null → Giao chi ủy");
        assertThatThrownBy(() -> meetings.update(staff, july, meeting(LocalDate.of(2024, 7, 6), "Lại"), version))
                .as("a correction after someone else's says so")
                .isInstanceOf(ConflictException.class);
    }

    /**
     * July: Ở Lâu present, spoke and contributed; Mới Đến absent; the leader present in a directing tone;
     * the liaison's comment. August: all three present. Removing July leaves August alone in the figures.
     */
    @Test
    void shouldRemoveAMeetingOnRecordAndStopCountingIt() {
        long july = julyMeeting();
        long august = meetings.create(staff, hamlet, meeting(LocalDate.of(2024, 8, 5), "Sinh hoạt tháng 8"));
        attend(
                july,
                new AttendanceForm.Row(settled, AttendanceStatus.PRESENT, true, true, false, null),
                only(newcomer, AttendanceStatus.ABSENT),
                new AttendanceForm.Row(leader, AttendanceStatus.PRESENT, false, false, true, null));
        attend(
                august,
                only(settled, AttendanceStatus.PRESENT),
                only(newcomer, AttendanceStatus.PRESENT),
                only(leader, AttendanceStatus.PRESENT));
        Actor liaison = users.actor("lanhdao");
        liaisons.assign(staff, liaison.userId(), hamlet, leader);
        liaisons.comment(liaison, july, "Đề nghị phân công nhiệm vụ cho đồng chí lãnh đạo xã.");

        // before: 2 meetings, 5 present of 6 listed (83%), 1 directing tone, 1 liaison visit
        assertThat(hamletCounts()).containsExactly(2L, 83L, 1L, 1L);
        assertThat(meetings.list(staff, hamlet, 0).total()).isEqualTo(2);

        var removed = meetings.remove(
                staff,
                july,
                new RemovalForm(" Ghi trùng buổi ", meetings.get(staff, july).version()));

        assertThat(removed.branch().id()).isEqualTo(hamlet);
        assertThatThrownBy(() -> meetings.get(staff, july)).isInstanceOf(NotFoundException.class);
        assertThat(meetings.list(staff, hamlet, 0).items())
                .extracting(BranchWorkViews.MeetingRow::id)
                .containsExactly(august);
        assertThat(meetings.list(staff, hamlet, 0).total()).isEqualTo(1);
        assertThat(hamletCounts()).containsExactly(1L, 100L, 0L, 0L);
        var year = overview.memberYear(staff, settled, 2024);
        assertThat(List.of(year.meetingsListed(), year.present(), year.spoke(), year.contributed()))
                .containsExactly(1L, 1L, 0L, 0L);
        var summary = overview.summary(Scope.of(commune.commune().path()), SUMMARY_DAY);
        var figures = summary.meetings();
        assertThat(List.of(
                        figures.meetings(),
                        figures.cadreListed(),
                        figures.cadrePresent(),
                        figures.directingTone(),
                        figures.contributed(),
                        figures.liaisonVisits()))
                .containsExactly(1L, 3L, 3L, 0L, 0L, 0L);
        assertThat(summary.communes())
                .singleElement()
                .satisfies(c -> assertThat(List.of(c.meetings(), c.listed(), c.present(), c.directingTone()))
                        .containsExactly(1L, 3L, 3L, 0L));
        assertThat(summary.trend())
                .filteredOn(y -> y.year() == 2024)
                .singleElement()
                .satisfies(y -> assertThat(List.of(y.meetings(), y.listed(), y.present()))
                        .containsExactly(1L, 3L, 3L));
        assertThat(liaisons.myBranches(liaison))
                .filteredOn(b -> b.branch().id() == hamlet)
                .singleElement()
                .satisfies(b -> assertThat(b.lastMeeting().id()).isEqualTo(august));

        assertThat(demo.text(
                        "select removed_by || '|' || removal_reason from meeting where id = ? and removed_at is not null",
                        july))
                .as("the row stays, marked")
                .isEqualTo("tochuc|Ghi trùng buổi");
        assertThat(demo.count("select count(*) from attendance where meeting_id = ?", july))
                .isEqualTo(3);
        assertThat(lastAudit("UNIT", hamlet))
                .isEqualTo("tochuc MEETING_REMOVED reason: Ghi trùng buổi; heldOn: 2024-07-05; kind: REGULAR;"
                        + " topic: Sinh hoạt thường kỳ; attendance: 2/3; guests: 1");
        assertThatThrownBy(() -> meetings.remove(staff, july, new RemovalForm("Lần nữa", 0L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldMoveAMeetingWithAttendanceOnlyToADayWithTheSameMembers() {
        long july = julyMeeting();
        attend(
                july,
                only(settled, AttendanceStatus.PRESENT),
                only(newcomer, AttendanceStatus.PRESENT),
                new AttendanceForm.Row(leader, AttendanceStatus.EXCUSED, false, false, false, "Ốm"));
        long version = meetings.edit(staff, july).version();

        // Mới Đến only joined on 01/06/2024
        assertThatThrownBy(() -> meetings.update(staff, july, meeting(LocalDate.of(2024, 5, 5), "Dời"), version))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("heldOn");
                    assertThat(e.messageKey()).isEqualTo("meeting.rosterDiffers");
                    assertThat(e.arguments()).containsExactly("Lưu Thị Mới Đến");
                });
        assertThatThrownBy(() ->
                        meetings.update(staff, july, meeting(LocalDate.now().plusDays(3), "Dời"), version))
                .hasMessage("meeting.takenNotInFuture");
        assertThat(meetings.get(staff, july).heldOn()).isEqualTo(LocalDate.of(2024, 7, 5));

        meetings.update(staff, july, meeting(LocalDate.of(2024, 6, 20), "Dời"), version);
        assertThat(meetings.get(staff, july).heldOn()).isEqualTo(LocalDate.of(2024, 6, 20));

        long planned = meetings.create(staff, hamlet, meeting(LocalDate.of(2024, 9, 5), "Chưa điểm danh"));
        meetings.update(
                staff,
                planned,
                meeting(LocalDate.of(2024, 5, 5), "Chưa điểm danh"),
                meetings.edit(staff, planned).version());
        assertThat(meetings.get(staff, planned).attendance())
                .as("a meeting without attendance lists the members of its new date")
                .extracting(r -> r.member().id())
                .containsExactlyInAnyOrder(settled, leader);
    }

    @Test
    void shouldCorrectAndRemoveADutyAndStopCountingIt() {
        long given = duties.assign(staff, hamlet, 2024, new DutyForm(settled, null, "Dân vận", "Phụ trách tổ 3", null));
        duties.assign(staff, hamlet, 2024, new DutyForm(newcomer, null, "Kinh tế", "Vận động làm đường", null));

        duties.correct(
                staff,
                given,
                new DutyEditForm(
                        "Dân vận",
                        "Phụ trách tổ 4",
                        "Năm hộ",
                        duties.duty(staff, given).duty().version()));
        assertThat(duties.ofMember(settled, 2024))
                .extracting(BranchWorkViews.DutyView::title)
                .containsExactly("Phụ trách tổ 4");
        assertThat(lastAudit("MEMBER", settled))
                .isEqualTo("tochuc DUTY_UPDATED 2024: Phụ trách tổ 3 — title: Phụ trách tổ 3 → Phụ trách tổ 4;"
                        + " description: null → Năm hộ");
        assertThatThrownBy(() -> duties.correct(staff, given, new DutyEditForm("Dân vận", "Tổ 5", null, 0L)))
                .isInstanceOf(ConflictException.class);

        // before: 3 members, the leader alone without a duty; 2 of 3 hold one in the commune's summary
        assertThat(duties.page(staff, hamlet, 2024).withoutDuty()).isEqualTo(1);
        assertThat(overview.summary(Scope.of(commune.commune().path()), SUMMARY_DAY)
                        .duties()
                        .withDuty())
                .isEqualTo(2);

        duties.remove(
                staff,
                given,
                new RemovalForm(
                        "Giao nhầm người", duties.duty(staff, given).duty().version()));

        assertThat(duties.ofMember(settled, 2024)).isEmpty();
        assertThat(duties.page(staff, hamlet, 2024).withoutDuty()).isEqualTo(2);
        assertThat(hamletFigures().withoutDuty()).isEqualTo(2);
        assertThat(hamletFigures().leadersWithoutDuty()).isEqualTo(1);
        var coverage = overview.summary(Scope.of(commune.commune().path()), SUMMARY_DAY)
                .duties();
        assertThat(List.of(coverage.members(), coverage.withDuty(), coverage.leaders(), coverage.leadersWithDuty()))
                .containsExactly(3L, 1L, 1L, 0L);
        assertThat(overview.memberYear(staff, settled, 2024).duties()).isEmpty();
        assertThat(demo.text("select removed_by || '|' || removal_reason from duty where id = ?", given))
                .isEqualTo("tochuc|Giao nhầm người");
        assertThat(lastAudit("MEMBER", settled))
                .isEqualTo("tochuc DUTY_REMOVED reason: Giao nhầm người; year: 2024; field: Dân vận;"
                        + " title: Phụ trách tổ 4; description: Năm hộ; status: ASSIGNED");
        assertThatThrownBy(() -> duties.progress(staff, given, new DutyProgressForm(DutyStatus.DONE, null, null, 2L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldLetOnlyTheLiaisonCorrectTheirCommentAndWritersTheOtherGuests() {
        long july = julyMeeting();
        Actor liaison = users.actor("lanhdao");
        liaisons.assign(staff, liaison.userId(), hamlet, leader);
        liaisons.comment(liaison, july, "Góp ý lần đầu");
        meetings.addGuest(staff, july, new GuestForm(GuestKind.COMMUNE_OFFICIAL, "Ông Ba, Phó Chủ tịch UBND xã", null));
        var guests = meetings.get(staff, july).guests();
        long comment = guests.get(0).id();
        long official = guests.get(1).id();
        assertThat(guests).extracting(BranchWorkViews.GuestView::correctable).containsExactly(false, true);
        assertThat(meetings.get(liaison, july).guests())
                .extracting(BranchWorkViews.GuestView::correctable)
                .containsExactly(true, false);

        assertThatThrownBy(() -> meetings.correctGuest(
                        staff, comment, new GuestForm(GuestKind.LIAISON, "Thường trực Huyện ủy", "Sửa"), 0L))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.removeGuest(liaison, official, new RemovalForm("Không dự", 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.guest(users.actor("xa.tanhoco"), official))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.correctGuest(
                        liaison, comment, new GuestForm(GuestKind.LIAISON, "Người khác", "Sửa"), 0L))
                .hasMessage("meeting.guestKindFixed");

        meetings.correctGuest(
                liaison, comment, new GuestForm(GuestKind.LIAISON, "Thường trực Huyện ủy", "Góp ý đã sửa"), 0L);
        meetings.correctGuest(
                staff, official, new GuestForm(GuestKind.OTHER, "Ông Ba, Chủ tịch Hội Nông dân xã", null), 0L);
        assertThat(meetings.get(staff, july).guests())
                .extracting(BranchWorkViews.GuestView::name, BranchWorkViews.GuestView::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Thường trực Huyện ủy", "Góp ý đã sửa"),
                        org.assertj.core.groups.Tuple.tuple("Ông Ba, Chủ tịch Hội Nông dân xã", null));
        assertThat(hamletFigures().liaisonVisits()).isEqualTo(1);

        meetings.removeGuest(liaison, comment, new RemovalForm("Ghi nhầm buổi", 1L));

        assertThat(meetings.get(staff, july).guests())
                .extracting(BranchWorkViews.GuestView::id)
                .containsExactly(official);
        assertThat(hamletFigures().liaisonVisits()).isZero();
        assertThat(lastAudit("UNIT", hamlet))
                .isEqualTo("lanhdao GUEST_REMOVED reason: Ghi nhầm buổi; heldOn: 2024-07-05; kind: LIAISON;"
                        + " name: Thường trực Huyện ủy; comment: Góp ý đã sửa");
    }

    @Test
    void shouldLeaveCorrectionsToThoseWhoWriteTheBranchsWork() {
        long july = julyMeeting();
        long duty = duties.assign(staff, hamlet, 2024, new DutyForm(settled, null, "Dân vận", "Phụ trách tổ 3", null));
        Actor leaderAccount = users.actor("lanhdao");
        Actor otherSecretary = users.actor("bithu");

        assertThatThrownBy(() -> meetings.edit(leaderAccount, july)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.remove(leaderAccount, july, new RemovalForm("Thử", 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> duties.remove(leaderAccount, duty, new RemovalForm("Thử", 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.removal(otherSecretary, july)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.update(otherSecretary, july, meeting(LocalDate.of(2024, 7, 5), "x"), 0L))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duties.correct(otherSecretary, duty, new DutyEditForm("a", "b", null, 0L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.remove(staff, july, new RemovalForm("  ", 0L)))
                .as("the reason is the entity's rule too, whatever the form")
                .hasMessage("removal.reasonRequired");

        assertThat(meetings.get(staff, july).topic()).isEqualTo("Sinh hoạt thường kỳ");
        assertThat(duties.ofMember(settled, 2024)).hasSize(1);
    }

    private BranchWorkViews.BranchFigures hamletFigures() {
        return overview.overview(staff, commune.commune().id(), 2024, null).stream()
                .filter(f -> f.branchId() == hamlet)
                .findFirst()
                .orElseThrow();
    }

    /** The hamlet's regular meeting of 5/7/2024 ("Sinh hoạt thường kỳ"), which most corrections here start from. */
    private long julyMeeting() {
        return meetings.create(staff, hamlet, meeting(LocalDate.of(2024, 7, 5), "Sinh hoạt thường kỳ"));
    }

    /** A member's attendance with nothing else noted: no speaking, no contribution, no directing tone. */
    private static AttendanceForm.Row only(long member, AttendanceStatus status) {
        return new AttendanceForm.Row(member, status, false, false, false, null);
    }

    /** The hamlet's meetings, attendance rate (%), directing-tone attendances and liaison visits. */
    private List<Long> hamletCounts() {
        BranchWorkViews.BranchFigures figures = hamletFigures();
        return List.of(figures.meetings(), figures.attendanceRate(), figures.directingTone(), figures.liaisonVisits());
    }

    private void attend(long meeting, AttendanceForm.Row... rows) {
        meetings.saveAttendance(
                staff, meeting, new AttendanceForm(meetings.get(staff, meeting).version(), List.of(rows)));
    }

    /** The newest audit entry of a record: who, what and the details. */
    private String lastAudit(String type, long id) {
        return demo.text(
                "select username || ' ' || action || ' ' || details from audit_event"
                        + " where entity_type = ? and entity_id = ? order by id desc limit 1",
                type,
                id);
    }

    private static MeetingForm meeting(LocalDate on, String topic) {
        return new MeetingForm(on, MeetingKind.REGULAR, topic, null);
    }
}
