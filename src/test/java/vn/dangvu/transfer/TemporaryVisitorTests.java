package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.UnitMembership;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * A member of a Party organisation outside the tree who comes to attend a branch here temporarily (issue 18,
 * item 1): recorded as a temporary transfer in, never registered as a member here, never counted; listed
 * apart on the host branch's list until the return.
 */
@IntegrationTest
class TemporaryVisitorTests extends DemoDistrictTest {

    private static final String ORIGIN = "Đảng bộ xã Tân Phú, tỉnh Đồng Nai";
    private static final LocalDate LETTER = LocalDate.of(2024, 3, 1);
    private static final LocalDate ARRIVED = LocalDate.of(2024, 3, 11);

    private final TransferService transfers;
    private final MemberService members;
    private final UnitMembership membership;

    @Autowired
    TemporaryVisitorTests(TransferService transfers, MemberService members, UnitMembership membership) {
        this.transfers = transfers;
        this.members = members;
        this.membership = membership;
    }

    /** A hamlet branch of a new commune with one member of its own, and its commune's official. */
    long host;

    String hostOfficial;

    @BeforeEach
    void aHostBranchWithOneMember() {
        var commune = fixtures.commune(1);
        fixtures.member("Trần Văn Chủ Nhà", commune.hamlet(0), null, null);
        host = commune.hamlet(0).id();
        hostOfficial = fixtures.account(staff, Role.COMMUNE_OFFICIAL, commune.commune());
    }

