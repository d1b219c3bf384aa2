package vn.dangvu.shared;

import java.util.List;

/**
 * Implemented by a module's policy that offers links on the record pages of modules that it depends on
 * (which therefore cannot ask it): the audit trail on a member's page, a commendation of a member. The
 * record's own module shows what its contributors return, in their order; it never decides for them.
 */
public interface RecordLinkContributor {

    /** The links the actor may follow from the record {@code type} #{@code id} (types as in the audit log). */
    List<RecordLink> linksOn(Actor actor, String type, long id);

    /** What the actor should know on that record's page, e.g. work of this module still open on it. */
    default List<RecordNote> notesOn(Actor actor, String type, long id) {
        return List.of();
    }
}
