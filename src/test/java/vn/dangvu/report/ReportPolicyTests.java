package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.account.AccountPolicy;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;
import vn.dangvu.transfer.TransferPolicies;

class ReportPolicyTests {

    private final ReportPolicy policy =
            new ReportPolicy(new MemberPolicy(), new AccountPolicy(), TransferPolicies.policy());

    @ParameterizedTest(name = "{0} with a {1} scope: summary {2}, own branch {3}, add member {4}, accounts {5}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   DISTRICT, true,  false, true,  true
            DISTRICT_LEADER,  DISTRICT, true,  false, false, false
            COMMUNE_OFFICIAL, COMMUNE,  true,  false, true,  false
            BRANCH_SECRETARY, HAMLET,   false, true,  false, false
            BRANCH_SECRETARY, AGENCY,   false, true,  false, false
            """)
    void shouldDecideTheSummaryAndTheHomePageShortcuts(
            Role role, UnitKind scopeKind, boolean summary, boolean ownBranch, boolean addMember, boolean accounts) {
        var actor = Actors.of(role);
        UnitView scope = new UnitView(
                1,
                "S",
                "S",
                scopeKind,
                UnitStatus.ACTIVE,
                null,
                "/1/",
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.usualFor(scopeKind));
        assertThat(policy.mayReadSummary(actor)).isEqualTo(summary);
        assertThat(policy.mayOnHome(actor, scope))
                .isEqualTo(new ReportPolicy.HomeMay(ownBranch, summary, addMember, accounts));
    }

    @ParameterizedTest(name = "{0}: campaign figures link to the campaign pages: {1}")
    @EveryRole(allowed = {Role.DISTRICT_STAFF, Role.DISTRICT_LEADER})
    void shouldLinkTheCampaignFiguresOnlyForThoseWhoMayOpenTheCampaigns(Role role, boolean campaigns) {
        assertThat(policy.mayOnSummary(Actors.of(role))).isEqualTo(new ReportPolicy.SummaryMay(campaigns));
    }
}
