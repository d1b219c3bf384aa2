package vn.dangvu.report;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;

/** The figures on each role's home page, all within the actor's scope. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final OrganisationService organisation;
    private final MemberService members;
    private final ReportPolicy policy;

    DashboardService(OrganisationService organisation, MemberService members, ReportPolicy policy) {
        this.organisation = organisation;
        this.members = members;
        this.policy = policy;
    }

    public Dashboard forActor(Actor actor) {
        UnitView scope = organisation.get(actor, actor.scopeUnitId());
        List<UnitView> units = organisation.subtreeOfKinds(actor.scopePath(), EnumSet.allOf(UnitKind.class), false);
        long activeBranches =
                units.stream().filter(u -> u.kind().isBranch() && u.active()).count();
        long dissolvedBranches =
                units.stream().filter(u -> u.kind().isBranch() && !u.active()).count();
        long communes = units.stream().filter(u -> u.kind().isCommuneLevel()).count();
        long attending = members.search(actor, MemberSearch.all(), 0).total();
        return new Dashboard(
                scope, attending, activeBranches, dissolvedBranches, communes, policy.mayOnHome(actor, scope));
    }

    public record Dashboard(
            UnitView scope,
            long attendingMembers,
            long activeBranches,
            long dissolvedBranches,
            long communes,
            ReportPolicy.HomeMay may) {}
}
