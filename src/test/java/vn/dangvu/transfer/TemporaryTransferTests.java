package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitMembership;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * Temporary transfers (issue 18, item 1): the official membership stays at the origin, the host gets a
 * temporary period beside it, and no figure that counts members ever counts the temporary one.
 */
@IntegrationTest
class TemporaryTransferTests extends DemoDistrictTest {

    @Autowired
    TransferService transfers;

    @Autowired
    MemberService members;

    @Autowired
    UnitMembership membership;

    @Autowired
    JdbcTemplate jdbc;

    Actor staff;
    Fixtures.Commune commune;

    @BeforeEach
    void setUp() {
        staff = users.actor("tochuc");
        commune = fixtures.commune(2);
    }

    @Test
    void shouldKeepBothBranchTotalsOnEveryDateOfATemporaryStayOutAndBack() {
        long origin = commune.hamlet(0).id();
        long host = commune.hamlet(1).id();
        long traveller = fixtures.member("Võ Văn Tạm Trú", commune.hamlet(0), null, null);
        long stayer = fixtures.member("Lê Thị Ở Nhà", commune.hamlet(0), null, null);
        long hostMember = fixtures.member("Trần Văn Chủ Nhà", commune.hamlet(1), null, null);
        long id =
                transfers.create(staff, temporary(traveller, host, TemporaryPurpose.WORK, LocalDate.of(2024, 11, 30)));
        step(id, "propose", new StepForm(version(id), null, null));
        step(id, "approve", new StepForm(version(id), null, null));
        step(id, "complete", new StepForm(version(id), null, LocalDate.of(2024, 3, 11)));

        // while away: still the origin's member, listed at the host as a temporary attendee
        assertThat(members.find(traveller).orElseThrow().branchId()).isEqualTo(origin);
        assertThat(membership.activeMembersByBranch(List.of(origin, host))).isEqualTo(Map.of(origin, 2L, host, 1L));
        assertThat(membership.activeMembers(host)).isEqualTo(1L);
        assertThat(stays(host)).containsExactly("Trần Văn Chủ Nhà null", "Võ Văn Tạm Trú VISITING");
        assertThat(stays(origin)).containsExactly("Lê Thị Ở Nhà null", "Võ Văn Tạm Trú AWAY");
        // a search of the host's list finds the visitor too (the term's matches are found in member_search)
        assertThat(members.search(staff, new MemberSearch("tam tru", null, host, null, null), 0).items().stream()
                        .map(row -> row.fullName() + " " + row.stay()))
                .containsExactly("Võ Văn Tạm Trú VISITING");
        assertThat(members.search(
                                staff, new MemberSearch(null, commune.commune().id(), null, null, null), 0)
                        .total())
                .as("the commune's member total counts official memberships only")
                .isEqualTo(3);
        assertThatThrownBy(() -> transfers.create(
                        officialOf(commune.commune()),
                        new TransferForm(traveller, TransferKind.INTERNAL, host, null, "Chuyển hẳn", null, null)))
                .hasMessageContaining("transfer.memberAway");

        step(
                id,
                "extend",
                new StepForm(version(id), "Gia hạn công tác", null, LocalDate.of(2025, 1, 31), null, null, null));
        assertThat(transfers.get(staff, id).stay().plannedEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(transfers.get(staff, id).stay().extensions())
                .extracting(TransferDetails.Extension::previousEnd, TransferDetails.Extension::plannedEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 1, 31)));
        step(
                id,
                "return",
                new StepForm(
                        version(id), null, null, null, LocalDate.of(2024, 9, 16), "Hoàn thành tốt nhiệm vụ", null));

