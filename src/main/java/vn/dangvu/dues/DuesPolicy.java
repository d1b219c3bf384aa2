package vn.dangvu.dues;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.Role;

/**
 * Who may do what with dues, the one place that decides it. Everyone reads the dues of their scope (another
 * scope's branch, unit or member answers 404). A branch's ledger and its members' categories are kept by
 * those who keep the branch's records — the secretary, the commune's officials, district staff — while
 * leaders only read (the organisation's rule for a branch's records). Rates and the shares kept at each
 * level are kept by district (province) staff.
 */
@Component
@RequiredArgsConstructor
public class DuesPolicy implements MenuContributor {

    private final OrganisationService organisation;
    private final OrganisationPolicy organisationPolicy;
    private final MemberService members;

    public UnitView readBranch(Actor actor, long branchId) {
        return organisation.branch(actor, branchId);
    }

    public UnitView writeBranch(Actor actor, long branchId) {
        UnitView branch = readBranch(actor, branchId);
        require(mayRecord(actor));
        return branch;
    }

    /** A unit whose arrears or collections the actor reads: their own scope unit when none is named. */
    public UnitView readUnit(Actor actor, Long unitId) {
        return organisation.get(actor, unitId == null ? actor.scopeUnitId() : unitId);
    }

    public MemberSummary readMember(Actor actor, long memberId) {
        return members.findInScope(actor, memberId);
    }

    public MemberSummary writeMember(Actor actor, long memberId) {
        MemberSummary member = readMember(actor, memberId);
        require(mayRecord(actor));
        return member;
    }

    public boolean mayRecord(Actor actor) {
        return organisationPolicy.mayKeepBranchRecords(actor);
    }

    public boolean mayKeepRates(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireKeepRates(Actor actor) {
        require(mayKeepRates(actor));
    }

    /** What the actor may do on a dues page. */
    public May may(Actor actor) {
        return new May(mayRecord(actor), mayKeepRates(actor));
    }

    /** Record payments and members' categories; add rates and shares. */
    public record May(boolean record, boolean keepRates) {}

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return List.of(new MenuItem(MenuGroup.BRANCH_WORK, 60, "nav.dues", "/dues"));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
