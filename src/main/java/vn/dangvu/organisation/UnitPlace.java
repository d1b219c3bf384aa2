package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a unit stood on a day, with that day's names: the unit, its parent, its grandparent (fewer near
 * the root). A 2019 letter reads "Chi bộ Ấp X, Xã Thông Bình, Đảng bộ huyện Tân Hồng" whatever the tree
 * is today.
 */
public record UnitPlace(long unitId, LocalDate day, List<String> names) {

    /** A unit and a day to place it on. */
    public record Wanted(long unitId, LocalDate day) {}

    public String name() {
        return names.get(0);
    }

    /** The parent's name that day, or null at the root. */
    public String parentName() {
        return names.size() > 1 ? names.get(1) : null;
    }

    /** "name — parent — grandparent". */
    public String text() {
        return joined(" — ");
    }

    public String joined(String separator) {
        return String.join(separator, names);
    }
}