    @Test
    void shouldLetAVisitorAttendWithoutRegisteringOrCountingThemUntilTheyGoBack() throws Exception {
        long membersBefore = demo.count("select count(*) from member");
        long periodsBefore = demo.count("select count(*) from membership_period");
        assertThat(membership.activeMembers(host)).isEqualTo(1L);
        assertThat(listed()).containsExactly("Trần Văn Chủ Nhà null");

        MemberForm visitor = MemberForms.form("Phạm Thị Khách", host);
        long id = approvedVisit(visitor, TemporaryPurpose.WORK, LocalDate.of(2024, 11, 30));
        transfers.complete(staff, id, seen(id, ARRIVED));

        TransferDetails done = transfers.get(staff, id);
        assertThat(done.state()).isEqualTo(TransferState.COMPLETED);
        assertThat(done.kind()).isEqualTo(TransferKind.TEMPORARY);
        assertThat(done.direction()).isEqualTo(TransferDirection.IN);
        assertThat(done.memberId()).as("nobody was registered").isNull();
        assertThat(done.stay().away()).isTrue();
        assertThat(demo.count("select count(*) from member where id_number = ?", visitor.idNumber()))
                .isZero();
        assertThat(demo.count("select count(*) from member")).isEqualTo(membersBefore);
        assertThat(demo.count("select count(*) from membership_period")).isEqualTo(periodsBefore);

        // the host's totals are those of its own member alone, on every day of the stay
        assertThat(membership.activeMembers(host)).isEqualTo(1L);
        for (LocalDate day : List.of(ARRIVED.minusDays(1), ARRIVED, LocalDate.of(2024, 6, 1))) {
            assertThat(membership.membersByBranchOn(List.of(host), day))
                    .as("the host's total on %s", day)
                    .isEqualTo(Map.of(host, 1L));
        }
        assertThat(listed()).containsExactly("Trần Văn Chủ Nhà null");
        assertThat(visitors(staff)).containsExactly("Phạm Thị Khách " + ORIGIN + " 2024-03-11 2024-11-30");

        // the host's list shows the visitor apart, marked, with a link to the transfer, and counts one member
        Document list = Jsoup.parse(page(hostOfficial, "/members?branch=" + host));
        assertThat(list.select("[data-visitors] h2").text()).isEqualTo("Đảng viên nơi khác đến sinh hoạt tạm thời");
        assertThat(list.select("[data-visitors] li").eachText())
                .containsExactly(
                        "Phạm Thị Khách sinh hoạt tạm thời — " + ORIGIN + "; từ 11/03/2024, dự kiến đến 30/11/2024");
        assertThat(list.select("[data-visitors] a").attr("href")).isEqualTo("/transfers/" + id);
        assertThat(list.select("[data-stay=FROM_OUTSIDE]").text()).isEqualTo("sinh hoạt tạm thời");
        assertThat(list.text()).contains("1 đảng viên, trong đó 0 dự bị và 1 chính thức.");
        assertThat(list.select("table.table-members tbody tr").eachText())
                .singleElement()
                .asString()
                .startsWith("Trần Văn Chủ Nhà");
        // the commune's list without a branch chosen shows no visitors
        assertThat(Jsoup.parse(page(hostOfficial, "/members")).select("[data-visitors]"))
                .isEmpty();

        // the host records the extension and the return
        Actor official = users.actor(hostOfficial);
        assertThat(transfers.get(official, id).steps().extend()).isTrue();
        assertThat(transfers.get(official, id).steps().returned()).isTrue();
        transfers.extend(
                official,
                id,
                new StepForm(
                        version(id), "Gia hạn hợp đồng lao động", null, LocalDate.of(2025, 1, 31), null, null, null));
        assertThat(visitors(staff)).containsExactly("Phạm Thị Khách " + ORIGIN + " 2024-03-11 2025-01-31");
        transfers.returned(
                official,
                id,
                new StepForm(
                        version(id), null, null, null, LocalDate.of(2024, 12, 20), "Hoàn thành tốt nhiệm vụ", null));

        TransferDetails back = transfers.get(staff, id);
        assertThat(back.stay().away()).isFalse();
        assertThat(back.stay().returnComments()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(back.stay().extensions()).hasSize(1);
        assertThat(visitors(staff)).isEmpty();
        assertThat(Jsoup.parse(page(hostOfficial, "/members?branch=" + host)).select("[data-visitors]"))
                .isEmpty();
        assertThat(membership.activeMembers(host)).isEqualTo(1L);
        assertThat(demo.count("select count(*) from member")).isEqualTo(membersBefore);
        assertThat(jdbc.sql(
                                "select action from audit_event where entity_type = 'TRANSFER' and entity_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("CREATED", "PROPOSED", "APPROVED", "COMPLETED", "EXTENDED", "RETURNED");
    }

    @Test
    void shouldPrintNoLetterForAVisitor() throws Exception {
        long id = approvedVisit(
                MemberForms.form("Lý Văn Không Giấy", host), TemporaryPurpose.RESIDENCE, LocalDate.of(2024, 12, 31));

        assertThat(transfers.get(staff, id).hasLetter()).isFalse();
        assertThatThrownBy(() -> transfers.letter(staff, id)).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/transfers/{id}/letter", id).with(users.as("tochuc"))).andExpect(status().isNotFound());
        assertThat(transfers.letters(staff, List.of(id))).isEmpty();
        assertThat(demo.count("select count(*) from transfer where id = ? and register_number is not null", id))
                .isZero();
    }

    @Test
    void shouldRefuseAStayBeyondItsPurposesLimitAndKeepTheForm() throws Exception {
        MemberForm visitor = MemberForms.form("Ngô Văn Quá Hạn", host);
        // the letter of 01/03/2024: residence under a year (to 28/02/2025), study up to 2 years (01/03/2026)
        assertThat(problems(visit(visitor, TemporaryPurpose.RESIDENCE, LocalDate.of(2025, 3, 1))))
                .containsExactly("transfer.temporaryTooLong.RESIDENCE");
        assertThat(problems(visit(visitor, TemporaryPurpose.WORK, LocalDate.of(2024, 5, 31))))
                .containsExactly("transfer.temporaryTooShort");
        assertThat(problems(visit(visitor, TemporaryPurpose.STUDY, LocalDate.of(2026, 3, 1))))
                .isEmpty();
        assertThat(problems(visit(visitor, null, null))).containsExactly("transfer.temporaryPurposeRequired");
        assertThat(problems(new IncomingForm(
                        visitor, host, ORIGIN, "Chuyển nội bộ", null, LETTER, TransferKind.INTERNAL, null, null)))
                .containsExactly("transfer.incomingInternal");
        // an official transfer in names no stay
        assertThat(problems(new IncomingForm(visitor, host, ORIGIN, "Chuyển về quê", null, LETTER)))
                .isEmpty();

        String page = mvc.perform(postAs("tochuc", "/transfers/incoming")
                        .param("member.fullName", visitor.fullName())
                        .param("member.birthDate", "03/02/1980")
                        .param("member.gender", "MALE")
                        .param("member.idNumber", visitor.idNumber())
                        .param("member.admittedOn", "07/06/2005")
                        .param("member.group", visitor.group().name())
                        .param("member.status", "ACTIVE")
                        .param("toBranchId", String.valueOf(host))
                        .param("otherOrganisation", ORIGIN)
                        .param("reason", "Thay đổi nơi cư trú")
                        .param("letterDate", "01/03/2024")
                        .param("kind", "TEMPORARY")
                        .param("temporaryPurpose", "RESIDENCE")
                        .param("plannedEnd", "01/03/2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#plannedEnd-help .invalid-feedback").text())
                .isEqualTo("Thay đổi nơi cư trú dưới 1 năm mới chuyển sinh hoạt tạm thời; từ 1 năm trở lên thì chuyển"
                        + " chính thức.");
        assertThat(form.select("#plannedEnd").val()).isEqualTo("01/03/2025");
        assertThat(form.select("#kind option[selected]").val()).isEqualTo("TEMPORARY");
        assertThat(form.select("#temporaryPurpose option[selected]").val()).isEqualTo("RESIDENCE");
        assertThat(form.select("#otherOrganisation").val()).isEqualTo(ORIGIN);
        assertThat(form.select("[id='member.fullName']").val()).isEqualTo("Ngô Văn Quá Hạn");
        assertThat(demo.count("select count(*) from transfer where in_full_name = ?", "Ngô Văn Quá Hạn"))
                .isZero();
    }

    @Test
    void shouldHideTheVisitorFromAnotherCommunesOfficial() throws Exception {
        long id = approvedVisit(
                MemberForms.form("Đặng Thị Ở Nhờ", host), TemporaryPurpose.WORK, LocalDate.of(2024, 12, 31));
        transfers.complete(staff, id, seen(id, ARRIVED));
        String stranger = fixtures.account(
                staff, Role.COMMUNE_OFFICIAL, fixtures.commune(1).commune());

        assertThatThrownBy(() -> transfers.get(users.actor(stranger), id)).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/transfers/{id}", id).with(users.as(stranger))).andExpect(status().isNotFound());
        assertThat(visitors(users.actor(stranger))).isEmpty();
        // the host's own official reads it
        mvc.perform(get("/transfers/{id}", id).with(users.as(hostOfficial))).andExpect(status().isOk());
        assertThat(visitors(users.actor(hostOfficial))).hasSize(1);
    }

    /** A temporary transfer in of {@code visitor} to the host, from a letter of 01/03/2024. */
    private static IncomingForm visit(MemberForm visitor, TemporaryPurpose purpose, LocalDate plannedEnd) {
        return new IncomingForm(
                visitor,
                visitor.branchId(),
                ORIGIN,
                "Đến làm việc có thời hạn",
                "15-GGT",
                LETTER,
                TransferKind.TEMPORARY,
                purpose,
                plannedEnd);
    }

    /** {@link #visit}, received by the staff, proposed and approved. */
    private long approvedVisit(MemberForm visitor, TemporaryPurpose purpose, LocalDate plannedEnd) {
        long id = transfers.createIncoming(staff, visit(visitor, purpose, plannedEnd));
        transfers.propose(staff, id, seen(id, null));
        transfers.approve(staff, id, seen(id, null));
        return id;
    }

    /** A step on the transfer as last seen, taking effect on {@code on} (null for those that need no date). */
    private StepForm seen(long id, LocalDate on) {
        return new StepForm(version(id), null, on);
    }

    private long version(long id) {
        return transfers.get(staff, id).version();
    }

    private List<String> problems(IncomingForm form) {
        return transfers.problemsOfIncoming(staff, form).stream()
                .flatMap(e -> e.all().stream())
                .map(BusinessRuleException::messageKey)
                .toList();
    }

    /** The host branch's member list: name and stay of each row. */
    private List<String> listed() {
        return members.search(staff, new MemberSearch(null, null, host, null, null), 0).items().stream()
                .map(row -> row.fullName() + " " + row.stay())
                .toList();
    }

    /** The visitors from outside on the host branch's list, as the actor reads it. */
    private List<String> visitors(Actor actor) {
        return members.visitorsFromOutside(actor, new MemberSearch(null, null, host, null, null)).stream()
                .map(v -> v.fullName() + " " + v.origin() + " " + v.since() + " " + v.plannedEnd())
                .toList();
    }
}
