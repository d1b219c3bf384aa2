package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.loading.BranchWorkLoader;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/** The loaders write what the forms would, and refuse what the forms refuse, leaving the same audit entries. */
@IntegrationTest
class LoadersTests extends DemoDistrictTest {

    @Autowired
    OrganisationLoader units;

    @Autowired
    AccountLoader accounts;

    @Autowired
    BranchWorkLoader branchWork;

    @Autowired
    EvaluationLoader evaluations;

    @Autowired
    MemberService members;

    Fixtures.Commune commune;
    long member;
    long elsewhere;

    @BeforeEach
    void setUp() {
        commune = fixtures.commune(2);
        member = fixtures.member("Tạ Văn Nạp", commune.hamlet(0), commune.hamlet(0), null);
        elsewhere = fixtures.member("Tạ Thị Khác", commune.hamlet(1), commune.hamlet(1), null);
    }

    @Test
    void shouldTrimAMeetingsTopicAndAuditTheMeetingAndItsAttendance() {
        long branch = commune.hamlet(0).id();
        long meeting = branchWork.recordMeeting(
                branch,
                new MeetingForm(LocalDate.of(2024, 3, 9), MeetingKind.REGULAR, "  Sinh hoạt   tháng ba  ", " "),
                List.of(new AttendanceForm.Row(member, AttendanceStatus.EXCUSED, true, true, false, "  ")),
                "demo");

        assertThat(demo.text("select topic from meeting where id = ?", meeting)).isEqualTo("Sinh hoạt   tháng ba");
        assertThat(demo.count("select count(*) from meeting where id = ? and resolution is null", meeting))
                .isEqualTo(1);
        assertThat(demo.count(
                        "select count(*) from attendance where meeting_id = ? and not spoke and not contributed and note is null",
                        meeting))
                .as("only those present speak")
                .isEqualTo(1);
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'UNIT' and entity_id = ? and username = 'system'"
                                + " and action in ('MEETING', 'ATTENDANCE')",
                        branch))
                .isEqualTo(2);
    }

    /**
     * A branch's meetings written together, as one by one: their ids in order, each attendance checked
     * against the members of its own day (Tạ Thị Mới attends from 01/06/2024), the liaison's comment and
     * the same audit entries. A batch with one meeting the rules refuse writes none of them.
     */
    @Test
    void shouldRecordABranchsMeetingsTogetherAsOneByOne() {
        long branch = commune.hamlet(0).id();
        long newcomer = fixtures.member("Tạ Thị Mới", commune.hamlet(1), commune.hamlet(0), null);
        members.moveToBranch(newcomer, branch, LocalDate.of(2024, 6, 1), null);
        long liaison = demo.account("lanhdao");

        List<Long> ids = branchWork.recordMeetings(
                branch,
                List.of(
                        planned(
                                LocalDate.of(2024, 5, 5),
                                "Tháng năm",
                                List.of(new AttendanceForm.Row(
                                        member, AttendanceStatus.PRESENT, true, false, false, null))),
                        new BranchWorkLoader.PlannedMeeting(
                                new MeetingForm(LocalDate.of(2024, 7, 5), MeetingKind.THEMATIC, "Tháng bảy", null),
                                List.of(
                                        new AttendanceForm.Row(member, AttendanceStatus.ABSENT, true, true, false, " "),
                                        new AttendanceForm.Row(
                                                newcomer, AttendanceStatus.PRESENT, false, true, false, null)),
                                List.of(new BranchWorkLoader.Guest(
                                        GuestKind.LIAISON, "Huyện ủy viên", liaison, "Đề nghị phân công tổ."))),
                        planned(LocalDate.now().plusDays(10), "Tháng tới", List.of())),
                "demo");

        assertThat(ids).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(ids.stream()
                        .map(id -> demo.text(
                                "select held_on || ' ' || kind || ' ' || topic from meeting where id = ?", id))
                        .toList())
                .containsExactly(
                        "2024-05-05 REGULAR Tháng năm",
                        "2024-07-05 THEMATIC Tháng bảy",
                        LocalDate.now().plusDays(10) + " REGULAR Tháng tới");
        assertThat(demo.text(
                        "select string_agg(status || ' ' || spoke || ' ' || contributed, ', ' order by member_id)"
                                + " from attendance where meeting_id = ?",
                        ids.get(1)))
                .as("only those present speak or contribute, as one by one")
                .isEqualTo("ABSENT false false, PRESENT false true");
        assertThat(List.of(
                        demo.count("select count(*) from attendance where meeting_id = ?", ids.get(0)),
                        demo.count("select count(*) from attendance where meeting_id = ?", ids.get(2)),
                        demo.count(
                                "select count(*) from meeting_guest where meeting_id = ? and user_id = ?",
                                ids.get(1),
                                liaison)))
                .containsExactly(1L, 0L, 1L);
        assertThat(demo.text(
                        "select string_agg(action || ' ' || coalesce(details, '-'), ' | ' order by id) from audit_event"
                                + " where entity_type = 'UNIT' and entity_id = ? and action in"
                                + " ('MEETING', 'ATTENDANCE', 'LIAISON_COMMENT')",
                        branch))
                .isEqualTo("MEETING 2024-05-05: Tháng năm | ATTENDANCE 2024-05-05"
                        + " | MEETING 2024-07-05: Tháng bảy | ATTENDANCE 2024-07-05 | LIAISON_COMMENT -"
                        + " | MEETING " + LocalDate.now().plusDays(10) + ": Tháng tới");

        assertThatThrownBy(() -> branchWork.recordMeetings(
                        branch,
                        List.of(
                                planned(LocalDate.of(2024, 8, 5), "Tháng tám", List.of()),
                                planned(
                                        LocalDate.of(2024, 5, 20),
                                        "Trước khi Mới đến",
                                        List.of(new AttendanceForm.Row(
                                                newcomer, AttendanceStatus.PRESENT, false, false, false, null)))),
                        "demo"))
                .as("someone who did not yet attend the branch that day")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> branchWork.recordMeetings(
                        branch, List.of(planned(LocalDate.of(2024, 9, 5), " ", List.of())), "demo"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(demo.count("select count(*) from meeting where branch_id = ?", branch))
                .isEqualTo(3);
    }

    private static BranchWorkLoader.PlannedMeeting planned(
            LocalDate on, String topic, List<AttendanceForm.Row> attendance) {
        return new BranchWorkLoader.PlannedMeeting(
                new MeetingForm(on, MeetingKind.REGULAR, topic, null), attendance, List.of());
    }

    @Test
    void shouldRefuseWhatTheMeetingFormsRefuse() {
        long branch = commune.hamlet(0).id();
        assertThatThrownBy(() -> branchWork.recordMeeting(
                        branch,
                        new MeetingForm(LocalDate.of(2024, 3, 9), MeetingKind.REGULAR, " ", null),
                        List.of(),
                        "demo"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> branchWork.recordMeeting(
                        branch,
                        new MeetingForm(LocalDate.of(2024, 3, 9), MeetingKind.REGULAR, "Họp", null),
                        List.of(new AttendanceForm.Row(elsewhere, AttendanceStatus.PRESENT, false, false, false, null)),
                        "demo"))
                .as("someone who does not attend the branch")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> branchWork.recordMeeting(
                        branch,
                        new MeetingForm(LocalDate.now().plusDays(7), MeetingKind.REGULAR, "Họp tới", null),
                        List.of(new AttendanceForm.Row(member, AttendanceStatus.PRESENT, false, false, false, null)),
                        "demo"))
                .as("attendance of a meeting not yet held")
                .isInstanceOf(BusinessRuleException.class);
        assertThat(demo.count("select count(*) from meeting where branch_id = ?", branch))
                .isZero();
    }

    @Test
    void shouldGiveDutiesOnlyWithATitleAndToThoseInTheBranch() {
        assertThatThrownBy(() -> giveDuty(member, " ")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> giveDuty(elsewhere, "Vận động")).isInstanceOf(NotFoundException.class);

        giveDuty(member, " Vận động hội viên ");

        assertThat(demo.text("select field || '|' || title || '|' || status from duty where member_id = ?", member))
                .isEqualTo("Dân vận|Vận động hội viên|DONE");
        assertThat(demo.count("select count(*) from duty where member_id in (?, ?)", member, elsewhere))
                .isEqualTo(1);
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'MEMBER' and entity_id = ?"
                                + " and action in ('DUTY_ASSIGNED', 'DUTY_DONE')",
                        member))
                .isEqualTo(2);
    }

    @Test
    void shouldRateThroughTheStagesOfTheEvaluation() {
        assertThatThrownBy(() -> evaluations.recordRating(member, 2023, Rating.FAIL))
                .as("a FAIL needs a reason")
                .isInstanceOf(BusinessRuleException.class);

        evaluations.recordRating(member, 2023, Rating.GOOD);

        assertThat(demo.text(
                        "select branch_rating || '|' || rating from member_rating where member_id = ? and year = 2023",
                        member))
                .isEqualTo("GOOD|GOOD");
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'MEMBER' and entity_id = ? and action = 'RATED'",
                        member))
                .isEqualTo(1);
    }

    @Test
    void shouldMakeUnitsAndAccountsUnderTheFormsRules() {
        UnitView hamlet = units.registerChild(commune.commune().id(), " fx-nap ", "Chi bộ Ấp Nạp", UnitKind.HAMLET);
        assertThat(hamlet.code()).isEqualTo("FX-NAP");
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'UNIT' and entity_id = ?"
                                + " and username = 'system' and action = 'CREATED'",
                        hamlet.id()))
                .isEqualTo(1);
        assertThatThrownBy(
                        () -> units.registerChild(commune.commune().id(), "FX-NAP-2", "CHI bộ Ấp Nạp", UnitKind.HAMLET))
                .as("an active sibling of the same name")
                .isInstanceOf(BusinessRuleException.class);

        assertThatThrownBy(() -> accounts.createSystemAccount(
                        "bithu.nap",
                        "mat-khau-dai",
                        "Bí thư",
                        Role.BRANCH_SECRETARY,
                        commune.commune().id()))
                .as("a branch secretary's scope is a branch")
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> accounts.createSystemAccount(
                        "bí thư", "mat-khau-dai", "Bí thư", Role.BRANCH_SECRETARY, hamlet.id()))
                .as("a username the form would refuse")
                .isInstanceOf(ConstraintViolationException.class);
        long account = accounts.createSystemAccount(
                "BiThu.Nap", "mat-khau-dai", " Bí thư Ấp Nạp ", Role.BRANCH_SECRETARY, hamlet.id());
        assertThat(demo.text("select username || '|' || full_name from app_user where id = ?", account))
                .isEqualTo("bithu.nap|Bí thư Ấp Nạp");
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'ACCOUNT' and entity_id = ? and action = 'CREATED'",
                        account))
                .isEqualTo(1);
    }

    /** A duty of 2024 in hamlet 0, done. */
    private void giveDuty(long to, String title) {
        branchWork.recordDuties(
                commune.hamlet(0).id(),
                2024,
                List.of(new BranchWorkLoader.AssignedDuty(to, " Dân vận ", title, DutyStatus.DONE)),
                "demo");
    }
}
