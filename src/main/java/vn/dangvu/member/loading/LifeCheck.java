package vn.dangvu.member.loading;

import java.util.List;
import vn.dangvu.shared.Violation;

/**
 * An imported row's Party-life cells after {@link MemberLoader#checkLife}: the rules they broke (fields
 * {@code exemption.…} and {@code leaving.…}), and whether writing the row records a new exemption or a
 * leaving (false when the stored member already has the same one).
 */
public record LifeCheck(List<Violation> violations, boolean newExemption, boolean newLeaving) {

    public static final LifeCheck NONE = new LifeCheck(List.of(), false, false);

    public boolean changes() {
        return newExemption || newLeaving;
    }
}
