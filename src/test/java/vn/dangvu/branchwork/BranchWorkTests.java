package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class BranchWorkTests extends CommuneBranchWorkTest {

    @Test
    void shouldListForAMeetingOnlyThoseWhoBelongedToTheBranchOnItsDate() {
        long may = meetings.create(staff, commune.hamlet(0).id(), meeting(LocalDate.of(2024, 5, 5)));
        long july = meetings.create(staff, commune.hamlet(0).id(), meeting(LocalDate.of(2024, 7, 5)));
        long mayElsewhere = meetings.create(staff, commune.hamlet(1).id(), meeting(LocalDate.of(2024, 5, 5)));
        long julyElsewhere = meetings.create(staff, commune.hamlet(1).id(), meeting(LocalDate.of(2024, 7, 5)));

        assertThat(listed(may)).containsExactlyInAnyOrder(settled, leader);
        assertThat(listed(july)).containsExactlyInAnyOrder(settled, newcomer, leader);
        assertThat(listed(mayElsewhere)).containsExactly(newcomer);
        assertThat(listed(julyElsewhere)).isEmpty();
    }

    @Test
    void shouldSaveAttendanceForListedMembersOnlyAndReportItInTheMembersYear() {
        long july = meetings.create(staff, commune.hamlet(0).id(), meeting(LocalDate.of(2024, 7, 5)));
        long version = meetings.get(staff, july).version();

        assertThatThrownBy(() -> meetings.saveAttendance(
                        staff,
                        july,
                        new AttendanceForm(
                                version,
                                List.of(
                                        row(settled, AttendanceStatus.PRESENT, true),
                                        row(demo.memberOf("TH-TB-A1"), AttendanceStatus.PRESENT, false)))))
                .isInstanceOf(NotFoundException.class);

        meetings.saveAttendance(
                staff,
                july,
                new AttendanceForm(
                        version,
                        List.of(
                                row(settled, AttendanceStatus.PRESENT, true),
                                row(newcomer, AttendanceStatus.ABSENT, true),
                                new AttendanceForm.Row(leader, AttendanceStatus.EXCUSED, false, false, false, "Ốm"))));

        var view = meetings.get(staff, july);
        assertThat(view.taken()).isTrue();
        assertThat(view.attendance())
                .filteredOn(r -> r.member().id() == newcomer)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(AttendanceStatus.ABSENT);
                    assertThat(r.spoke()).as("only those present can speak").isFalse();
                });
        var year = overview.memberYear(staff, settled, 2024);
        assertThat(year.meetingsListed()).isEqualTo(1);
        assertThat(year.present()).isEqualTo(1);
        assertThat(year.spoke()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.saveAttendance(staff, july, new AttendanceForm(version, List.of())))
                .isInstanceOf(vn.dangvu.shared.ConflictException.class);
    }

    @Test
    void shouldRefuseAttendanceBeforeTheMeetingIsHeld() {
        long planned = meetings.create(
                staff, commune.hamlet(0).id(), meeting(LocalDate.now().plusDays(10)));
        long version = meetings.get(staff, planned).version();
        assertThatThrownBy(() -> meetings.saveAttendance(staff, planned, new AttendanceForm(version, List.of())))
                .hasMessage("meeting.notYetHeld");
    }

    @Test
    void shouldShowLeadersWithoutDutyFirstAndCountThemInTheOverview() {
        duties.assign(
                staff, commune.hamlet(0).id(), 2024, new DutyForm(settled, null, "Dân vận", "Phụ trách tổ 3", null));
        long template = duties.activeTemplates().get(0).id();
        duties.assign(staff, commune.hamlet(0).id(), 2024, new DutyForm(newcomer, template, null, null, null));

        var page = duties.page(staff, commune.hamlet(0).id(), 2024);
        assertThat(page.members()).extracting(m -> m.member().id()).first().isEqualTo(leader);
        assertThat(page.withoutDuty()).isEqualTo(1);
        assertThat(page.members())
                .filteredOn(m -> m.member().id() == newcomer)
                .singleElement()
                .satisfies(m -> assertThat(m.duties())
                        .singleElement()
                        .satisfies(d -> assertThat(d.title())
                                .isEqualTo(demo.text("select title from duty_template where id = ?", template))));

        var figures = overview.overview(staff, commune.commune().id(), 2024, "leadersWithoutDuty");
        var hamlet = figures.stream()
                .filter(f -> f.branchId() == commune.hamlet(0).id())
                .findFirst()
                .orElseThrow();
        assertThat(hamlet.members()).isEqualTo(3);
        assertThat(hamlet.withoutDuty()).isEqualTo(1);
        assertThat(hamlet.leadersWithoutDuty()).isEqualTo(1);
    }

    @Test
    void shouldKeepASecretaryToTheirOwnBranchAndLeadersToReading() {
        Actor secretary = users.actor("bithu");
        long own = demo.unit("TH-TB-A1");
        long other = demo.unit("TH-TB-A2");
        assertThat(duties.page(secretary, own, 2025).members()).isNotEmpty();
        assertThatThrownBy(() -> duties.page(secretary, other, 2025)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.create(secretary, other, meeting(LocalDate.of(2025, 1, 5))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.create(users.actor("lanhdao"), own, meeting(LocalDate.of(2025, 1, 5))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> duties.assign(
                        users.actor("xa.tanhoco"),
                        own,
                        2025,
                        new DutyForm(demo.memberOf("TH-TB-A1"), null, "x", "y", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldCountALiaisonsCommentAsAVisit() {
        long july = meetings.create(staff, commune.hamlet(0).id(), meeting(LocalDate.of(2024, 7, 5)));
        Actor liaison = users.actor("lanhdao");
        assertThatThrownBy(() -> liaisons.comment(liaison, july, "Góp ý")).isInstanceOf(ForbiddenException.class);

        liaisons.assign(staff, liaison.userId(), commune.hamlet(0).id(), leader);
        liaisons.comment(liaison, july, "Đề nghị phân công nhiệm vụ cho đồng chí lãnh đạo xã.");

        var hamlet = overview.overview(staff, commune.commune().id(), 2024, null).stream()
                .filter(f -> f.branchId() == commune.hamlet(0).id())
                .findFirst()
                .orElseThrow();
        assertThat(hamlet.liaisonVisits()).isEqualTo(1);
        assertThat(liaisons.myBranches(liaison))
                .anySatisfy(b ->
                        assertThat(b.branch().id()).isEqualTo(commune.hamlet(0).id()));
    }

    @Test
    void shouldShowTheReportsWeaknessesInTheDemoDistrict() {
        int lastYear = LocalDate.now().getYear() - 1;
        var tanThanhB = overview.overview(staff, demo.unit("TH-TTB"), lastYear, null);
        assertThat(tanThanhB.stream()
                        .mapToLong(BranchWorkViews.BranchFigures::leadersWithoutDuty)
                        .sum())
                .isPositive();
        var tanThanhA = overview.overview(staff, demo.unit("TH-TTA"), lastYear, null);
        assertThat(tanThanhA.stream()
                        .mapToLong(BranchWorkViews.BranchFigures::directingTone)
                        .sum())
                .isPositive();
        var district = overview.overview(staff, null, lastYear, "liaisonVisits");
        assertThat(district).anySatisfy(f -> assertThat(f.liaisonVisits()).isZero());
        assertThat(district.get(0).liaisonVisits()).isPositive();
    }

    private List<Long> listed(long meetingId) {
        return meetings.get(staff, meetingId).attendance().stream()
                .map(r -> r.member().id())
                .toList();
    }

    private static MeetingForm meeting(LocalDate on) {
        return new MeetingForm(on, MeetingKind.REGULAR, "Sinh hoạt thường kỳ", null);
    }

    private static AttendanceForm.Row row(long member, AttendanceStatus status, boolean spoke) {
        return new AttendanceForm.Row(member, status, spoke, false, false, null);
    }
}
