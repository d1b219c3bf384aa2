package vn.dangvu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.Violation;
import vn.dangvu.support.HandBuiltDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * Issue 17, item 4: a reorganisation is prepared (before its date if need be), previewed with every unit
 * it touches, its members and its problems, and committed in one transaction. The district is built by
 * hand under the demo root, as in {@link UnitHistoryTests}: communes A (branch A1, two members), B (B1,
 * one) and C (C1, one); the plan of 1/7/2025 makes a province, merges A and B into a new commune, moves C
 * under the province and ends the district.
 */
@IntegrationTest
class ReorganisationTests extends HandBuiltDistrictTest {

    @Autowired
    ReorganisationService reorganisations;

    ReorganisationTests() {
        super("RX", "Sắp Xếp");
    }

    @Autowired
    MemberLoader memberLoader;

    @Autowired
    CommitteeMemberships committees;

    @BeforeEach
    void membersSince2010() {
        addFourMembers();
    }

    private long prepare(LocalDate on) {
        return reorganisations.prepare(
                staff,
                new ReorganisationForm("Sắp xếp huyện " + n, on, "1-QĐ/TU", on.minusDays(20), "Tỉnh ủy Thử", null));
    }

    private static ReorganisationStepForm establish(
            String target, String code, String name, UnitKind kind, LevelRole level) {
        return new ReorganisationStepForm(ReorganisationStepKind.ESTABLISH, List.of(), target, name, code, kind, level);
    }

    private static ReorganisationStepForm step(ReorganisationStepKind kind, String target, Long... units) {
        return new ReorganisationStepForm(kind, List.of(units), target, null, null, null, null);
    }

    private long stepId(long reorganisation, int position) {
        return demo.count(
                "select id from reorganisation_step where reorganisation_id = ? and position = ?",
                reorganisation,
                position);
    }

    /** The plan of 1/7/2025: province, new commune, A and B merged into it, C moved, the district ended. */
    private long reformPlan(LocalDate on) {
        long id = prepare(on);
        reorganisations.addStep(
                staff,
                id,
                establish("u" + demo.unit("TH"), "RP" + n, "Tỉnh Thử " + n, UnitKind.PROVINCE, LevelRole.PROVINCE));
        long province = stepId(id, 1);
        reorganisations.addStep(
                staff,
                id,
                establish("s" + province, "RP" + n + "-N", "Xã Hợp Nhất", UnitKind.COMMUNE, LevelRole.GRASSROOTS));
        reorganisations.addStep(staff, id, step(ReorganisationStepKind.MERGE, "s" + stepId(id, 2), a.id(), b.id()));
        reorganisations.addStep(staff, id, step(ReorganisationStepKind.MOVE, "s" + province, c.id()));
        reorganisations.addStep(staff, id, step(ReorganisationStepKind.END, "s" + province, district.id()));
        return id;
    }

    private long version(long id) {
        return demo.count("select version from reorganisation where id = ?", id);
    }

    private long eventsOf(long reorganisation) {
        return demo.count("select count(*) from org_event where reorganisation_id = ?", reorganisation);
    }

