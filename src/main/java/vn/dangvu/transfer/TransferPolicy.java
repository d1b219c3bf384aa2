package vn.dangvu.transfer;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.LevelRole;
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
 * covers its origin or its destination. Its decisions (approve, complete, reject) belong to the committee
 * that handles it on its date ({@link TransferHandling}, from the level roles, never from the kinds of
 * units): staff (the role stored as DISTRICT_STAFF: the organisation board of whatever level their unit
 * has) whose scope covers that committee, and the officials of a commune committee that stands directly
 * above the grassroots. An internal transfer belongs to its grassroots committee alone: that committee's
 * officials create, propose, approve, complete, reject, cancel and receive it, and the levels above only
 * read it (RULES.md, Transfers); a transfer whose committee is unknown is decided by staff alone.
 * Campaign transfers are internal too, but a campaign carries out the superior committee's directive, so
 * its batch steps are authorised as the campaign's (staff who run it), not per transfer
 * (docs/decisions/internal-transfers-and-campaigns.md).
 * Directives are public and registered by staff; campaigns span communes, so only staff and leaders read
 * them and only staff run them.
 */
@Component
@RequiredArgsConstructor
public class TransferPolicy implements MenuContributor {

    private final MemberPolicy members;

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

    /**
     * The kinds the actor may start, given the level of their scope unit today: an internal transfer only a
     * grassroots committee's officials (the levels above only read it); the other kinds staff, and officials
     * of a commune committee above the grassroots. An account of an ended unit starts none.
     */
    public boolean mayCreate(Actor actor, TransferKind kind, LevelRole scopeLevel) {
        if (!actor.writes()) {
            return false;
        }
        if (kind == TransferKind.INTERNAL) {
            return scopeLevel == LevelRole.GRASSROOTS
                    && (actor.is(Role.COMMUNE_OFFICIAL) || actor.is(Role.DISTRICT_STAFF));
        }
        return actor.is(Role.DISTRICT_STAFF)
                || (actor.is(Role.COMMUNE_OFFICIAL) && scopeLevel == LevelRole.ABOVE_GRASSROOTS);
    }

    public void requireCreate(Actor actor, TransferKind kind, LevelRole scopeLevel) {
        require(mayCreate(actor, kind, scopeLevel));
    }

    /**
     * Whether the actor decides for the committee that handles a transfer: staff whose scope covers it, an
     * official of it when it stands directly above the grassroots (a commune committee under a province whose
     * plan makes its branches grassroots), or an official of the grassroots committee that handles it.
     * Unknown: staff alone.
     */
    public boolean mayDecide(Actor actor, TransferHandling handling) {
        if (!actor.writes()) {
            return false;
        }
        if (handling == null) {
            return actor.is(Role.DISTRICT_STAFF);
        }
        if (!actor.covers(handling.unit().path())) {
            return false;
        }
        return actor.is(Role.DISTRICT_STAFF)
                || (actor.is(Role.COMMUNE_OFFICIAL) && handling.unit().level() == LevelRole.ABOVE_GRASSROOTS)
                || ofGrassrootsCommittee(actor, handling);
    }

    /**
     * {@link #mayDecide} for a transfer of this kind: an internal transfer is decided by the grassroots
     * committee that handles it alone ({@link #ofGrassrootsCommittee}); the levels above only read it.
     */
    public boolean mayDecide(Actor actor, TransferKind kind, TransferHandling handling) {
        if (kind == TransferKind.INTERNAL && handling != null && handling.basis() == HandlingBasis.GRASSROOTS) {
            return ofGrassrootsCommittee(actor, handling);
        }
        return mayDecide(actor, handling);
    }

    /** An official (or the organisation staff) of the grassroots committee that handles a transfer. */
    private static boolean ofGrassrootsCommittee(Actor actor, TransferHandling handling) {
        return handling.basis() == HandlingBasis.GRASSROOTS
                && (actor.is(Role.COMMUNE_OFFICIAL) || actor.is(Role.DISTRICT_STAFF))
                && actor.scopePath().equals(handling.unit().path());
    }

