package vn.dangvu.organisation.web;

import java.util.function.Supplier;
import vn.dangvu.organisation.BodyName;

/**
 * The signed-in user's own Party body for the page's footer, read once and only when the page renders it:
 * a redirect after a write asks the database nothing.
 */
public final class OwnBody {

    private final Supplier<BodyName> reader;
    private BodyName body;
    private boolean read;

    OwnBody(Supplier<BodyName> reader) {
        this.reader = reader;
    }

    /** The body, or null when the user's unit cannot be found. */
    public BodyName get() {
        if (!read) {
            body = reader.get();
            read = true;
        }
        return body;
    }
}
