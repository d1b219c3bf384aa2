package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Violation;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * A member's Party life by the procedures of the member page: leaving the Party, exemptions, probation and
 * cards, each with its rules and refusals. In the demo district (before the reform) the district is the
 * committee directly above the communes, which are the grassroots organisations.
 */
@IntegrationTest
class MemberLifeTests extends DemoDistrictTest {

    @Autowired
    MemberLifeService life;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisation;

    @Autowired
    EvaluationService evaluations;

    Actor staff;
    Actor commune;
    UnitView hamlet;

    @BeforeEach
    void setUp() {
        staff = users.actor("tochuc");
        commune = users.actor("xa.thongbinh");
        hamlet = organisation.createBranch(
                staff,
                new BranchForm(
                        demo.unit("TH-TB"),
                        "LIFE-" + System.nanoTime() % 1_000_000,
                        "Ấp Đời Sống " + System.nanoTime() % 1_000_000,
                        UnitKind.HAMLET));
    }

    private long member(String name) {
        return members.create(staff, MemberForms.form(name, hamlet.id()));
    }

    private long probationary(String name, LocalDate admitted) {
        return members.create(staff, MemberForms.admitted(name, hamlet.id(), admitted, null, admitted));
    }

    /** A leaving decided by the district (Huyện ủy) on the day it takes effect, with no ground written. */
    private LeavingForm decided(long id, LeftReason reason, LocalDate on, String number) {
        return new LeavingForm(reason, null, on, number, on, "Huyện ủy", version(id));
    }

    /** An exemption for another reason resolved by the commune on 02/01/2026, from 05/01/2026. */
    private static ExemptionForm otherReasonUntil(LocalDate endsOn) {
        return new ExemptionForm(
                ExemptionKind.OTHER,
                "Đi làm ăn xa",
                "3-NQ/ĐU",
                LocalDate.of(2026, 1, 2),
                "Đảng ủy xã Thông Bình",
                LocalDate.of(2026, 1, 5),
                endsOn);
    }

    /** The district's recognition (45-QĐ/HU of 20/06/2026) as a full member from {@code fullMemberOn}. */
    private RecognitionForm recognisedFrom(long id, LocalDate fullMemberOn) {
        return new RecognitionForm(
                ProbationOutcome.RECOGNISED,
                fullMemberOn,
                null,
                "45-QĐ/HU",
                LocalDate.of(2026, 6, 20),
                "Huyện ủy Tân Hồng",
                version(id));
    }

    /** The district's refusal (50-QĐ/HU of 20/05/2026) to recognise the member, on {@code ground}. */
    private RecognitionForm notRecognised(long id, String ground) {
        return new RecognitionForm(
                ProbationOutcome.NOT_RECOGNISED,
                null,
                ground,
                "50-QĐ/HU",
                LocalDate.of(2026, 5, 20),
                "Huyện ủy Tân Hồng",
                version(id));
    }

    private long version(long id) {
        return demo.count("select version from member where id = ?", id);
    }

    private static List<String> fields(List<BusinessRuleException> problems) {
        return problems.stream()
                .flatMap(p -> p.violations().stream())
                .map(v -> v.field() + ":" + v.code())
                .toList();
    }

    // ---- leaving ----