    @Test
    void thePreviewListsEveryUnitTouchedBeforeAndAfterWithItsMembers() {
        long id = reformPlan(REFORM);

        ReorganisationPage page = reorganisations.page(staff, id);

        assertThat(page.problems()).isEmpty();
        assertThat(page.totalMembers()).isEqualTo(4);
        String province = "Tỉnh Thử " + n;
        String districtName = "Huyện Sắp Xếp " + n;
        assertThat(page.affected())
                .extracting(
                        ReorganisationPage.AffectedUnit::name,
                        u -> u.before() == null ? null : u.before().parentName(),
                        u -> u.after().parentName(),
                        u -> u.after().status(),
                        ReorganisationPage.AffectedUnit::membersBefore,
                        ReorganisationPage.AffectedUnit::membersAfter)
                .containsExactly(
                        tuple(province, null, "Đảng bộ huyện Tân Hồng", UnitStatus.ACTIVE, 0L, 4L),
                        tuple("Xã Hợp Nhất", null, province, UnitStatus.ACTIVE, 0L, 3L),
                        tuple("Chi bộ Ấp A1", "Xã A", "Xã Hợp Nhất", UnitStatus.ACTIVE, 2L, 2L),
                        tuple("Xã A", districtName, "Xã Hợp Nhất", UnitStatus.ENDED, 2L, 0L),
                        tuple("Chi bộ Ấp B1", "Xã B", "Xã Hợp Nhất", UnitStatus.ACTIVE, 1L, 1L),
                        tuple("Xã B", districtName, "Xã Hợp Nhất", UnitStatus.ENDED, 1L, 0L),
                        tuple("Xã C", districtName, province, UnitStatus.ACTIVE, 1L, 1L),
                        tuple(districtName, "Đảng bộ huyện Tân Hồng", province, UnitStatus.ENDED, 4L, 0L));
        assertThat(page.affected().get(7).after().levelRole()).isEqualTo(LevelRole.ABOVE_GRASSROOTS);
        assertThat(page.steps())
                .extracting(
                        ReorganisationPage.StepLine::kind,
                        ReorganisationPage.StepLine::units,
                        ReorganisationPage.StepLine::target)
                .containsExactly(
                        tuple(ReorganisationStepKind.ESTABLISH, "", "Đảng bộ huyện Tân Hồng"),
                        tuple(ReorganisationStepKind.ESTABLISH, "", province),
                        tuple(ReorganisationStepKind.MERGE, "Xã A, Xã B", "Xã Hợp Nhất"),
                        tuple(ReorganisationStepKind.MOVE, "Xã C", province),
                        tuple(ReorganisationStepKind.END, districtName, province));
        assertThat(page.may()).isEqualTo(new ReorganisationPage.May(true, true, true));
        // nothing was written: the preview only played the plan
        assertThat(organisation.find(a.id()).orElseThrow().status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void theCommitRunsEveryStepAndTheTreeOfEachDayFollows() {
        List<String> periodsBefore = periods();
        long id = reformPlan(REFORM);

        reorganisations.commit(staff, id, version(id));

        assertThat(periods()).isEqualTo(periodsBefore);
        assertThat(reorganisations.page(staff, id).reorganisation().state()).isEqualTo(ReorganisationState.COMMITTED);
        // five steps: two establishments, one merge, one move, one end
        assertThat(eventsOf(id)).isEqualTo(5);
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'REORGANISATION' and entity_id = ?"
                                + " order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "PREPARED", "STEP_ADDED", "STEP_ADDED", "STEP_ADDED", "STEP_ADDED", "STEP_ADDED", "COMMITTED");
        long merged = demo.count("select id from org_unit where code = ?", "RP" + n + "-N");
        long province = demo.count("select id from org_unit where code = ?", "RP" + n);
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'UNIT' and entity_id in (?, ?, ?)"
                                + " and action in ('MERGED', 'MOVED', 'ENDED') order by id")
                        .params(a.id(), c.id(), district.id())
                        .query(String.class)
                        .list())
                .containsExactly("MERGED", "MOVED", "ENDED");

        UnitNode dayBefore = organisation.treeOn(staff, district.id(), REFORM.minusDays(1));
        assertThat(dayBefore.members()).isEqualTo(4);
        assertThat(dayBefore.children())
                .extracting(node -> node.unit().name(), UnitNode::members)
                .containsExactly(tuple("Xã A", 2L), tuple("Xã B", 1L), tuple("Xã C", 1L));

        UnitNode reformDay = organisation.treeOn(staff, province, REFORM);
        assertThat(reformDay.members()).isEqualTo(4);
        assertThat(reformDay.children())
                .extracting(node -> node.unit().name(), node -> node.unit().status(), UnitNode::members)
                .containsExactly(
                        tuple("Xã C", UnitStatus.ACTIVE, 1L),
                        tuple("Xã Hợp Nhất", UnitStatus.ACTIVE, 3L),
                        tuple("Huyện Sắp Xếp " + n, UnitStatus.ENDED, 0L));
        UnitNode newCommune = reformDay.children().get(1);
        assertThat(newCommune.children())
                .extracting(node -> node.unit().name(), node -> node.unit().status())
                .containsExactly(
                        tuple("Chi bộ Ấp A1", UnitStatus.ACTIVE),
                        tuple("Chi bộ Ấp B1", UnitStatus.ACTIVE),
                        tuple("Xã A", UnitStatus.ENDED),
                        tuple("Xã B", UnitStatus.ENDED));
        assertThat(organisation.find(a1.id()).orElseThrow().parentId()).isEqualTo(merged);
    }

