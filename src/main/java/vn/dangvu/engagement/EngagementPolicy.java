package vn.dangvu.engagement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordLinkContributor;
import vn.dangvu.shared.Role;

/**
 * Who may do what with residents' concerns, receptions and commendations, within their scope. Branch
 * secretaries record and forward their hamlet's concerns; the commune and district staff resolve them;
 * district leaders only read concerns. Receptions, dialogues and commendations are held and decided by
 * communes and the district, not by branches.
 */
@Component
@Order(10)
public class EngagementPolicy implements MenuContributor, RecordLinkContributor {

    public boolean mayRaiseConcerns(Actor actor) {
        return !actor.is(Role.DISTRICT_LEADER);
    }

    /** Forwarding an open concern to the commune: whoever may record one. */
    public boolean mayForwardConcerns(Actor actor) {
        return mayRaiseConcerns(actor);
    }

    public boolean mayResolveConcerns(Actor actor) {
        return actor.is(Role.COMMUNE_OFFICIAL) || actor.is(Role.DISTRICT_STAFF);
    }

    /** Receptions and dialogues: holding one, its follow-ups. */
    public boolean mayHoldSessions(Actor actor) {
        return !actor.is(Role.BRANCH_SECRETARY);
    }

    public boolean mayRecognise(Actor actor) {
        return !actor.is(Role.BRANCH_SECRETARY);
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    /** What the actor may do on the concerns, receptions and commendations pages. */
    public May may(Actor actor) {
        return new May(
                mayRaiseConcerns(actor),
                mayForwardConcerns(actor),
                mayResolveConcerns(actor),
                mayHoldSessions(actor),
                mayRecognise(actor));
    }

    public record May(
            boolean raiseConcern,
            boolean forwardConcern,
            boolean resolveConcern,
            boolean holdSession,
            boolean recognise) {}

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return List.of(
                new MenuItem(MenuGroup.BRANCH_WORK, 20, "nav.concerns", "/concerns"),
                new MenuItem(MenuGroup.BRANCH_WORK, 30, "nav.recognitions", "/recognitions"),
                new MenuItem(MenuGroup.BRANCH_WORK, 40, "nav.sessions", "/sessions"));
    }

    @Override
    public List<RecordLink> linksOn(Actor actor, String type, long id) {
        return "MEMBER".equals(type) && mayRecognise(actor)
                ? List.of(new RecordLink("member.recognise", "/recognitions?member=" + id))
                : List.of();
    }
}
