package vn.dangvu.organisation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.Role;

/**
 * Who may do what with the organisation tree. Everyone reads the units of their scope (another scope's
 * unit does not exist for them: 404); only district staff add, rename and dissolve units. A branch's own
 * records (duties, meetings, ratings) are kept by the branch, its commune and district staff, while
 * district leaders only read them: branch work and evaluation both ask this one rule.
 */
@Component
public class OrganisationPolicy implements MenuContributor {

    public boolean mayManageUnits(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireManageUnits(Actor actor) {
        require(mayManageUnits(actor));
    }

    /** Whether the actor keeps the records of the branches in their scope (the scope is checked apart). */
    public boolean mayKeepBranchRecords(Actor actor) {
        return actor.writes() && !actor.is(Role.DISTRICT_LEADER) && !actor.is(Role.MEMBER);
    }

    public void requireKeepBranchRecords(Actor actor) {
        require(mayKeepBranchRecords(actor));
    }

    /** What the actor may do on a unit's page (a unit of their scope) whose parent is {@code parent} (or null). */
    public UnitPage.May may(Actor actor, UnitView unit, UnitView parent, List<RecordLink> links) {
        boolean manage = mayManageUnits(actor) && unit.active();
        return new UnitPage.May(
                parent != null && actor.covers(parent.path()),
                manage,
                manage && unit.kind().isCommuneLevel(),
                manage && unit.kind().isBranch(),
                links);
    }

    /** What the actor may do with a reorganisation in their scope (only those who manage units read one). */
    public ReorganisationPage.May may(Actor actor, ReorganisationState state) {
        boolean prepared = mayManageUnits(actor) && state == ReorganisationState.PREPARED;
        return new ReorganisationPage.May(prepared, prepared, prepared);
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        MenuItem units = new MenuItem(MenuGroup.MEMBERS, 30, "nav.units", "/units");
        return mayManageUnits(actor)
                ? List.of(units, new MenuItem(MenuGroup.MEMBERS, 35, "nav.reorganisations", "/reorganisations"))
                : List.of(units);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
