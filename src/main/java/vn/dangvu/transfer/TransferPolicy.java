package vn.dangvu.transfer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.Role;
import vn.dangvu.transfer.domain.Transfer;

/**
 * Who may do what with transfers, directives and campaigns. A transfer exists for those whose scope
 * covers its origin or its destination. Whoever writes members starts transfers from a member's page: a
 * commune official only INTERNAL ones within their commune, which they may also propose and cancel while
 * early; district staff every kind and every step, and they alone receive members from outside.
 * Directives are public and registered by district staff; campaigns span communes, so only the district's
 * roles read them and only district staff run them.
 */
@Component
public class TransferPolicy implements MenuContributor {

    private final MemberPolicy members;

    TransferPolicy(MemberPolicy members) {
        this.members = members;
    }

    // ---- single transfers ----

    /** A transfer exists for the actor when their scope covers either end (another scope's: 404). */
    public boolean mayRead(Actor actor, UnitView from, UnitView to) {
        return (from != null && actor.covers(from.path())) || (to != null && actor.covers(to.path()));
    }

    public void requireRead(Actor actor, UnitView from, UnitView to) {
        if (!mayRead(actor, from, to)) {
            throw new NotFoundException();
        }
    }

    /** The transfer form of a member: whoever writes members (the kinds they may choose are narrower). */
    public void requireStart(Actor actor) {
        members.requireWrite(actor);
    }

    public boolean mayCreate(Actor actor, TransferKind kind) {
        return actor.writes()
                && (actor.is(Role.DISTRICT_STAFF)
                        || (actor.is(Role.COMMUNE_OFFICIAL) && kind == TransferKind.INTERNAL));
    }

    public void requireCreate(Actor actor, TransferKind kind) {
        require(mayCreate(actor, kind));
    }

    /** A commune official moves members only within their commune: a destination elsewhere does not exist. */
    public void requireDestination(Actor actor, UnitView to) {
        if (actor.is(Role.COMMUNE_OFFICIAL)) {
            actor.requireCovers(to.path());
        }
    }

    /** Receiving a member from outside the Party organisation's tree. */
    public boolean mayReceiveIncoming(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireReceiveIncoming(Actor actor) {
        require(mayReceiveIncoming(actor));
    }

    /** The kinds the actor may choose on the transfer form, and whether they may send a member out of the tree. */
    public FormMay mayOnForm(Actor actor) {
        List<TransferKind> kinds = new ArrayList<>();
        for (TransferKind kind : TransferKind.values()) {
            if (mayCreate(actor, kind)) {
                kinds.add(kind);
            }
        }
        return new FormMay(List.copyOf(kinds), mayCreate(actor, TransferKind.OFFICIAL));
    }

    /** {@code outside}: a destination outside the tree may be typed (district staff only). */
    public record FormMay(List<TransferKind> kinds, boolean outside) {}

    /** What the actor may do on the transfer list. */
    public ListMay mayOnList(Actor actor) {
        return new ListMay(mayReceiveIncoming(actor));
    }

    public record ListMay(boolean receiveIncoming) {}

    /** The steps the actor may take on a transfer now, given its ends. */
    public TransferDetails.Steps steps(Actor actor, Transfer t, UnitView from, UnitView to) {
        boolean staff = actor.writes() && actor.is(Role.DISTRICT_STAFF);
        boolean commune = actor.writes()
                && actor.is(Role.COMMUNE_OFFICIAL)
                && t.getKind() == TransferKind.INTERNAL
                && from != null
                && to != null
                && actor.covers(from.path())
                && actor.covers(to.path());
        boolean early = t.getState() == TransferState.DRAFT || t.getState() == TransferState.PROPOSED;
        return new TransferDetails.Steps(
                (staff || commune) && t.canStep(TransferState.PROPOSED),
                staff && t.canStep(TransferState.APPROVED),
                staff && t.canStep(TransferState.COMPLETED),
                staff && t.canStep(TransferState.REJECTED),
                (staff || (commune && early)) && t.canStep(TransferState.CANCELLED));
    }

    /**
     * What else the actor may open from a transfer's page: the member's page while the member's branch
     * (null: none in the tree) lies in the actor's scope (a member who moved on is another scope's), its
     * campaign, other modules' links.
     */
    public TransferDetails.May may(Actor actor, UnitView memberBranch, Long campaignId, List<RecordLink> links) {
        return new TransferDetails.May(
                memberBranch != null && actor.covers(memberBranch.path()),
                campaignId != null && mayReadCampaigns(actor),
                links);
    }

    // ---- directives and campaigns ----

    public boolean mayRegisterDirectives(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireRegisterDirectives(Actor actor) {
        require(mayRegisterDirectives(actor));
    }

    public boolean mayReadCampaigns(Actor actor) {
        return actor.is(Role.DISTRICT_STAFF) || actor.is(Role.DISTRICT_LEADER);
    }

    public void requireReadCampaigns(Actor actor) {
        require(mayReadCampaigns(actor));
    }

    public boolean mayRunCampaigns(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF);
    }

    public void requireRunCampaigns(Actor actor) {
        require(mayRunCampaigns(actor));
    }

    /** What the actor may do on the directive pages: register one, see and start its campaigns. */
    public DirectiveMay mayOnDirectives(Actor actor) {
        return new DirectiveMay(mayRegisterDirectives(actor), mayReadCampaigns(actor), mayRunCampaigns(actor));
    }

    public record DirectiveMay(boolean register, boolean campaigns, boolean startCampaign) {}

    /**
     * What the actor may do on a campaign's page: run its steps and cohort, and other modules' links. A
     * page of a past date shows how things stood, so its batch steps, which act now, are not offered there.
     */
    public CampaignViews.May mayOnCampaign(Actor actor, boolean today, List<RecordLink> links) {
        boolean run = mayRunCampaigns(actor);
        return new CampaignViews.May(run, run && today, links);
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new MenuItem(MenuGroup.MEMBERS, 20, "nav.transfers", "/transfers"));
        items.add(new MenuItem(MenuGroup.DIRECTIVES, 10, "nav.directives", "/directives"));
        if (mayReadCampaigns(actor)) {
            items.add(new MenuItem(MenuGroup.DIRECTIVES, 20, "nav.campaigns", "/campaigns"));
        }
        return items;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
