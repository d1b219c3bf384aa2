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
        return may(actor, member, null, links, notes);
    }

    /**
     * As {@link #may(Actor, MemberDetails, List, List)}, with the path of the committee competent for the
     * member's leaving and probation today ({@code competentPath}, null when the tree names none).
     */
    public MemberPage.May may(
            Actor actor, MemberDetails member, String competentPath, List<RecordLink> links, List<RecordNote> notes) {
        boolean change = mayWrite(actor) && member.status() != MemberStatus.LEFT;
        boolean held = notes.stream().anyMatch(n -> n.holds(MemberPage.TRANSFER_ACTION));
        return new MemberPage.May(
                change,
                change && !held,
                change && held,
                mayWrite(actor),
                !leavingKinds(actor, member.status(), competentPath).isEmpty(),
                change,
                change && member.fullMemberOn() == null && mayDecideForCommittee(actor, competentPath),
                change,
                history(actor, member),
                links,
                notes);
    }

    /**
     * The kinds of leaving the actor may record for a member of their scope (RULES.md, Members): a death is
     * reported upward by the grassroots committee, so anyone who writes the member records it; a removal
     * from the list (xóa tên), a resignation (xin ra) and an expulsion (khai trừ) are decided by the
     * committee directly above the member's grassroots organisation ({@code competentPath}), so only those
     * whose scope holds that committee record them. Nothing for a member who has left.
     */
    public List<LeftReason> leavingKinds(Actor actor, MemberStatus status, String competentPath) {
        if (!mayWrite(actor) || status == MemberStatus.LEFT) {
            return List.of();
        }
        if (!mayDecideForCommittee(actor, competentPath)) {
            return List.of(LeftReason.DECEASED);
        }
        return List.of(LeftReason.REMOVED, LeftReason.RESIGNED, LeftReason.EXPELLED, LeftReason.DECEASED);
    }

    /**
     * Whether the actor records a probation's outcome: the committee that admits decides recognition as a
     * full member (Party Charter art. 5), the one directly above the grassroots organisation.
     */
    public boolean mayRecognise(Actor actor, MemberStatus status, String competentPath) {
        return mayWrite(actor) && status != MemberStatus.LEFT && mayDecideForCommittee(actor, competentPath);
    }

    /**
     * Whether the actor records exemptions and Party cards: the branch resolves an exemption for age or
     * health and the grassroots committee one for another reason; both are recorded by whoever writes the
     * member.
     */
    public boolean mayRecordLife(Actor actor, MemberStatus status) {
        return mayWrite(actor) && status != MemberStatus.LEFT;
    }

    /**
     * Whether the actor acts for the committee directly above the member's grassroots organisation; one who
     * does not (a commune official) acts for the grassroots committee, which reports a death upward.
     */
    public boolean decidesAboveGrassroots(Actor actor, String competentPath) {
        return mayDecideForCommittee(actor, competentPath);
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    private static boolean mayDecideForCommittee(Actor actor, String competentPath) {
        return competentPath != null && actor.covers(competentPath);
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