    /**
     * A new transfer must be one the actor decides, or they could not take it on: an internal one its
     * grassroots committee's (a level above only reads it), another one a commune official's committee's.
     */
    public void requireHandledByActor(Actor actor, TransferKind kind, TransferHandling handling) {
        if (kind == TransferKind.INTERNAL || actor.is(Role.COMMUNE_OFFICIAL)) {
            require(mayDecide(actor, kind, handling));
        }
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
    public FormMay mayOnForm(Actor actor, LevelRole scopeLevel) {
        List<TransferKind> kinds = new ArrayList<>();
        for (TransferKind kind : TransferKind.values()) {
            if (mayCreate(actor, kind, scopeLevel)) {
                kinds.add(kind);
            }
        }
        return new FormMay(List.copyOf(kinds), mayCreate(actor, TransferKind.OFFICIAL, scopeLevel));
    }

    /** {@code outside}: a destination outside the tree may be typed (those who start official transfers). */
    public record FormMay(List<TransferKind> kinds, boolean outside) {

        /** A temporary transfer may be started: the form asks its purpose and planned end. */
        public boolean temporary() {
            return kinds.contains(TransferKind.TEMPORARY);
        }
    }

    /** The home page's overdue transfers: for the committees and staff, not a branch's secretary. */
    public boolean mayReadOverdue(Actor actor) {
        return actor.is(Role.DISTRICT_STAFF) || actor.is(Role.DISTRICT_LEADER) || actor.is(Role.COMMUNE_OFFICIAL);
    }

    /** What the actor may do on the transfer list. */
    public ListMay mayOnList(Actor actor) {
        return new ListMay(mayReceiveIncoming(actor));
    }

    public record ListMay(boolean receiveIncoming) {}

    /** The steps the actor may take on a transfer now, given its ends and the committee that handles it. */
    public TransferDetails.Steps steps(Actor actor, Transfer t, UnitView from, UnitView to, TransferHandling handling) {
        boolean staff = actor.writes() && mayDecide(actor, t.getKind(), handling);
        // an internal transfer is proposed, approved and received by its grassroots committee alone
        boolean grassroots = t.getKind() == TransferKind.INTERNAL && staff;
        // the host records a stay's extension and return (a visitor from outside too: the host is here); for a
        // host outside the tree, the origin records what the host reported
        UnitView host = t.getDirection() == TransferDirection.OUT ? from : to;
        boolean atHost = writesHere(actor, host);
        boolean receiving = t.getDirection() == TransferDirection.WITHIN
                && t.getState() == TransferState.APPROVED
                && t.getLetterDate() != null
                && t.getLetterPresentedOn() == null
                && (t.getKind() == TransferKind.INTERNAL ? grassroots : writesHere(actor, to));
        return new TransferDetails.Steps(
                staff && t.canStep(TransferState.PROPOSED),
                staff && t.canStep(TransferState.APPROVED),
                staff && t.canStep(TransferState.COMPLETED),
                staff && t.canStep(TransferState.REJECTED),
                staff && t.canStep(TransferState.CANCELLED),
                atHost && t.isAway(),
                atHost && t.isAway(),
                receiving);
    }

    /** Staff or a committee's officials whose scope covers the unit (none: nobody). */
    private static boolean writesHere(Actor actor, UnitView unit) {
        return unit != null
                && actor.writes()
                && (actor.is(Role.DISTRICT_STAFF) || actor.is(Role.COMMUNE_OFFICIAL))
                && actor.covers(unit.path());
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

    // ---- the holiday calendar ----

    /**
     * The days off that deadlines count over are one calendar for the whole country: the organisation board
     * of the province or of a district keeps it, not a commune's board, whose staff hold the same role.
     */
    public boolean mayKeepHolidays(Actor actor, LevelRole scopeLevel) {
        return actor.writes()
                && actor.is(Role.DISTRICT_STAFF)
                && (scopeLevel == LevelRole.PROVINCE || scopeLevel == LevelRole.ABOVE_GRASSROOTS);
    }

    public void requireKeepHolidays(Actor actor, LevelRole scopeLevel) {
        require(mayKeepHolidays(actor, scopeLevel));
    }

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
        if (mayReadOverdue(actor)) {
            // a branch issues no letters: its secretary's register would always be empty
            items.add(new MenuItem(MenuGroup.MEMBERS, 22, "nav.transferRegister", "/transfers/register"));
        }
        items.add(new MenuItem(MenuGroup.DIRECTIVES, 10, "nav.directives", "/directives"));
        if (mayReadCampaigns(actor)) {
            items.add(new MenuItem(MenuGroup.DIRECTIVES, 20, "nav.campaigns", "/campaigns"));
        }
        if (actor.is(Role.DISTRICT_STAFF)) {
            items.add(new MenuItem(MenuGroup.ADMINISTRATION, 60, "nav.holidays", "/holidays"));
        }
        return items;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
