package vn.dangvu.member;

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
 * Who may do what with the member register. Everyone reads the members of their scope (another scope's
 * member does not exist for them: 404); district staff and commune officials write them, add them from a
 * form or an import, and start their transfers; district leaders and branch secretaries only read.
 */
@Component
public class MemberPolicy implements MenuContributor {

    /** Whether the actor writes members: the form, an import of members or branches, a transfer's start. */
    public boolean mayWrite(Actor actor) {
        return actor.is(Role.DISTRICT_STAFF) || actor.is(Role.COMMUNE_OFFICIAL);
    }

    public void requireWrite(Actor actor) {
        if (!mayWrite(actor)) {
            throw new ForbiddenException();
        }
    }

    /** What the actor may do on a member's page (a member of their scope); one who left is not edited. */
    public MemberPage.May may(Actor actor, MemberDetails member, List<RecordLink> links) {
        boolean change = mayWrite(actor) && member.status() != MemberStatus.LEFT;
        return new MemberPage.May(change, change, links);
    }

    /** What the actor may do on the member list. */
    public ListMay mayOnList(Actor actor) {
        return new ListMay(mayWrite(actor));
    }

    public record ListMay(boolean create) {}

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return List.of(new MenuItem(MenuGroup.MEMBERS, 10, "nav.members", "/members"));
    }
}
