package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

@IntegrationTest
class MemberServiceTests extends DemoDistrictTest {

    private static final AtomicLong SERIAL = new AtomicLong();

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisation;

    Actor thongBinh;
    UnitView hamlet;
    UnitView otherHamlet;

    @BeforeEach
    void setUp() {
        thongBinh = users.actor("xa.thongbinh");
        long commune = demo.unit("TH-TB");
        String suffix = String.valueOf(SERIAL.incrementAndGet());
        hamlet = organisation.createBranch(
                staff, new BranchForm(commune, "T-A" + suffix, "Ấp Thử " + suffix, UnitKind.HAMLET));
        otherHamlet = organisation.createBranch(
                staff, new BranchForm(commune, "T-B" + suffix, "Ấp Khác " + suffix, UnitKind.HAMLET));
    }

    @Test
    void shouldOpenExactlyOnePeriodWhenAMemberIsCreated() {
        long id = members.create(thongBinh, MemberForms.form("Nguyễn Văn Thử", hamlet.id()));

        MemberDetails details = members.get(thongBinh, id);
        assertThat(details.periods()).hasSize(1);
        assertThat(details.periods().get(0).open()).isTrue();
        assertThat(details.branch().id()).isEqualTo(hamlet.id());
    }

    @Test
    void shouldCloseTheOldPeriodAndOpenTheNewOneOnAMove() {
        long id = members.create(staff, MemberForms.form("Trần Thị Chuyển", hamlet.id()));

        members.moveToBranch(id, otherHamlet.id(), LocalDate.of(2024, 3, 1), null);

        MemberDetails details = members.get(staff, id);
        assertThat(details.periods()).hasSize(2);
        assertThat(details.periods().get(0).endedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(details.periods().get(1).open()).isTrue();
        assertThat(details.periods().get(1).branch().id()).isEqualTo(otherHamlet.id());
        assertThat(openPeriods(id)).isEqualTo(1);
        assertThatThrownBy(() -> members.moveToBranch(id, otherHamlet.id(), LocalDate.of(2024, 4, 1), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("member.alreadyInBranch");
    }

    @Test
    void shouldLetTheDatabaseRefuseASecondOpenPeriod() {
        long id = members.create(staff, MemberForms.form("Lê Văn Hai Nơi", hamlet.id()));

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into membership_period (id, member_id, branch_id, started_on)
                        values (nextval('membership_period_seq'), ?, ?, date '2024-01-01')""").params(id, otherHamlet.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_membership_period_open");
        assertThat(openPeriods(id)).isEqualTo(1);
    }

    @Test
    void shouldRefuseADuplicateIdNumberAndKeepTheFirstMember() {
        MemberForm first = MemberForms.form("Phạm Văn Một", hamlet.id());
        members.create(staff, first);
        MemberForm second = MemberForms.withIdNumber(MemberForms.form("Phạm Văn Hai", hamlet.id()), first.idNumber());

        assertThatThrownBy(() -> members.create(staff, second))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("member.idNumberTaken");
                    assertThat(e.field()).isEqualTo("idNumber");
                });
        assertThat(demo.count("select count(*) from member where id_number = ?", first.idNumber()))
                .isEqualTo(1);
    }

    /** Issue 16, item 5: another commune's member is received by a transfer, and the lookup is audited. */
    @Test
    void shouldLeadACommuneOfficialToATransferForAnIdNumberOfAnotherCommuneAndAuditTheLookup() {
        String elsewhere = demo.text("select id_number from member where id = ?", demo.memberOf("TH-THC-A1"));
        MemberForm form = MemberForms.withIdNumber(MemberForms.form("Trần Văn Khác", hamlet.id()), elsewhere);

        assertThat(violations(() -> members.create(thongBinh, form)))
                .containsExactly("idNumber:member.idNumberOtherScope");

        // kept though the refused request was rolled back: who, the ID number, when (the column's default)
        assertThat(demo.text(
                        "select username || ' ' || entity_type || ' ' || entity_id || ' ' || details"
                                + " from audit_event where action = 'ID_NUMBER_OTHER_SCOPE' and details = ?"
                                + " and occurred_at > now() - interval '1 minute' order by id desc limit 1",
                        "member form: " + elsewhere))
                .isEqualTo("xa.thongbinh UNIT " + demo.unit("TH-TB") + " member form: " + elsewhere);
        assertThat(demo.count("select count(*) from member where id_number = ?", elsewhere))
                .isEqualTo(1);
    }

    @Test
    void shouldSayAlreadyRegisteredForAnIdNumberOfTheOfficialsOwnCommuneWithoutAuditingIt() {
        String inside = demo.text("select id_number from member where id = ?", demo.memberOf("TH-TB-A1"));
        MemberForm form = MemberForms.withIdNumber(MemberForms.form("Trần Văn Trùng", hamlet.id()), inside);

        assertThat(violations(() -> members.create(thongBinh, form))).containsExactly("idNumber:member.idNumberTaken");
        assertThat(demo.count("select count(*) from audit_event where details like ?", "%" + inside))
                .isZero();
    }

    @Test
    void shouldRefuseFullMembershipBeforeAdmissionAndAdmissionBeforeEighteen() {
        MemberForm base = MemberForms.form("Đỗ Thị Ngày", hamlet.id());
        MemberForm fullBefore = MemberForms.edit(base, d -> {
            d.admittedOn = LocalDate.of(2010, 5, 1);
            d.fullMemberOn = LocalDate.of(2010, 4, 1);
            d.position = null;
            d.workplace = null;
            d.joinedBranchOn = LocalDate.of(2010, 5, 1);
        });
        MemberForm tooYoung = MemberForms.edit(base, d -> {
            d.birthDate = LocalDate.of(2000, 1, 1);
            d.admittedOn = LocalDate.of(2017, 1, 1);
            d.fullMemberOn = null;
            d.position = null;
            d.workplace = null;
            d.joinedBranchOn = LocalDate.of(2017, 1, 1);
        });

        assertThatThrownBy(() -> members.create(staff, fullBefore)).hasMessage("member.fullBeforeAdmission");
        assertThatThrownBy(() -> members.create(staff, tooYoung)).hasMessage("member.tooYoungAtAdmission");
        assertThat(demo.count("select count(*) from member where id_number = ?", base.idNumber()))
                .isZero();
    }

    @Test
    void shouldReportEveryBrokenRuleAtOnce() {
        MemberForm first = MemberForms.form("Vũ Văn Đầu", hamlet.id());
        members.create(staff, first);
        MemberForm wrong = new MemberForm(
                "",
                LocalDate.of(2000, 1, 1),
                Gender.FEMALE,
                first.idNumber(),
                "thẻ sai!",
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2016, 1, 1),
                MemberGroup.RETIRED,
                null,
                null,
                hamlet.id(),
                LocalDate.of(2016, 6, 1),
                demo.unit("TH-TB-QS"),
                MemberStatus.ACTIVE,
                null);

        assertThat(violations(() -> members.create(staff, wrong)))
                .containsExactlyInAnyOrder(
                        "fullName:NotBlank",
                        "partyCardNumber:Pattern",
                        "fullMemberOn:member.fullBeforeAdmission",
                        "admittedOn:member.tooYoungAtAdmission",
                        "joinedBranchOn:member.joinedBeforeAdmission",
                        "residenceBranchId:member.residenceNotHamlet",
                        "idNumber:member.idNumberTaken");
    }

    @Test
    void shouldRefuseAResidenceThatIsNotAHamletOrQuarter() {
        MemberForm base = MemberForms.form("Bùi Văn Cư", hamlet.id());
        MemberForm agencyResidence = MemberForms.edit(base, d -> {
            d.fullMemberOn = null;
            d.position = null;
            d.workplace = null;
            d.residenceBranchId = demo.unit("TH-TB-QS");
        });

        assertThatThrownBy(() -> members.create(staff, agencyResidence)).hasMessage("member.residenceNotHamlet");
    }

    @Test
    void shouldHideAnotherCommunesMemberAndForbidLeadersToWrite() {
        long id = members.create(staff, MemberForms.form("Hồ Văn Phạm Vi", hamlet.id()));

        assertThatThrownBy(() -> members.get(users.actor("xa.tanhoco"), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.editForm(users.actor("xa.tanhoco"), id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.create(users.actor("lanhdao"), MemberForms.form("Ai Đó", hamlet.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> members.create(users.actor("xa.tanhoco"), MemberForms.form("Ai Đó", hamlet.id())))
                .hasMessage("member.branchOutOfScope");
    }

    @Test
    void shouldRefuseAStaleEdit() {
        long id = members.create(staff, MemberForms.form("Ngô Văn Cũ", hamlet.id()));
        MemberForm opened = members.editForm(staff, id);
        members.update(staff, id, opened);

        assertThatThrownBy(() -> members.update(staff, id, opened)).isInstanceOf(ConflictException.class);
    }

    private long openPeriods(long memberId) {
        return demo.count("select count(*) from membership_period where member_id = ? and ended_on is null", memberId);
    }

    /** The broken rules a refused write reports, each as "field:code"; the write must be refused. */
    private static List<String> violations(ThrowingCallable write) {
        BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class, write);
        assertThat(refused).as("refused with a BusinessRuleException").isNotNull();
        return refused.violations().stream()
                .map(v -> v.field() + ":" + v.code())
                .toList();
    }
}
