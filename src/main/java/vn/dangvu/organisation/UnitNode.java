package vn.dangvu.organisation;

import java.util.List;

/** A unit in the tree page, with its children and the members attending it or any unit below it. */
public record UnitNode(UnitView unit, long members, List<UnitNode> children) {}
