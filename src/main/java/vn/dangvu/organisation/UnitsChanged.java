package vn.dangvu.organisation;

import java.util.List;

/**
 * Published when a reorganisation step changed today's name, place, level or status of these units (the
 * units below a moved one included), within the step's transaction.
 */
public record UnitsChanged(List<Long> unitIds) {}
