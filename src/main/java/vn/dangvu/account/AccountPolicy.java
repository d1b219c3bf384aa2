package vn.dangvu.account;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.Role;

/**
 * Who may manage user accounts, and which scope fits which role. District staff manage the accounts of
 * their scope (another scope's account does not exist for them: 404), members' own accounts included (they
 * disable them); a branch secretary issues the activation codes of their branch's members; nobody else
 * sees accounts.
 */
@Component
public class AccountPolicy implements MenuContributor {

    public boolean mayManageAccounts(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireManageAccounts(Actor actor) {
        if (!mayManageAccounts(actor)) {
            throw new ForbiddenException();
        }
    }

    /**
     * Whether a unit of this kind and level role may be the scope of an account with this role. Staff and
     * leaders serve a committee above the grassroots or the province's (a district before 1/7/2025, a
     * province, a commune a province's plan puts above its grassroots branches), decided by the level, not
     * by the word "district" in the roles' stored names; a committee office official serves a commune,
     * ward or town committee at whatever level; a branch secretary a chi bộ.
     */
    public boolean scopeFits(Role role, UnitKind kind, LevelRole level) {
        return switch (role) {
            case DISTRICT_STAFF, DISTRICT_LEADER -> level == LevelRole.PROVINCE || level == LevelRole.ABOVE_GRASSROOTS;
            case COMMUNE_OFFICIAL -> kind.isCommuneLevel();
            case BRANCH_SECRETARY -> kind.isBranch();
            // a member's account is issued by their branch's secretary, never made on the form
            case MEMBER -> false;
        };
    }

    /** The roles the administration form offers: every one but a member's own account. */
    public List<Role> formRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(role -> role != Role.MEMBER)
                .toList();
    }

    /** A branch secretary issues (and reissues) the activation codes of their own branch's members. */
    public boolean mayIssueMemberAccounts(Actor actor) {
        return actor.writes() && actor.is(Role.BRANCH_SECRETARY);
    }

    public void requireIssueMemberAccounts(Actor actor) {
        if (!mayIssueMemberAccounts(actor)) {
            throw new ForbiddenException();
        }
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        if (mayIssueMemberAccounts(actor)) {
            return List.of(new MenuItem(MenuGroup.ADMINISTRATION, 35, "nav.memberAccounts", "/member-accounts"));
        }
        return mayManageAccounts(actor)
                ? List.of(new MenuItem(MenuGroup.ADMINISTRATION, 30, "nav.accounts", "/accounts"))
                : List.of();
    }
}
