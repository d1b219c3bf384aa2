package vn.dangvu.transfer;

import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberPage;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordLinkContributor;
import vn.dangvu.shared.RecordNote;
import vn.dangvu.transfer.domain.TransferRepository;

/**
 * On a member's page: the member's open transfer, with a link to it. A member has one open transfer at
 * most, so it holds back the page's "transfer" action until it is completed, rejected or cancelled. The
 * member's page is read only by those whose scope covers the member's branch, which is the transfer's
 * origin: they may open the transfer too.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class OpenTransferNotes implements RecordLinkContributor {

    private static final EnumSet<TransferState> OPEN =
            EnumSet.of(TransferState.DRAFT, TransferState.PROPOSED, TransferState.APPROVED);

    private final TransferRepository transfers;

    @Override
    public List<RecordLink> linksOn(Actor actor, String type, long id) {
        return List.of();
    }

    @Override
    public List<RecordNote> notesOn(Actor actor, String type, long id) {
        if (!type.equals("MEMBER")) {
            return List.of();
        }
        return transfers
                .findByMemberIdAndStateIn(id, OPEN)
                .map(t -> List.of(new RecordNote(
                        "transfer.openNote." + t.getState(),
                        List.of(t.getId()),
                        new RecordLink("transfer.openNote.view", "/transfers/" + t.getId()),
                        MemberPage.TRANSFER_ACTION)))
                .orElse(List.of());
    }
}
