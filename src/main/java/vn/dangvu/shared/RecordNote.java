package vn.dangvu.shared;

import java.util.List;

/**
 * A sentence that one module writes on another module's record page (a member's open transfer): a
 * message key and its arguments, a link to follow (or null), and the name of the page's own action that
 * it holds back while it holds (e.g. {@code "transfer"}), or null. The record's module shows the note
 * and withholds that action; it never asks why.
 */
public record RecordNote(String messageKey, List<Object> arguments, RecordLink link, String holdsBack) {

    public RecordNote {
        arguments = List.copyOf(arguments);
    }

    /** The arguments as the message bundles take them. */
    public Object[] args() {
        return arguments.toArray();
    }

    public boolean holds(String action) {
        return action.equals(holdsBack);
    }
}
