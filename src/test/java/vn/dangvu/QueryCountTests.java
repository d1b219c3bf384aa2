package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;
import vn.dangvu.support.StatementCounter;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;

/**
 * Each page runs the same number of SQL statements however much data it shows (no N+1). The bounds
 * include the two or three statements of the session store (Spring Session JDBC) on each request.
 */
@IntegrationTest
class QueryCountTests extends DemoDistrictTest {

    @Autowired
    StatementCounter statements;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisation;

    @Autowired
    DirectiveService directives;

    @Autowired
    CampaignService campaigns;

    @Test
    void shouldListMembersWithAFixedNumberOfStatements() throws Exception {
        long many = count(get("/members"));
        long filtered =
                count(get("/members").param("group", "NON_REGULAR_POLICE").param("page", "1"));
        assertThat(many).isEqualTo(filtered).isLessThanOrEqualTo(9);

        long none = count(get("/members").param("q", "khong-co-ai-ten-nay"));
        long some = count(get("/members").param("q", "nguyễn"));
        assertThat(some)
                .as("a search reads its page and count in one statement")
                .isEqualTo(none)
                .isEqualTo(many - 1);
    }

    @Test
    void shouldShowAMemberWithAFixedNumberOfStatementsWhateverTheirHistory() throws Exception {
        Actor staff = users.actor("tochuc");
        UnitView first = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "Q-A", "Ấp Đếm Một", UnitKind.HAMLET));
        UnitView second = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "Q-B", "Ấp Đếm Hai", UnitKind.HAMLET));
        UnitView third = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "Q-C", "Ấp Đếm Ba", UnitKind.HAMLET));
        long settled = members.create(staff, MemberForms.form("Lâm Văn Ở Yên", first.id()));
        long mover = members.create(staff, MemberForms.form("Lâm Văn Chuyển Nhiều", first.id()));
        members.moveToBranch(mover, second.id(), LocalDate.of(2020, 1, 1), null);
        members.moveToBranch(mover, third.id(), LocalDate.of(2022, 1, 1), null);

        // each page once before counting: the caches of units and rules then hold what both pages read, so
        // what the tests before this one left in them cannot count as history (seen: 18 and 20 after the
        // backup and letter tests, 18 and 18 alone)
        count(get("/members/{id}", settled));
        count(get("/members/{id}", mover));
        long one = count(get("/members/{id}", settled));
        long three = count(get("/members/{id}", mover));
        // 10 before issue 18 (the footer names the user's own body, issue 17); +1 the member's leaving,
        // exemptions and cards in one union, +3 for a writer: the level roles of today name the committee
        // that decides a leaving or a probation's outcome
        // +4 (issue 20): the page's dues note reads the member's stays, category, the rates and payments
        assertThat(three).isEqualTo(one).isLessThanOrEqualTo(18);
    }

    @Test
    void shouldDrawTheTreeWithAFixedNumberOfStatements() throws Exception {
        // each reader's tree once before counting: the caches of each reader's unit and its level then hold
        // what the page reads, whichever test ran before (seen: 6 and 8 when this class ran first)
        statementsOf(get("/units").with(users.as("xa.thongbinh")));
        statementsOf(get("/units").with(users.as("tochuc")));
        long commune = statementsOf(get("/units").with(users.as("xa.thongbinh")));
        long district = statementsOf(get("/units").with(users.as("tochuc")));
        assertThat(district).isEqualTo(commune).isLessThanOrEqualTo(7);
    }

    @Test
    void shouldShowBranchWorkWithAFixedNumberOfStatementsWhateverTheScope() throws Exception {
        // each reader's view once before counting, as for the tree: the unit caches then hold what it reads
        statementsOf(get("/branchwork").with(users.as("xa.thongbinh")));
        statementsOf(get("/branchwork").with(users.as("tochuc")));
        long commune = statementsOf(get("/branchwork").with(users.as("xa.thongbinh")));
        long district = statementsOf(get("/branchwork").with(users.as("tochuc")));
        assertThat(district)
                .as("the figures and the meetings missed of all the branches in scope, one statement each")
                .isEqualTo(commune)
                .isLessThanOrEqualTo(6);
    }

    @Test
    void shouldPrintACampaignsLettersWithAFixedNumberOfStatements() throws Exception {
        long one = campaignOf(1);
        long three = campaignOf(3);

        long forOne = count(get("/campaigns/{id}/letters", one));
        long forThree = count(get("/campaigns/{id}/letters", three));
        assertThat(forThree)
                .as("the letters are read together, not one by one")
                .isEqualTo(forOne)
                // +4 (issue 20): the dues ledgers of all the letters' members, as of the letters' day
                .isLessThanOrEqualTo(20);
    }

    /** A campaign of a new commune's agency branch with {@code members} members, proposed: one letter each. */
    private long campaignOf(int members) {
        Actor staff = users.actor("tochuc");
        Fixtures.Commune commune = fixtures.commune(1);
        for (int i = 0; i < members; i++) {
            fixtures.member(
                    "Hồ Văn Thư " + i,
                    commune.agency(),
                    commune.hamlet(0),
                    LocalDate.now().getYear() - 1);
        }
        String code = commune.commune().code();
        long directive = directives.register(
                staff, new DirectiveForm(code + "-HD/BTCTU", LocalDate.now(), "Ban Tổ chức", "Chuyển về ấp", null));
        long campaign = campaigns.create(
                staff,
                new CampaignForm(
                        directive,
                        "Đợt thư " + code,
                        LocalDate.now().plusDays(30),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        List.of(commune.commune().id())));
        campaigns.proposeAll(staff, campaign);
        return campaign;
    }

    private long count(MockHttpServletRequestBuilder request) throws Exception {
        return statementsOf(request.with(users.as("tochuc")));
    }

    private long statementsOf(MockHttpServletRequestBuilder request) throws Exception {
        statements.reset();
        mvc.perform(request).andExpect(status().isOk());
        return statements.count();
    }
}
