package vn.dangvu.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberService;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.IntegrationTest;

/**
 * Every role against every kind of page, on a record in its own scope and on one outside it: reads of
 * another scope answer 404, writes a role may never do answer 403, whatever the scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTests {

    enum Page {
        MEMBER_VIEW,
        MEMBER_EDIT_FORM,
        MEMBER_UPDATE,
        UNIT_VIEW,
        UNIT_RENAME,
        UNIT_DISSOLVE_FORM,
        BRANCH_NEW_FORM,
        ACCOUNT_VIEW,
        TRANSFER_VIEW,
        TRANSFER_NEW_FORM,
        CAMPAIGN_VIEW,
        DUTIES_VIEW,
        DUTY_ASSIGN,
        MEETINGS_VIEW,
        EVALUATIONS_VIEW,
        SUMMARY_VIEW,
        CONCERNS_VIEW,
        MEETING_VIEW,
        AUDIT_VIEW
    }

    /** A place in the demo district: a branch, its commune and the account scoped to it. */
    record Target(String branchCode, String communeCode, String account) {}

    static final Target TB_A1 = new Target("TH-TB-A1", "TH-TB", "bithu");
    static final Target TB_A2 = new Target("TH-TB-A2", "TH-TB", "xa.thongbinh");
    static final Target THC_A1 = new Target("TH-THC-A1", "TH-THC", "xa.tanhoco");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

    @Autowired
    MemberService members;

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        addRows(rows, "tochuc", Role.DISTRICT_STAFF, TB_A1, true);
        addRows(rows, "tochuc", Role.DISTRICT_STAFF, THC_A1, true);
        addRows(rows, "lanhdao", Role.DISTRICT_LEADER, TB_A2, true);
        addRows(rows, "lanhdao", Role.DISTRICT_LEADER, THC_A1, true);
        addRows(rows, "xa.thongbinh", Role.COMMUNE_OFFICIAL, TB_A2, true);
        addRows(rows, "xa.thongbinh", Role.COMMUNE_OFFICIAL, THC_A1, false);
        addRows(rows, "xa.tanhoco", Role.COMMUNE_OFFICIAL, THC_A1, true);
        addRows(rows, "xa.tanhoco", Role.COMMUNE_OFFICIAL, TB_A2, false);
        addRows(rows, "bithu", Role.BRANCH_SECRETARY, TB_A1, true);
        addRows(rows, "bithu", Role.BRANCH_SECRETARY, TB_A2, false);
        return rows.stream();
    }

    private static void addRows(List<Arguments> rows, String user, Role role, Target target, boolean own) {
        for (Page page : Page.values()) {
            rows.add(Arguments.of(user, page, target, own, expected(role, page, own)));
        }
    }

    private static int expected(Role role, Page page, boolean own) {
        int notFound = 404;
        return switch (page) {
            case MEMBER_VIEW, UNIT_VIEW -> own ? 200 : notFound;
            case MEMBER_EDIT_FORM -> role.canWriteMembers() ? (own ? 200 : notFound) : 403;
            case MEMBER_UPDATE -> role.canWriteMembers() ? (own ? 302 : notFound) : 403;
            case UNIT_RENAME -> role.canManageUnits() ? (own ? 302 : notFound) : 403;
            case UNIT_DISSOLVE_FORM -> role.canManageUnits() ? (own ? 200 : notFound) : 403;
            // a new branch goes under the target's commune, which a branch secretary does not cover
            case BRANCH_NEW_FORM -> role.canManageUnits() ? (own ? 200 : notFound) : 403;
            case ACCOUNT_VIEW -> role.canManageAccounts() ? (own ? 200 : notFound) : 403;
            case TRANSFER_VIEW -> own ? 200 : notFound;
            case TRANSFER_NEW_FORM -> role.canWriteMembers() ? (own ? 200 : notFound) : 403;
            // campaigns span communes: only district roles read them
            case CAMPAIGN_VIEW -> role == Role.DISTRICT_STAFF || role == Role.DISTRICT_LEADER ? 200 : 403;
            case DUTIES_VIEW, MEETINGS_VIEW, EVALUATIONS_VIEW -> own ? 200 : notFound;
            // branch work is written by the branch, the commune and district staff; leaders only read
            case DUTY_ASSIGN -> !own ? notFound : role == Role.DISTRICT_LEADER ? 403 : 302;
            // the summary covers the user's own scope; branch secretaries have none
            case SUMMARY_VIEW -> role == Role.BRANCH_SECRETARY ? 403 : 200;
            case CONCERNS_VIEW -> 200;
            case MEETING_VIEW -> own ? 200 : notFound;
            // the audit trail is district staff's, who cover the whole district
            case AUDIT_VIEW -> role == Role.DISTRICT_STAFF ? 200 : 403;
        };
    }

    @ParameterizedTest(name = "{0} {1} on {2} (own scope: {3}) answers {4}")
    @MethodSource("matrix")
    void shouldAnswerByRoleAndScope(String user, Page page, Target target, boolean own, int expectedStatus)
            throws Exception {
        mvc.perform(request(page, target).with(users.as(user)).with(csrf())).andExpect(status().is(expectedStatus));
    }

    private MockHttpServletRequestBuilder request(Page page, Target target) {
        long member = demo.memberOf(target.branchCode());
        long branch = demo.unit(target.branchCode());
        return switch (page) {
            case MEMBER_VIEW -> get("/members/{id}", member);
            case MEMBER_EDIT_FORM -> get("/members/{id}/edit", member);
            case MEMBER_UPDATE -> memberUpdate(member);
            case UNIT_VIEW -> get("/units/{id}", branch);
            case UNIT_RENAME ->
                post("/units/{id}/rename", branch)
                        .param("name", demo.text("select name from org_unit where id = ?", branch))
                        .param(
                                "version",
                                String.valueOf(demo.count("select version from org_unit where id = ?", branch)));
            case UNIT_DISSOLVE_FORM -> get("/units/{id}/dissolve", branch);
            case BRANCH_NEW_FORM -> get("/units/new").param("parent", String.valueOf(demo.unit(target.communeCode())));
            case ACCOUNT_VIEW -> get("/accounts/{id}", demo.account(target.account()));
            case TRANSFER_VIEW -> get("/transfers/{id}", demo.transferInto(target.branchCode()));
            case TRANSFER_NEW_FORM -> get("/transfers/new").param("member", String.valueOf(member));
            case CAMPAIGN_VIEW -> get("/campaigns/{id}", demo.count("select min(id) from campaign"));
            case DUTIES_VIEW -> get("/branches/{id}/duties", branch);
            case MEETINGS_VIEW -> get("/branches/{id}/meetings", branch);
            case EVALUATIONS_VIEW -> get("/branches/{id}/evaluations", branch);
            case SUMMARY_VIEW -> get("/reports/summary");
            case CONCERNS_VIEW -> get("/concerns");
            case MEETING_VIEW -> get("/meetings/{id}", demo.meetingOf(target.branchCode()));
            case AUDIT_VIEW -> get("/audit/MEMBER/{id}", member);
            case DUTY_ASSIGN ->
                post("/branches/{id}/duties", branch)
                        .param("year", String.valueOf(java.time.LocalDate.now().getYear()))
                        .param("memberId", String.valueOf(member))
                        .param("field", "Dân vận")
                        .param("title", "Phụ trách tổ nhân dân tự quản");
        };
    }

    private MockHttpServletRequestBuilder memberUpdate(long id) {
        MemberForm form = members.editForm(users.actor("tochuc"), id);
        MockHttpServletRequestBuilder request = post("/members/{id}", id)
                .param("fullName", form.fullName())
                .param("birthDate", LocalDateFormatter.DISPLAY.format(form.birthDate()))
                .param("gender", form.gender().name())
                .param("idNumber", form.idNumber())
                .param("admittedOn", LocalDateFormatter.DISPLAY.format(form.admittedOn()))
                .param("group", form.group().name())
                .param("status", form.status().name())
                .param("version", String.valueOf(form.version()));
        if (form.fullMemberOn() != null) {
            request.param("fullMemberOn", LocalDateFormatter.DISPLAY.format(form.fullMemberOn()));
        }
        request.param("partyCardNumber", form.partyCardNumber() == null ? "" : form.partyCardNumber())
                .param("position", form.position() == null ? "" : form.position())
                .param("workplace", form.workplace() == null ? "" : form.workplace())
                .param("communeCommittee", String.valueOf(form.communeCommittee()))
                .param("keyLeader", String.valueOf(form.keyLeader()))
                .param("districtCommittee", String.valueOf(form.districtCommittee()));
        if (form.residenceBranchId() != null) {
            request.param("residenceBranchId", String.valueOf(form.residenceBranchId()));
        }
        return request;
    }
}
