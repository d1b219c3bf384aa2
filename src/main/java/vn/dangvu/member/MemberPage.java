package vn.dangvu.member;

import java.util.List;
import vn.dangvu.shared.RecordLink;

/** A member's page: the member, and what the viewer may do there. */
public record MemberPage(MemberDetails member, May may) {

    /** Edit the member, start a transfer; and other modules' links (commend, audit trail), in their order. */
    public record May(boolean edit, boolean transfer, List<RecordLink> links) {}
}
