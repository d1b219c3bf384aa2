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
 * communes and the district, not by branches. Whoever may write a record may correct and remove it; a
 * branch secretary's part in a concern ends when it is forwarded, so they correct only open ones.
 */
@Component
@Order(10)
public class EngagementPolicy implements MenuContributor, RecordLinkContributor {

    public boolean mayRaiseConcerns(Actor actor) {
        return actor.writes() && !actor.is(Role.DISTRICT_LEADER) && !actor.is(Role.MEMBER);
    }

    /** Forwarding an open concern to the commune: whoever may record one. */
    public boolean mayForwardConcerns(Actor actor) {
        return mayRaiseConcerns(actor);
    }

    public boolean mayResolveConcerns(Actor actor) {
        return actor.writes() && (actor.is(Role.COMMUNE_OFFICIAL) || actor.is(Role.DISTRICT_STAFF));
    }

    /** Receptions and dialogues: holding one, its follow-ups. */
    public boolean mayHoldSessions(Actor actor) {
        return actor.writes() && !actor.is(Role.BRANCH_SECRETARY) && !actor.is(Role.MEMBER);
    }

    public boolean mayRecognise(Actor actor) {
        return actor.writes() && !actor.is(Role.BRANCH_SECRETARY) && !actor.is(Role.MEMBER);
    }

    /** Correcting or removing a commendation or reminder: whoever may decide one. */
    public boolean mayCorrectRecognitions(Actor actor) {
        return mayRecognise(actor);
    }

    /** Whether the actor may correct some concerns: those in a state {@link #mayCorrectConcern} allows. */
    public boolean mayCorrectConcerns(Actor actor) {
        return mayRaiseConcerns(actor);
    }

    /** Correcting or removing a concern in this state. */
    public boolean mayCorrectConcern(Actor actor, ConcernStatus status) {
        return mayResolveConcerns(actor) || (mayCorrectConcerns(actor) && status == ConcernStatus.OPEN);
    }

    /** Correcting or removing a reception, a dialogue or one of its follow-ups: whoever may hold one. */
    public boolean mayCorrectSessions(Actor actor) {
        return mayHoldSessions(actor);
    }

    /** A member's own account, reading the concerns it raised; any other account is refused (403). */
    public long ownMember(Actor actor) {
        require(actor.is(Role.MEMBER) && actor.memberId() != null);
        return actor.memberId();
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
                mayRecognise(actor),
                mayCorrectRecognitions(actor),
                mayCorrectSessions(actor),
                mayCorrectConcern(actor, ConcernStatus.RESOLVED),
                mayCorrectConcern(actor, ConcernStatus.OPEN));
    }

    /**
     * {@code correctAnyConcern}: correct and remove concerns in every state; {@code correctOpenConcern}:
     * only those not yet forwarded (read both through {@link #correctConcern}).
     */
    public record May(
            boolean raiseConcern,
            boolean forwardConcern,
            boolean resolveConcern,
            boolean holdSession,
            boolean recognise,
            boolean correctRecognition,
            boolean correctSession,
            boolean correctAnyConcern,
            boolean correctOpenConcern) {

        /** Whether a concern in this state offers its edit and remove links. */
        public boolean correctConcern(ConcernStatus status) {
            return correctAnyConcern || (correctOpenConcern && status == ConcernStatus.OPEN);
        }
    }

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