    @Test
    void theCommitEndsTheSeatsInTheCommitteesOfTheUnitsItEnds() {
        LocalDate term = LocalDate.of(2020, 10, 1);
        // Một: Xã A's committee, an earlier term (ended) and the current one (open); Hai: Xã A's key leader,
        // dated to last to 2026; Ba: the district's committee; Bốn: Xã C's, which is moved, not ended
        memberLoader.recordCommitteePeriod(
                members.get(0),
                a.id(),
                CommitteeRole.COMMITTEE_MEMBER,
                "2015–2020",
                LocalDate.of(2015, 10, 1),
                LocalDate.of(2020, 9, 30));
        memberLoader.recordCommitteePeriod(members.get(0), a.id(), CommitteeRole.SECRETARY, "2020–2025", term, null);
        memberLoader.recordCommitteePeriod(
                members.get(1), a.id(), CommitteeRole.KEY_LEADER, null, term, LocalDate.of(2026, 12, 31));
        memberLoader.recordCommitteePeriod(
                members.get(2), district.id(), CommitteeRole.COMMITTEE_MEMBER, "2020–2025", term, null);
        memberLoader.recordCommitteePeriod(
                members.get(3), c.id(), CommitteeRole.COMMITTEE_MEMBER, "2020–2025", term, null);
        long id = reformPlan(REFORM);

        reorganisations.commit(staff, id, version(id));

        assertThat(jdbc.sql("select member_id || ':' || unit_id || ':' || role || ':' || valid_from || ':'"
                                + " || coalesce(valid_to::text, '-') from committee_membership"
                                + " where member_id in (:members) order by member_id, valid_from")
                        .param("members", members)
                        .query(String.class)
                        .list())
                .containsExactly(
                        members.get(0) + ":" + a.id() + ":COMMITTEE_MEMBER:2015-10-01:2020-09-30",
                        members.get(0) + ":" + a.id() + ":SECRETARY:2020-10-01:2025-06-30",
                        members.get(1) + ":" + a.id() + ":KEY_LEADER:2020-10-01:2025-06-30",
                        members.get(2) + ":" + district.id() + ":COMMITTEE_MEMBER:2020-10-01:2025-06-30",
                        members.get(3) + ":" + c.id() + ":COMMITTEE_MEMBER:2020-10-01:-");
        // each seat ended is on its member's trail, by the staff who committed the reorganisation
        assertThat(jdbc.sql("select entity_id || ':' || username from audit_event where entity_type = 'MEMBER'"
                                + " and action = 'COMMITTEE_ENDED' and entity_id in (:members) order by entity_id")
                        .param("members", members)
                        .query(String.class)
                        .list())
                .containsExactly(members.get(0) + ":tochuc", members.get(1) + ":tochuc", members.get(2) + ":tochuc");
    }

    @Test
    void aSeatAboveABranchIsReadInTheTreeOfTheDayAsked() {
        LocalDate term = LocalDate.of(2020, 10, 1);
        // Bốn (of C1) sits on Xã C's committee, Một (of A1) on Xã A's; C1 moves under Xã A on 01/01/2024
        memberLoader.recordCommitteePeriod(
                members.get(3), c.id(), CommitteeRole.COMMITTEE_MEMBER, "2020–2025", term, null);
        memberLoader.recordCommitteePeriod(
                members.get(0), a.id(), CommitteeRole.COMMITTEE_MEMBER, "2020–2025", term, null);
        reorganiser.move(staff, new Reorganiser.Step(LocalDate.of(2024, 1, 1), Decision.NONE, null), c1.id(), a.id());
        String c1Today = organisation.find(c1.id()).orElseThrow().path();

        assertThat(committees.holdsSeatAbove(members.get(3), c1Today, LocalDate.of(2023, 6, 1)))
                .as("in 2023 Ấp C1 stood under Xã C")
                .isTrue();
        assertThat(committees.holdsSeatAbove(members.get(3), c1Today, LocalDate.of(2024, 6, 1)))
                .isFalse();
        assertThat(committees.holdsSeatAbove(members.get(0), c1Today, LocalDate.of(2023, 6, 1)))
                .isFalse();
        assertThat(committees.holdsSeatAbove(members.get(0), c1Today, LocalDate.of(2024, 6, 1)))
                .as("since 2024 Ấp C1 stands under Xã A")
                .isTrue();
    }

