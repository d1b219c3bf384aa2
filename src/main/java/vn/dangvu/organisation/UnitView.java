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

    /** The unit's Party committee by today's name and kind: "Đảng ủy xã Tân Thành", "Chi bộ Ấp Bình Thạnh". */
    public BodyName committee() {
        return BodyName.committeeOf(today());
    }

    /** The Party body this unit's users work for, by today's name: "Đảng bộ tỉnh Đồng Tháp", "Đảng ủy xã Tân Thành". */
    public BodyName partyBody() {
        return BodyName.partyBodyOf(today());
    }

    private UnitOnDay today() {
        return new UnitOnDay(id, name, kind, levelRole, parentId, path, path);
    }
}
