package vn.dangvu.organisation;

import java.util.List;

/**
 * A unit in the tree page, with its children and the members attending it or any unit below it;
 * {@code folded} when it has units below it that the page does not show (open it to see them).
 */
public record UnitNode(UnitView unit, long members, List<UnitNode> children, boolean folded) {}
