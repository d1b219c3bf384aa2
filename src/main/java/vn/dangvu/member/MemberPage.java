package vn.dangvu.member;

import java.util.List;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordNote;

/** A member's page: the member, and what the viewer may do there. */
public record MemberPage(MemberDetails member, May may) {

    /** The page's "start a transfer" action, as other modules' notes name it when they hold it back. */
    public static final String TRANSFER_ACTION = "transfer";

    /**
     * Edit the member; start a transfer ({@code transfer}), or see it held back by a note
     * ({@code transferHeld}: an open transfer); add, end, correct and remove committee periods
     * ({@code committees}); record a leaving of the Party, an exemption, a probation's outcome, a new
     * Party card; other modules' links (commend, audit trail) and notes, in their order.
     */
    public record May(
            boolean edit,
            boolean transfer,
            boolean transferHeld,
            boolean committees,
            boolean leave,
            boolean exempt,
            boolean recognise,
            boolean card,
            List<PeriodLinks> history,
            List<RecordLink> links,
            List<RecordNote> notes) {}

    /**
     * For each period of the member's history, in its order: whether the actor may open its branch's page
     * and the page of the transfer that began it.
     */
    public record PeriodLinks(boolean branch, boolean transfer) {}
}
