package vn.dangvu.organisation;

import java.util.List;

/**
 * A unit in the tree page, with its children and the members attending it or any unit below it, of whom
 * {@code probationary} are not yet full members;
 * {@code folded} when it has units below it that the page does not show (open it to see them);
 * {@code absent} when the tree is of a day the unit did not exist yet (a province made in 2025 read as of
 * 2019): the page shows only the units below it, as they stood that day.
 */
public record UnitNode(
        UnitView unit, long members, long probationary, List<UnitNode> children, boolean folded, boolean absent) {

    public UnitNode(UnitView unit, long members, long probationary, List<UnitNode> children, boolean folded) {
        this(unit, members, probationary, children, folded, false);
    }

    UnitNode withoutSelf() {
        return new UnitNode(unit, members, probationary, children, folded, true);
    }
}
