package vn.dangvu.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.BranchWorkOverview;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;

/**
 * The figures on each role's home page, all within the actor's scope: the units and members of a
 * district or commune; for a branch secretary, whose scope is one branch, that branch's year instead.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardService {

    private final OrganisationService organisation;
    private final MemberService members;
    private final BranchWorkOverview branchWork;
    private final ReportPolicy policy;

    public Dashboard forActor(Actor actor) {
        UnitView scope = organisation.get(actor, actor.scopeUnitId());
        long attending = members.search(actor, MemberSearch.all(), 0).total();
        long probationary = members.probationary(actor, MemberSearch.all());
        ReportPolicy.HomeMay may = policy.mayOnHome(actor, scope);
        if (scope.kind().isBranch()) {
            int year = LocalDate.now().getYear();
            BranchWorkViews.BranchFigures figures = branchWork.overview(actor, null, year, null).stream()
                    .filter(f -> f.branchId() == scope.id())
                    .findFirst()
                    .orElse(new BranchWorkViews.BranchFigures(scope.id(), scope.name(), null, 0, 0, 0, 0, 0, 0, 0));
            BranchWorkViews.MeetingsDue due = branchWork.due(actor, scope.id(), LocalDate.now());
            return new Dashboard(scope, attending, probationary, 0, 0, 0, new BranchYear(year, figures, due), may);
        }
        List<UnitView> units = organisation.subtreeOfKinds(actor.scope(), EnumSet.allOf(UnitKind.class), false);
        long activeBranches =
                units.stream().filter(u -> u.kind().isBranch() && u.active()).count();
        long dissolvedBranches =
                units.stream().filter(u -> u.kind().isBranch() && !u.active()).count();
        long communes = units.stream()
                .filter(u -> u.kind().isCommuneLevel() && u.active())
                .count();
        return new Dashboard(scope, attending, probationary, activeBranches, dissolvedBranches, communes, null, may);
    }

    /**
     * {@code branch}: the year of the one branch that is the scope, else null (units are counted instead);
     * {@code probationaryMembers}: of the members, those not yet full members today (counted apart).
     */
    public record Dashboard(
            UnitView scope,
            long attendingMembers,
            long probationaryMembers,
            long activeBranches,
            long dissolvedBranches,
            long communes,
            BranchYear branch,
            ReportPolicy.HomeMay may) {}

    /**
     * A branch's figures of this year: meetings, attendance, members without a duty; and this month's
     * regular meeting and this quarter's thematic one, if still due.
     */
    public record BranchYear(int year, BranchWorkViews.BranchFigures figures, BranchWorkViews.MeetingsDue due) {}
}
