package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordLinkContributor;
import vn.dangvu.shared.RecordNote;

/**
 * A member's dues on their page, which the member module shows without asking dues (it cannot depend on
 * it): a link to the member's dues and one sentence — paid through which month, and what is still owed.
 * The member page is already scope-checked; so is the dues page the link opens.
 */
@Component
@RequiredArgsConstructor
class DuesRecordLinks implements RecordLinkContributor {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DuesBook dues;
    private final Money money;

    @Override
    public List<RecordLink> linksOn(Actor actor, String type, long id) {
        return DuesService.MEMBER.equals(type)
                ? List.of(new RecordLink("dues.link", "/dues/members/" + id))
                : List.of();
    }

    @Override
    public List<RecordNote> notesOn(Actor actor, String type, long id) {
        if (!DuesService.MEMBER.equals(type)) {
            return List.of();
        }
        DuesBook.MemberStanding standing = dues.standing(id, LocalDate.now());
        if (!standing.kept()) {
            return List.of();
        }
        RecordNote paid = standing.paidThrough() == null
                ? new RecordNote("dues.note.nothingPaid", List.of(), null, null)
                : new RecordNote("dues.note.paidThrough", List.of(MONTH.format(standing.paidThrough())), null, null);
        return standing.unpaidMonths() == 0
                ? List.of(paid)
                : List.of(
                        paid,
                        new RecordNote(
                                "dues.note.owes",
                                List.of(String.valueOf(standing.unpaidMonths()), money.format(standing.owed())),
                                null,
                                null));
    }
}
