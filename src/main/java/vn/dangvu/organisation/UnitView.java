package vn.dangvu.organisation;

import java.time.LocalDate;

/** A read-only view of an organisation unit. {@code path} is the materialised path "/1/51/101/". */
public record UnitView(
        long id,
        String code,
        String name,
        UnitKind kind,
        UnitStatus status,
        Long parentId,
        String path,
        LocalDate dissolvedOn,
        String dissolutionDecision,
        long version,
        LevelRole levelRole) {

    public boolean active() {
        return status == UnitStatus.ACTIVE;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(UnitView other) {
        return other.path().startsWith(path);
    }
}