        // every date, totals of official periods written out by hand: the host never counts the visitor
        Map<LocalDate, Map<Long, Long>> expected = Map.of(
                LocalDate.of(2024, 3, 10), Map.of(origin, 2L, host, 1L),
                LocalDate.of(2024, 3, 11), Map.of(origin, 2L, host, 1L),
                LocalDate.of(2024, 6, 1), Map.of(origin, 2L, host, 1L),
                LocalDate.of(2024, 9, 15), Map.of(origin, 2L, host, 1L),
                LocalDate.of(2024, 9, 16), Map.of(origin, 2L, host, 1L));
        expected.forEach((day, totals) -> assertThat(membership.membersByBranchOn(List.of(origin, host), day))
                .as("totals on %s", day)
                .isEqualTo(totals));
        // and who attended the host each day (its meetings' list): the visitor from 11/03 to 15/09
        assertThat(attending(host, LocalDate.of(2024, 3, 10))).containsExactly("Trần Văn Chủ Nhà");
        assertThat(attending(host, LocalDate.of(2024, 3, 11))).containsExactly("Trần Văn Chủ Nhà", "Võ Văn Tạm Trú");
        assertThat(attending(host, LocalDate.of(2024, 9, 15))).containsExactly("Trần Văn Chủ Nhà", "Võ Văn Tạm Trú");
        assertThat(attending(host, LocalDate.of(2024, 9, 16))).containsExactly("Trần Văn Chủ Nhà");
        assertThat(attending(origin, LocalDate.of(2024, 6, 1))).containsExactly("Lê Thị Ở Nhà", "Võ Văn Tạm Trú");
        assertThat(stays(host)).containsExactly("Trần Văn Chủ Nhà null");
        assertThat(stays(origin)).containsExactly("Lê Thị Ở Nhà null", "Võ Văn Tạm Trú null");
        assertThat(jdbc.queryForList(
                        "select kind || ' ' || started_on || ' ' || coalesce(cast(ended_on as varchar), 'open')"
                                + " from membership_period where member_id = ? order by id",
                        String.class,
                        traveller))
                .containsExactly("OFFICIAL 2010-01-01 open", "TEMPORARY 2024-03-11 2024-09-16");
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'TRANSFER' and entity_id = ?"
                                + " and action in ('EXTENDED', 'RETURNED')",
                        id))
                .isEqualTo(2);
        assertThat(stayer).isPositive();
        assertThat(hostMember).isPositive();
    }

    @Test
    void shouldAllowOneOpenOfficialAndOneOpenTemporaryPeriodPerMember() {
        long member = fixtures.member("Phan Văn Hai Nơi", commune.hamlet(0), null, null);
        jdbc.update(
                "insert into membership_period (id, member_id, branch_id, started_on, kind)"
                        + " values (nextval('membership_period_seq'), ?, ?, date '2024-01-01', 'TEMPORARY')",
                member,
                commune.hamlet(1).id());

        assertThatThrownBy(() -> jdbc.update(
                        "insert into membership_period (id, member_id, branch_id, started_on, kind)"
                                + " values (nextval('membership_period_seq'), ?, ?, date '2024-02-01', 'TEMPORARY')",
                        member,
                        commune.hamlet(1).id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_membership_period_open_temporary");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into membership_period (id, member_id, branch_id, started_on, kind)"
                                + " values (nextval('membership_period_seq'), ?, ?, date '2024-02-01', 'OFFICIAL')",
                        member,
                        commune.hamlet(1).id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_membership_period_open_official");
    }

    @Test
    void shouldRefuseStaysOutsideTheirPurposesBounds() {
        long member = fixtures.member("Hồ Văn Thời Hạn", commune.hamlet(0), null, null);
        long host = commune.hamlet(1).id();
        // the letter of 01/03/2024: residence or work under a year (to 28/02/2025), study up to 2 years (01/03/2026)
        assertThat(problems(temporary(member, host, TemporaryPurpose.WORK, LocalDate.of(2024, 5, 31))))
                .containsExactly("transfer.temporaryTooShort");
        assertThat(problems(temporary(member, host, TemporaryPurpose.RESIDENCE, LocalDate.of(2025, 3, 1))))
                .containsExactly("transfer.temporaryTooLong.RESIDENCE");
        assertThat(problems(temporary(member, host, TemporaryPurpose.RESIDENCE, LocalDate.of(2025, 2, 28))))
                .isEmpty();
        assertThat(problems(temporary(member, host, TemporaryPurpose.STUDY, LocalDate.of(2026, 3, 1))))
                .isEmpty();
        assertThat(problems(temporary(member, host, TemporaryPurpose.STUDY, LocalDate.of(2026, 3, 2))))
                .containsExactly("transfer.temporaryTooLong.STUDY");
        assertThat(problems(temporary(member, host, null, null))).containsExactly("transfer.temporaryPurposeRequired");
    }

    @Test
    void shouldKeepTheOfficialMembershipOnATemporaryStayOutsideTheTree() {
        long member = fixtures.member("Đoàn Văn Đi Xa", commune.hamlet(0), null, null);
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.TEMPORARY,
                        null,
                        "Đảng bộ phường Bến Nghé, TP Hồ Chí Minh",
                        "Đi học",
                        null,
                        LocalDate.of(2024, 3, 1),
                        null,
                        TemporaryPurpose.STUDY,
                        LocalDate.of(2025, 12, 31)));
        step(id, "propose", new StepForm(version(id), null, null));
        step(id, "approve", new StepForm(version(id), null, null));
        step(id, "complete", new StepForm(version(id), null, LocalDate.of(2024, 3, 4)));

        TransferDetails details = transfers.get(staff, id);
        assertThat(details.direction()).isEqualTo(TransferDirection.OUT);
        assertThat(details.otherOrganisation()).isEqualTo("Đảng bộ phường Bến Nghé, TP Hồ Chí Minh");
        MemberSummary after = members.find(member).orElseThrow();
        assertThat(after.status()).isEqualTo(vn.dangvu.member.MemberStatus.ACTIVE);
        assertThat(after.branchId()).isEqualTo(commune.hamlet(0).id());
        assertThat(stays(commune.hamlet(0).id())).containsExactly("Đoàn Văn Đi Xa AWAY");
        assertThat(details.steps().returned()).isTrue();
        step(id, "return", new StepForm(version(id), null, null, null, LocalDate.of(2025, 6, 30), "Học tập tốt", null));
        assertThat(stays(commune.hamlet(0).id())).containsExactly("Đoàn Văn Đi Xa null");
    }

    @Test
    void shouldRefuseAReturnWithoutTheHostsCommentsAndAnExtensionThatIsNotLater() throws Exception {
        long member = fixtures.member("Mai Văn Nhận Xét", commune.hamlet(0), null, null);
        long id = transfers.create(
                staff,
                temporary(member, commune.hamlet(1).id(), TemporaryPurpose.RESIDENCE, LocalDate.of(2024, 12, 31)));
        step(id, "propose", new StepForm(version(id), null, null));
        step(id, "approve", new StepForm(version(id), null, null));
        step(id, "complete", new StepForm(version(id), null, LocalDate.of(2024, 3, 11)));

        assertThatThrownBy(() -> step(
                        id, "return", new StepForm(version(id), null, null, null, LocalDate.of(2024, 9, 1), " ", null)))
                .hasMessageContaining("transfer.commentsRequired");
        assertThatThrownBy(() -> step(
                        id,
                        "extend",
                        new StepForm(version(id), "Thêm", null, LocalDate.of(2024, 12, 31), null, null, null)))
                .hasMessageContaining("transfer.extensionNotLater");
        assertThatThrownBy(() -> step(
                        id,
                        "return",
                        new StepForm(version(id), null, null, null, LocalDate.of(2024, 3, 10), "Tốt", null)))
                .hasMessageContaining("transfer.returnedBeforeStart");
        assertThat(transfers.get(staff, id).stay().away()).isTrue();

        // through the page: a date that is not a date is said, and the host's comments come back
        mvc.perform(post("/transfers/{id}/return", id)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("version", String.valueOf(version(id)))
                        .param("returnedOn", "31/02/2024")
                        .param("comments", "Gương mẫu, nhiệt tình"))
                .andExpect(redirectedUrl("/transfers/" + id))
                .andExpect(flash().attributeExists("flashError"))
                .andExpect(flash().attribute(
                                "typed",
                                new StepForm(version(id), null, null, null, null, "Gương mẫu, nhiệt tình", null)));
        assertThat(transfers.get(staff, id).stay().away()).isTrue();
    }

    private List<String> problems(TransferForm form) {
        return transfers.problems(staff, form).stream()
                .flatMap(e -> e.all().stream())
                .map(BusinessRuleException::messageKey)
                .toList();
    }

    private List<String> stays(long branch) {
        return members.search(staff, new MemberSearch(null, null, branch, null, null), 0).items().stream()
                .map(row -> row.fullName() + " " + row.stay())
                .sorted()
                .toList();
    }

    private List<String> attending(long branch, LocalDate day) {
        return members.inBranchDuring(branch, day, day).stream()
                .map(MemberSummary::fullName)
                .sorted()
                .toList();
    }

    private void step(long id, String step, StepForm form) {
        switch (step) {
            case "propose" -> transfers.propose(staff, id, form);
            case "approve" -> transfers.approve(staff, id, form);
            case "complete" -> transfers.complete(staff, id, form);
            case "extend" -> transfers.extend(staff, id, form);
            case "return" -> transfers.returned(staff, id, form);
            default -> throw new IllegalArgumentException(step);
        }
    }

    private long version(long id) {
        return transfers.get(staff, id).version();
    }

    private static TransferForm temporary(long member, long host, TemporaryPurpose purpose, LocalDate plannedEnd) {
        return new TransferForm(
                member,
                TransferKind.TEMPORARY,
                host,
                null,
                "Đi công tác",
                null,
                LocalDate.of(2024, 3, 1),
                null,
                purpose,
                plannedEnd);
    }
}
