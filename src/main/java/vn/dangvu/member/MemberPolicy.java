package vn.dangvu.member;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordNote;
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
        return actor.writes() && (actor.is(Role.DISTRICT_STAFF) || actor.is(Role.COMMUNE_OFFICIAL));
    }

    public void requireWrite(Actor actor) {
        if (!mayWrite(actor)) {
            throw new ForbiddenException();
        }
    }

    /**
     * What the actor may do on a member's page (a member of their scope); one who left is not edited, but
     * their committee periods, which are history, may still be corrected. A transfer is not started while
     * another module's note holds it back (an open transfer).
     */
    public MemberPage.May may(Actor actor, MemberDetails member, List<RecordLink> links, List<RecordNote> notes) {
        boolean change = mayWrite(actor) && member.status() != MemberStatus.LEFT;
        boolean held = notes.stream().anyMatch(n -> n.holds(MemberPage.TRANSFER_ACTION));
        return new MemberPage.May(
                change, change && !held, change && held, mayWrite(actor), history(actor, member), links, notes);
    }

    /**
     * The links of a member's history that the actor may follow: a branch of their scope, and a transfer
     * that has an end in it. The transfer that began a period came from the period before (or from
     * outside the tree), and a transfer exists for whoever covers either of its ends.
     */
    private static List<MemberPage.PeriodLinks> history(Actor actor, MemberDetails member) {
        List<MemberPage.PeriodLinks> links = new java.util.ArrayList<>();
        MemberDetails.Period previous = null;
        for (MemberDetails.Period period : member.periods()) {
            boolean branch = actor.covers(period.branch().path());
            boolean from = previous != null && actor.covers(previous.branch().path());
            links.add(new MemberPage.PeriodLinks(branch, period.transferId() != null && (branch || from)));
            previous = period;
        }
        return links;
    }

    /** What the actor may do on the member list. */
    public ListMay mayOnList(Actor actor) {
        return new ListMay(mayWrite(actor));
    }

    public record ListMay(boolean create) {}

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return List.of(
                new MenuItem(MenuGroup.MEMBERS, 10, "nav.members", "/members"),
                new MenuItem(MenuGroup.MEMBERS, 15, "nav.badges", "/badges"));
    }
}