    @Test
    void shouldRemoveAMemberFromTheListClosingEveryOpenPeriodInOneStep() {
        long id = member("Lê Văn Xóa Tên");
        LeavingForm form = new LeavingForm(
                LeftReason.REMOVED,
                "Bỏ sinh hoạt 3 tháng trong năm không có lý do",
                LocalDate.of(2026, 3, 1),
                "125-QĐ/HU",
                LocalDate.of(2026, 2, 25),
                "Huyện ủy Tân Hồng",
                version(id));

        life.leave(staff, id, form);

        assertThat(demo.text("select status || ' ' || left_reason || ' ' || left_on from member where id = ?", id))
                .isEqualTo("LEFT REMOVED 2026-03-01");
        assertThat(demo.count("select count(*) from membership_period where member_id = ? and ended_on is null", id))
                .isZero();
        assertThat(demo.text("select ended_on::text from membership_period where member_id = ?", id))
                .isEqualTo("2026-03-01");
        assertThat(demo.text(
                        "select ground || ' | ' || decision_number || ' | ' || decision_on || ' | ' || decided_by"
                                + " from member_leaving where member_id = ?",
                        id))
                .isEqualTo(
                        "Bỏ sinh hoạt 3 tháng trong năm không có lý do | 125-QĐ/HU | 2026-02-25 | Huyện ủy Tân Hồng");
        assertThat(demo.text(
                        "select string_agg(action, ',' order by id) from audit_event"
                                + " where entity_type = 'MEMBER' and entity_id = ?",
                        id))
                .isEqualTo("CREATED,LEFT");
        // the page says it, and offers nothing more
        MemberPage page = members.page(staff, id);
        assertThat(page.member().life().leaving().reason()).isEqualTo(LeftReason.REMOVED);
        assertThat(page.may().leave()).isFalse();
        assertThat(page.may().exempt()).isFalse();
        // the list of those who attend leaves them out; the list of those who left shows them
        assertThat(members.search(staff, new MemberSearch(null, null, hamlet.id(), null, null), 0)
                        .items())
                .extracting(MemberRow::id)
                .doesNotContain(id);
        assertThat(members.search(staff, new MemberSearch(null, null, hamlet.id(), null, MemberStatus.LEFT), 0)
                        .items())
                .extracting(MemberRow::id)
                .containsExactly(id);
        // a second leaving is refused
        assertThatThrownBy(() -> life.leavingPage(staff, id)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void shouldReportEveryBrokenRuleOfALeavingAtOnceAndWriteNothing() {
        long id = member("Lê Văn Thiếu Căn Cứ");
        LeavingForm form = new LeavingForm(
                LeftReason.REMOVED,
                " ",
                LocalDate.of(2004, 1, 1),
                "",
                LocalDate.of(2004, 1, 2),
                "Huyện ủy",
                version(id));

        assertThat(fields(life.problemsOfLeaving(staff, id, form)))
                .containsExactlyInAnyOrder(
                        "ground:leaving.groundRequired",
                        "decisionNumber:leaving.decisionRequired",
                        "leftOn:leaving.beforeAdmission",
                        "decisionOn:leaving.beforeAdmission",
                        "leftOn:leaving.beforePeriodStart");
        assertThatThrownBy(() -> life.leave(staff, id, form)).isInstanceOf(BusinessRuleException.class);
        assertThat(demo.text("select status from member where id = ?", id)).isEqualTo("ACTIVE");
        assertThat(demo.count("select count(*) from member_leaving where member_id = ?", id))
                .isZero();
        assertThat(demo.count("select count(*) from membership_period where member_id = ? and ended_on is null", id))
                .isEqualTo(1);
    }

    @Test
    void shouldLetACommuneOfficialRecordADeathButNotDecideARemovalResignationOrExpulsion() {
        long id = member("Lê Văn Từ Trần");
        assertThat(life.leavingPage(commune, id).kinds()).containsExactly(LeftReason.DECEASED);
        assertThat(life.leavingPage(staff, id).kinds())
                .containsExactly(LeftReason.REMOVED, LeftReason.RESIGNED, LeftReason.EXPELLED, LeftReason.DECEASED);
        // each is offered their own committee as the deciding body
        assertThat(life.leavingPage(staff, id).suggestedBody()).isEqualTo("Huyện ủy Tân Hồng");
        assertThat(life.leavingPage(commune, id).suggestedBody()).isEqualTo("Đảng ủy xã Thông Bình");

        LeavingForm resign = decided(id, LeftReason.RESIGNED, LocalDate.of(2026, 1, 5), "7-QĐ/HU");
        assertThatThrownBy(() -> life.leave(commune, id, resign)).isInstanceOf(ForbiddenException.class);
        // a death is reported, not decided: no number needed
        life.leave(
                commune,
                id,
                new LeavingForm(
                        LeftReason.DECEASED,
                        null,
                        LocalDate.of(2026, 1, 5),
                        "",
                        LocalDate.of(2026, 1, 6),
                        "Đảng ủy xã Thông Bình",
                        version(id)));
        assertThat(demo.text("select left_reason from member where id = ?", id)).isEqualTo("DECEASED");
        // a branch secretary writes no member, whatever the scope; another commune's official does not see this one
        assertThatThrownBy(() -> life.leavingPage(users.actor("bithu"), member("Lê Văn Khác")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> life.leavingPage(users.actor("xa.tanhoco"), member("Lê Văn Xa")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldNotCallATransferOutALeaving() {
        long id = member("Lê Văn Chuyển Đi");
        LeavingForm form = decided(id, LeftReason.TRANSFERRED_OUT, LocalDate.of(2026, 1, 5), "1");
        assertThatThrownBy(() -> life.leave(staff, id, form)).isInstanceOf(ForbiddenException.class);
    }

    // ---- exemption ----

    @Test
    void shouldKeepAnExemptionForAnotherReasonWithinTwelveMonthsAndWithoutOverlap() {
        long id = member("Trần Thị Miễn");
        ExemptionForm noEnd = otherReasonUntil(null);
        ExemptionForm tooLong = otherReasonUntil(LocalDate.of(2027, 1, 5));
        assertThat(fields(life.problemsOfExemption(commune, id, noEnd)))
                .containsExactly("endsOn:exemption.endRequired");
        assertThat(fields(life.problemsOfExemption(commune, id, tooLong))).containsExactly("endsOn:exemption.tooLong");

        ExemptionForm year = otherReasonUntil(LocalDate.of(2027, 1, 4));
        long exemption = life.exempt(commune, id, year);

        ExemptionForm overlapping = new ExemptionForm(
                ExemptionKind.AGE_HEALTH,
                null,
                "1-NQ/CB",
                LocalDate.of(2026, 6, 1),
                "Chi bộ",
                LocalDate.of(2026, 6, 1),
                null);
        assertThat(fields(life.problemsOfExemption(commune, id, overlapping)))
                .containsExactly("startsOn:exemption.overlaps");

        // exempt on a day inside, not on a day before: a meeting of that day lists them as exempt
        assertThat(statusOn(id, LocalDate.of(2026, 3, 10))).isEqualTo(MemberStatus.EXEMPT);
        assertThat(statusOn(id, LocalDate.of(2025, 12, 10))).isEqualTo(MemberStatus.ACTIVE);
        // and they stay in the member total
        assertThat(demo.count(
                        "select count(*) from membership_period where branch_id = ? and ended_on is null", hamlet.id()))
                .isEqualTo(1);

        long back = life.returnFrom(commune, exemption, new ExemptionReturnForm(LocalDate.of(2026, 5, 1), 0L));
        assertThat(back).isEqualTo(id);
        assertThat(statusOn(id, LocalDate.of(2026, 4, 30))).isEqualTo(MemberStatus.EXEMPT);
        assertThat(statusOn(id, LocalDate.of(2026, 5, 1))).isEqualTo(MemberStatus.ACTIVE);
        assertThat(demo.text(
                        "select string_agg(action, ',' order by id) from audit_event"
                                + " where entity_type = 'MEMBER' and entity_id = ?",
                        id))
                .isEqualTo("CREATED,EXEMPTED,EXEMPTION_ENDED");
    }

    @Test
    void shouldLeaveAnExemptMemberOutOfTheYearsRatings() {
        long id = member("Trần Văn Không Xếp Loại");
        life.exempt(
                staff,
                id,
                new ExemptionForm(
                        ExemptionKind.AGE_HEALTH,
                        "Tuổi cao",
                        "2-NQ/CB",
                        LocalDate.of(2025, 3, 1),
                        "Chi bộ Ấp",
                        LocalDate.of(2025, 3, 1),
                        null));
        var page = evaluations.page(staff, hamlet.id(), 2025);
        assertThat(page.exempt()).extracting(MemberSummary::id).containsExactly(id);
        assertThat(page.rows()).isEmpty();
        // before the exemption began, the member was rated as anyone
        assertThat(evaluations.page(staff, hamlet.id(), 2024).rows()).hasSize(1);
    }

    private MemberStatus statusOn(long id, LocalDate day) {
        return members.inBranchDuring(hamlet.id(), day, day).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow()
                .status();
    }

    // ---- probation ----

    @Test
    void shouldListProbationsEndingInAWindowAndRecordRecognition() {
        long id = probationary("Phạm Văn Dự Bị", LocalDate.of(2025, 6, 10));
        assertThat(life.probationEnding(staff, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), 0)
                        .items())
                .extracting(MemberLifeService.ProbationRow::id, MemberLifeService.ProbationRow::probationEnds)
                .contains(org.assertj.core.groups.Tuple.tuple(id, LocalDate.of(2026, 6, 10)));
        assertThat(life.probationEnding(staff, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), 0)
                        .items())
                .extracting(MemberLifeService.ProbationRow::id)
                .doesNotContain(id);
        // another commune's official does not see them
        assertThat(life.probationEnding(
                                users.actor("xa.tanhoco"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), 0)
                        .items())
                .extracting(MemberLifeService.ProbationRow::id)
                .doesNotContain(id);
        assertThat(members.page(staff, id).member().life().probationary()).isTrue();

        // the committee above the grassroots decides; a commune official may not
        assertThatThrownBy(() -> life.recognitionPage(commune, id)).isInstanceOf(ForbiddenException.class);
        RecognitionForm early = recognisedFrom(id, LocalDate.of(2026, 6, 9));
        assertThat(fields(life.problemsOfRecognition(staff, id, early)))
                .containsExactly("fullMemberOn:probation.beforeEnd");
        RecognitionForm recognised = recognisedFrom(id, LocalDate.of(2026, 6, 10));
        life.recordOutcome(staff, id, recognised);
        assertThat(demo.text(
                        "select full_member_on || ' ' || full_member_decision || ' ' || full_member_decided_by"
                                + " from member where id = ?",
                        id))
                .isEqualTo("2026-06-10 45-QĐ/HU Huyện ủy Tân Hồng");
        assertThat(members.page(staff, id).member().life().probationary()).isFalse();
        assertThat(life.recognitionPage(staff, id).member().fullMemberOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(fields(life.problemsOfRecognition(staff, id, recognised)))
                .containsExactly("null:probation.alreadyFull");
    }

    @Test
    void shouldRemoveAMemberNotRecognisedAsAFullMember() {
        long id = probationary("Phạm Văn Không Đạt", LocalDate.of(2025, 5, 2));
        RecognitionForm noGround = notRecognised(id, "");
        assertThat(fields(life.problemsOfRecognition(staff, id, noGround)))
                .containsExactly("ground:leaving.groundRequired");
        life.recordOutcome(staff, id, notRecognised(id, "Không đủ tư cách"));
        assertThat(demo.text("select status || ' ' || left_reason || ' ' || left_on from member where id = ?", id))
                .isEqualTo("LEFT REMOVED 2026-05-20");
        assertThat(demo.count("select count(*) from membership_period where member_id = ? and ended_on is null", id))
                .isZero();
        assertThat(demo.text(
                        "select action from audit_event where entity_type = 'MEMBER' and entity_id = ?"
                                + " order by id desc limit 1",
                        id))
                .isEqualTo("NOT_RECOGNISED");
    }

    // ---- cards ----

    @Test
    void shouldKeepTheOldCardNumberWhenANewCardIsIssued() {
        MemberForm f = MemberForms.form("Võ Văn Thẻ", hamlet.id());
        String oldNumber = "T" + f.idNumber().substring(4);
        long id = members.create(staff, MemberForms.edit(f, d -> d.partyCardNumber = oldNumber));
        assertThat(demo.text(
                        "select number || ' ' || kind || ' ' || coalesce(replaced_on::text, '-')"
                                + " from party_card where member_id = ?",
                        id))
                .isEqualTo(oldNumber + " RECORDED -");

        String newNumber = "N" + f.idNumber().substring(4);
        assertThat(fields(life.problemsOfCard(
                        staff,
                        id,
                        new PartyCardForm(
                                PartyCardKind.RENEWAL_2025, oldNumber, LocalDate.of(2025, 10, 1), null, version(id)))))
                .containsExactly("number:card.sameAsCurrent");
        life.issueCard(
                staff,
                id,
                new PartyCardForm(PartyCardKind.RENEWAL_2025, newNumber, LocalDate.of(2025, 10, 1), "", version(id)));

        assertThat(demo.text("select party_card_number from member where id = ?", id))
                .isEqualTo(newNumber);
        assertThat(demo.text(
                        "select string_agg(number || ' ' || kind || ' ' || coalesce(replaced_on::text, '-'), ' | '"
                                + " order by id) from party_card where member_id = ?",
                        id))
                .isEqualTo(oldNumber + " RECORDED 2025-10-01 | " + newNumber + " RENEWAL_2025 -");
        // the old number stays taken
        long other = member("Võ Văn Khác Thẻ");
        assertThat(fields(life.problemsOfCard(
                        staff,
                        other,
                        new PartyCardForm(
                                PartyCardKind.FIRST, oldNumber, LocalDate.of(2025, 10, 1), null, version(other)))))
                .containsExactly("number:member.partyCardTaken");
        // a correction through the member form mends the current number, not the history
        MemberForm edit = members.editForm(staff, id);
        String mended = newNumber + "A";
        members.update(staff, id, MemberForms.edit(edit, d -> {
            d.partyCardNumber = mended;
            d.joinedBranchOn = null;
            d.status = null;
        }));
        assertThat(demo.text("select string_agg(number, ' | ' order by id) from party_card where member_id = ?", id))
                .isEqualTo(oldNumber + " | " + mended);
    }

    static Violation v(String field, String code) {
        return Violation.of(field, code);
    }
}
