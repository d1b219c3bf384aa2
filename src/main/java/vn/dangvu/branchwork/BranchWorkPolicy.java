package vn.dangvu.branchwork;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.BranchRecordsPolicy;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.Role;

/**
 * Who may see and do a branch's work (duties, meetings, liaisons): everyone whose scope covers the branch
 * reads it (another scope's branch answers 404); who writes it is the organisation's rule for a branch's
 * own records (the branch, its commune, district staff; district leaders only read), and so is who
 * corrects and removes a meeting or a duty. District staff keep the suggested duties and assign district
 * leaders as liaisons; only a branch's liaison comments on its meetings, and corrects their own comments.
 */
@Component
public class BranchWorkPolicy extends BranchRecordsPolicy implements MenuContributor {

    BranchWorkPolicy(OrganisationService organisation, OrganisationPolicy organisationPolicy) {
        super(organisation, organisationPolicy);
    }

    /** The district's suggested duties: everyone reads them, district staff keep them. */
    public boolean mayKeepTemplates(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireKeepTemplates(Actor actor) {
        require(mayKeepTemplates(actor));
    }

    public boolean mayAssignLiaisons(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireAssignLiaisons(Actor actor) {
        require(mayAssignLiaisons(actor));
    }

    /** Liaisons are district leaders: only they have branches of their own to follow. */
    public boolean mayBeLiaison(Actor actor) {
        return actor.is(Role.DISTRICT_LEADER);
    }

    /** What the actor may do on a branch's work pages; {@code liaison}: assigned to that branch. */
    public May may(Actor actor, boolean liaison) {
        return new May(mayWrite(actor), liaison && actor.writes());
    }

    /** Only the branch's own liaison comments on its meetings; {@code liaison}: the actor is. */
    public void requireComment(Actor actor, boolean liaison) {
        require(may(actor, liaison).comment());
    }

    /** Write the branch's duties, meetings and attendance; comment on its meetings as its liaison. */
    public record May(boolean write, boolean comment) {}

    /**
     * Correct or remove a meeting's guest entry: a liaison's comment is its author's, while they are the
     * branch's liaison ({@code liaison}); other guests are kept by those who write the branch's work.
     */
    public boolean mayCorrectGuest(Actor actor, GuestKind kind, Long authorId, boolean liaison) {
        return kind == GuestKind.LIAISON
                ? may(actor, liaison).comment() && authorId != null && authorId == actor.userId()
                : mayWrite(actor);
    }

    public void requireCorrectGuest(Actor actor, GuestKind kind, Long authorId, boolean liaison) {
        require(mayCorrectGuest(actor, kind, authorId, liaison));
    }

    /**
     * A member's own account reports progress on its own duties only: another member's duty does not
     * exist for it (404); a member's account that no longer writes (none today) is refused.
     */
    public void requireOwnDuty(Actor actor, long memberId) {
        if (!actor.isMember(memberId)) {
            throw new vn.dangvu.shared.NotFoundException();
        }
        require(actor.writes());
    }

    /** A member's own account, reading its own duties. */
    public long ownMember(Actor actor) {
        require(actor.is(Role.MEMBER) && actor.memberId() != null);
        return actor.memberId();
    }

    /**
     * The branch a member's own account attends today, whose coming meetings it reads; any other account is
     * refused (403).
     */
    public long ownBranch(Actor actor) {
        ownMember(actor);
        return actor.scopeUnitId();
    }

    /** A member's own account reads its own branch's notices only: another branch's do not exist for it (404). */
    public void requireOwnBranch(Actor actor, long branchId) {
        if (ownBranch(actor) != branchId) {
            throw new vn.dangvu.shared.NotFoundException();
        }
    }

    /** What the actor may do on the list of suggested duties. */
    public TemplatesMay mayOnTemplates(Actor actor) {
        return new TemplatesMay(mayKeepTemplates(actor));
    }

    public record TemplatesMay(boolean edit) {}

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new MenuItem(MenuGroup.BRANCH_WORK, 10, "nav.branchwork", "/branchwork"));
        if (mayBeLiaison(actor)) {
            items.add(new MenuItem(MenuGroup.BRANCH_WORK, 15, "nav.liaison", "/liaison"));
        }
        if (mayAssignLiaisons(actor)) {
            items.add(new MenuItem(MenuGroup.ADMINISTRATION, 40, "nav.liaisons", "/liaisons"));
        }
        if (mayKeepTemplates(actor)) {
            items.add(new MenuItem(MenuGroup.ADMINISTRATION, 50, "nav.templates", "/duty-templates"));
        }
        return items;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
