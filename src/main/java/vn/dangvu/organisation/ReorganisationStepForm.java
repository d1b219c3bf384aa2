package vn.dangvu.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One step added to a plan. {@code unitIds}: the units it changes (the predecessors of a merge, the units
 * moved, the unit renamed, whose level changes or that ends). {@code target}: the other side, written
 * {@code "u<id>"} for an existing unit or {@code "s<id>"} for a unit established by an earlier step (the
 * parent of a new unit, the successor, the new parent, where an ended unit is kept). Which fields a kind
 * uses is told on the form; the others are ignored.
 */
public record ReorganisationStepForm(
        @NotNull ReorganisationStepKind kind,
        List<Long> unitIds,
        @Size(max = 30) String target,
        @Size(max = 200) String name,
        @Size(max = 40) String code,
        UnitKind unitKind,
        LevelRole levelRole) {

    public static ReorganisationStepForm empty() {
        return new ReorganisationStepForm(ReorganisationStepKind.ESTABLISH, List.of(), "", "", "", null, null);
    }

    public List<Long> units() {
        return unitIds == null
                ? List.of()
                : unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
