package vn.dangvu.report;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.account.AccountPolicy;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.Role;
import vn.dangvu.transfer.TransferPolicy;

/**
 * Who reads the leaders' summary, and what the home page offers. The summary covers the user's own scope
 * of communes and branches; a branch secretary's scope is one branch, which has its own pages instead.
 * The home page's shortcuts are the other modules' rules, asked here.
 */
@Component
@RequiredArgsConstructor
public class ReportPolicy implements MenuContributor {

    private final MemberPolicy members;
    private final AccountPolicy accounts;
    private final TransferPolicy transfers;

    public boolean mayReadSummary(Actor actor) {
        return !actor.is(Role.BRANCH_SECRETARY) && !actor.is(Role.MEMBER);
    }

    public void requireReadSummary(Actor actor) {
        if (!mayReadSummary(actor)) {
            throw new ForbiddenException();
        }
    }

    /** Which pages behind the summary's figures the actor may open, so that no figure leads to a refusal. */
    public SummaryMay mayOnSummary(Actor actor) {
        return new SummaryMay(transfers.mayReadCampaigns(actor));
    }

    /** {@code campaigns}: the campaign pages, which only district roles read. */
    public record SummaryMay(boolean campaigns) {}

    /** The home page's shortcuts for an actor whose scope is {@code scope}. */
    public HomeMay mayOnHome(Actor actor, UnitView scope) {
        return new HomeMay(
                scope.kind().isBranch(),
                mayReadSummary(actor),
                members.mayWrite(actor),
                accounts.mayManageAccounts(actor));
    }

    /**
     * {@code ownBranch}: the scope is one branch, whose work pages come first; read the summary; add a
     * member; manage accounts.
     */
    public record HomeMay(boolean ownBranch, boolean summary, boolean addMember, boolean manageAccounts) {}

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return mayReadSummary(actor)
                ? List.of(new MenuItem(MenuGroup.REPORTS, 10, "nav.summary", "/reports/summary"))
                : List.of();
    }
}
