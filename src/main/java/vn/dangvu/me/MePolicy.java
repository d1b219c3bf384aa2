package vn.dangvu.me;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.Role;

/**
 * Who reads the member's own pages (only a member's own account, about itself) and who answers the
 * corrections members ask for (their branch's secretary, for the members who attend the branch today).
 */
@Component
public class MePolicy implements MenuContributor {

    /** The member whose own pages these are; any other account is refused (403). */
    public long requireOwnMember(Actor actor) {
        if (!actor.is(Role.MEMBER) || actor.memberId() == null) {
            throw new ForbiddenException();
        }
        return actor.memberId();
    }

    public boolean mayAnswerCorrections(Actor actor) {
        return actor.writes() && actor.is(Role.BRANCH_SECRETARY);
    }

    public void requireAnswerCorrections(Actor actor) {
        if (!mayAnswerCorrections(actor)) {
            throw new ForbiddenException();
        }
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        if (actor.is(Role.MEMBER)) {
            return List.of(
                    new MenuItem(MenuGroup.MINE, 10, "nav.me.profile", "/me/profile"),
                    new MenuItem(MenuGroup.MINE, 20, "nav.me.duties", "/me/duties"),
                    new MenuItem(MenuGroup.MINE, 30, "nav.me.dues", "/me/dues"),
                    new MenuItem(MenuGroup.MINE, 40, "nav.me.meetings", "/me/meetings"),
                    new MenuItem(MenuGroup.MINE, 50, "nav.me.attendance", "/me/attendance"),
                    new MenuItem(MenuGroup.MINE, 55, "nav.me.rating", "/me/rating"),
                    new MenuItem(MenuGroup.MINE, 60, "nav.me.concerns", "/me/concerns"));
        }
        return mayAnswerCorrections(actor)
                ? List.of(new MenuItem(MenuGroup.MEMBERS, 60, "nav.corrections", "/corrections"))
                : List.of();
    }
}