    @Test
    void aStepThatFailsUndoesTheStepsBeforeIt() {
        // a commune established after the reform takes the name the plan gives to its new commune: the tree
        // of 1/7/2025 did not have it, so only the Reorganiser's own check, at the commit, finds it
        reorganiser.establish(
                staff,
                new Reorganiser.Step(LocalDate.now(), Decision.NONE, null),
                "RX" + n + "-T",
                "Xã Trùng Tên",
                UnitKind.COMMUNE,
                LevelRole.GRASSROOTS,
                district.id());
        long id = prepare(REFORM);
        reorganisations.addStep(
                staff,
                id,
                new ReorganisationStepForm(
                        ReorganisationStepKind.RENAME, List.of(a.id()), null, "Xã A Mới", null, null, null));
        reorganisations.addStep(
                staff,
                id,
                establish(
                        "u" + district.id(), "RX" + n + "-T2", "Xã Trùng Tên", UnitKind.COMMUNE, LevelRole.GRASSROOTS));
        assertThat(reorganisations.page(staff, id).problems()).isEmpty();

        assertThatThrownBy(() -> reorganisations.commit(staff, id, version(id)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("unit.nameTaken");

        assertThat(organisation.find(a.id()).orElseThrow().name()).isEqualTo("Xã A");
        assertThat(demo.count("select count(*) from org_unit_version where unit_id = ?", a.id()))
                .isEqualTo(1);
        assertThat(eventsOf(id)).isZero();
        assertThat(demo.count("select count(*) from org_unit where code = ?", "RX" + n + "-T2"))
                .isZero();
        assertThat(reorganisations.page(staff, id).reorganisation().state()).isEqualTo(ReorganisationState.PREPARED);
    }

    @Test
    void aReorganisationIsPreparedAheadAndRefusedBeforeItsDate() {
        LocalDate later = LocalDate.now().plusDays(10);
        long id = prepare(later);
        reorganisations.addStep(
                staff,
                id,
                new ReorganisationStepForm(
                        ReorganisationStepKind.RENAME, List.of(a.id()), null, "Xã A Sau", null, null, null));

        ReorganisationPage page = reorganisations.page(staff, id);
        assertThat(page.reorganisation().beforeEffectiveDate()).isTrue();
        assertThat(page.problems()).isEmpty();
        assertThatThrownBy(() -> reorganisations.commit(staff, id, version(id)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("reorganisation.notYet");
        assertThat(organisation.find(a.id()).orElseThrow().name()).isEqualTo("Xã A");
    }

    @Test
    void thePreviewReportsEveryProblemAtOnce() {
        reorganiser.rename(
                staff, new Reorganiser.Step(LocalDate.of(2025, 9, 1), Decision.NONE, null), c.id(), "Xã C Mới");
        long id = prepare(REFORM);
        // the district ends with its communes still under it; C changed after 1/7/2025; B1's name is taken
        reorganisations.addStep(staff, id, step(ReorganisationStepKind.END, null, district.id()));
        reorganisations.addStep(
                staff,
                id,
                new ReorganisationStepForm(
                        ReorganisationStepKind.RENAME, List.of(c.id()), null, "Xã C2", null, null, null));
        reorganisations.addStep(
                staff,
                id,
                new ReorganisationStepForm(
                        ReorganisationStepKind.RENAME, List.of(b.id()), null, "xã a", null, null, null));

        assertThat(reorganisations.page(staff, id).problems())
                .extracting(Violation::code, v -> v.arguments())
                .containsExactlyInAnyOrder(
                        tuple("reorganisation.problem.nameTaken", List.of("xã a", "Huyện Sắp Xếp " + n)),
                        tuple(
                                "reorganisation.problem.activeUnitsLeft",
                                List.of("Huyện Sắp Xếp " + n, "Xã A, Xã B, Xã C")),
                        tuple("reorganisation.problem.laterChange", List.of("Xã C", "01/09/2025")));
        assertThatThrownBy(() -> reorganisations.commit(staff, id, version(id)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e ->
                        assertThat(((BusinessRuleException) e).violations()).hasSize(3));
    }

    @Test
    void hamletsMergedIntoOneBranchKeepTheirMembersPeriods() {
        List<String> periodsBefore = periods();
        UnitView a2 = loader.registerChild(a.id(), "RX" + n + "-A2", "Chi bộ Ấp A2", UnitKind.HAMLET);
        long id = prepare(REFORM);
        reorganisations.addStep(
                staff,
                id,
                establish("u" + a.id(), "RX" + n + "-A9", "Chi bộ Ấp A Mới", UnitKind.HAMLET, LevelRole.BRANCH));
        reorganisations.addStep(staff, id, step(ReorganisationStepKind.MERGE, "s" + stepId(id, 1), a1.id(), a2.id()));

        ReorganisationPage page = reorganisations.page(staff, id);
        assertThat(page.notes())
                .extracting(Violation::code, v -> v.arguments())
                .containsExactly(
                        tuple("reorganisation.note.branchMerged", List.of("Chi bộ Ấp A1", "Chi bộ Ấp A Mới")),
                        tuple("reorganisation.note.branchMerged", List.of("Chi bộ Ấp A2", "Chi bộ Ấp A Mới")));
        assertThat(page.affected())
                .extracting(ReorganisationPage.AffectedUnit::name, ReorganisationPage.AffectedUnit::membersAfter)
                .containsExactly(tuple("Chi bộ Ấp A Mới", 2L), tuple("Chi bộ Ấp A1", 2L), tuple("Chi bộ Ấp A2", 0L));

        reorganisations.commit(staff, id, version(id));

        assertThat(periods()).isEqualTo(periodsBefore);
        assertThat(organisation.find(a1.id()).orElseThrow().status()).isEqualTo(UnitStatus.ENDED);
        assertThat(jdbc.sql("select count(*) from transfer where member_id in (:members)")
                        .param("members", members)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyThoseWhoManageUnitsOfTheScopeReadAndChangeIt() throws Exception {
        long id = reformPlan(REFORM);
        Actor official = users.actor("xa.thongbinh");
        Actor otherStaff = new Actor(
                staff.userId(),
                "tochuc",
                "Cán bộ",
                Role.DISTRICT_STAFF,
                c.id(),
                organisation.find(c.id()).orElseThrow().path());

        assertThatThrownBy(() -> reorganisations.page(official, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reorganisations.page(otherStaff, id)).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/reorganisations").with(users.as("xa.thongbinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/reorganisations/{id}", id).with(users.as("xa.thongbinh")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reorganisations/{id}/commit", id)
                        .param("version", String.valueOf(version(id)))
                        .with(users.as("xa.thongbinh"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(eventsOf(id)).isZero();

        // a unit of another scope is an error beside the field, like any other
        long own = prepareAs(otherStaff);
        assertThatThrownBy(() -> reorganisations.addStep(
                        otherStaff, own, step(ReorganisationStepKind.MOVE, "u" + c.id(), a1.id())))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("unitIds", "reorganisation.step.unitOutOfScope")));
        // and only the staff of the top unit may establish a new top unit
        assertThatThrownBy(() -> reorganisations.addStep(
                        otherStaff, own, establish("", "RQ" + n, "Tỉnh Khác", UnitKind.PROVINCE, LevelRole.PROVINCE)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("target", "reorganisation.step.parentRequired")));
    }

    private long prepareAs(Actor actor) {
        return reorganisations.prepare(actor, new ReorganisationForm("Riêng " + n, REFORM, null, null, null, null));
    }

    @Test
    void theSameConfirmationSentTwiceCommitsOnce() throws Exception {
        long id = reformPlan(REFORM);
        String token = "lanhai" + n + "xxxxxxxxxxxxxxxx";

        for (int i = 0; i < 2; i++) {
            MvcResult answer = mvc.perform(post("/reorganisations/{id}/commit", id)
                            .param("version", String.valueOf(version(id) - i))
                            .param("formToken", token)
                            .with(users.as("tochuc"))
                            .with(csrf()))
                    .andReturn();
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(answer.getResponse().getRedirectedUrl()).startsWith("/reorganisations/" + id);
        }
        assertThat(eventsOf(id)).isEqualTo(5);
        // sent again without the token (another tab): refused, it is committed already
        assertThatThrownBy(() -> reorganisations.commit(staff, id, version(id)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("reorganisation.notPrepared.COMMITTED");
        assertThat(eventsOf(id)).isEqualTo(5);
    }

    @Test
    void thePagesShowThePreviewInVietnamese() throws Exception {
        long id = reformPlan(REFORM);

        String page = page("tochuc", "/reorganisations/{id}", id);
        assertThat(page)
                .contains("Hợp nhất Xã A, Xã B vào Xã Hợp Nhất")
                .contains("không cần giấy giới thiệu sinh hoạt đảng")
                .contains("Tổng số đảng viên đang sinh hoạt trong các đơn vị bị ảnh hưởng: 4.");
        mvc.perform(get("/reorganisations/{id}/commit", id).with(users.as("tochuc")))
                .andExpect(status().isOk());
        mvc.perform(get("/reorganisations/{id}/cancel", id).with(users.as("tochuc")))
                .andExpect(status().isOk());
        mvc.perform(get("/reorganisations/{id}/edit", id).with(users.as("tochuc")))
                .andExpect(status().isOk());
        mvc.perform(get("/reorganisations").with(users.as("tochuc"))).andExpect(status().isOk());
        mvc.perform(get("/reorganisations/new").with(users.as("tochuc"))).andExpect(status().isOk());

        // a cancellation needs its reason: the form comes back and keeps the plan
        mvc.perform(post("/reorganisations/{id}/cancel", id)
                        .param("reason", " ")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/reorganisations/{id}/cancel", id)
                        .param("reason", "Chờ quyết định mới")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reorganisations.page(staff, id).reorganisation())
                .extracting(ReorganisationPage.Summary::state, ReorganisationPage.Summary::cancelReason)
                .containsExactly(ReorganisationState.CANCELLED, "Chờ quyết định mới");
    }

    /**
     * The staff of a top unit establish the province above it: the plan may name the new root only when it
     * ends up holding their unit. A separate tree, built and undone inside this test's transaction.
     */
    @Test
    @Transactional
    void theStaffOfTheTopUnitEstablishTheProvinceAboveIt() {
        UnitView top = organisation.registerUnit(
                null, "RG" + n, "Huyện Gốc " + n, UnitKind.DISTRICT, LevelRole.ABOVE_GRASSROOTS, null, null);
        UnitView commune = loader.registerChild(top.id(), "RG" + n + "-X", "Xã Gốc", UnitKind.COMMUNE);
        Actor topStaff = new Actor(staff.userId(), "tochuc", "Cán bộ", Role.DISTRICT_STAFF, top.id(), top.path());
        long id = prepareAs(topStaff);
        reorganisations.addStep(
                topStaff, id, establish("", "RGP" + n, "Tỉnh Gốc " + n, UnitKind.PROVINCE, LevelRole.PROVINCE));
        assertThat(reorganisations.page(topStaff, id).problems())
                .extracting(Violation::code, v -> v.arguments())
                .containsExactly(
                        tuple("reorganisation.problem.rootMustHoldTop", List.of("Tỉnh Gốc " + n, "Huyện Gốc " + n)));
        String root = "s" + stepId(id, 1);
        reorganisations.addStep(topStaff, id, step(ReorganisationStepKind.MOVE, root, commune.id()));
        reorganisations.addStep(topStaff, id, step(ReorganisationStepKind.END, root, top.id()));
        assertThat(reorganisations.page(topStaff, id).problems()).isEmpty();

        reorganisations.commit(topStaff, id, version(id));

        UnitView province = organisation
                .find(demo.count("select id from org_unit where code = ?", "RGP" + n))
                .orElseThrow();
        assertThat(province.parentId()).isNull();
        assertThat(organisation.find(commune.id()).orElseThrow().path())
                .isEqualTo(province.path() + commune.id() + "/");
        assertThat(organisation.find(top.id()).orElseThrow())
                .extracting(UnitView::parentId, UnitView::status)
                .containsExactly(province.id(), UnitStatus.ENDED);
        // the staff's sign-in still holds their unit's old path: the page reads where it stands now
        ReorganisationPage committed = reorganisations.page(topStaff, id);
        assertThat(committed.reorganisation().state()).isEqualTo(ReorganisationState.COMMITTED);
        // until their account is scoped to the province, they read their own (ended) unit, not the province
        assertThat(committed.changedUnits()).extracting(UnitChoice::label).containsExactly("Huyện Gốc " + n);
    }
}
