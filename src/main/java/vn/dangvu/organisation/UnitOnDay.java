package vn.dangvu.organisation;

/**
 * A unit as it stood on a day: that day's name, kind, parent and level role, with its materialised path
 * of that day ({@code dayPath}) and of today ({@code path}, the one scope checks use, since a user's scope
 * is a current subtree that keeps its predecessors' history).
 */
public record UnitOnDay(
        long id, String name, UnitKind kind, LevelRole level, Long parentId, String dayPath, String path) {

    /** The unit's Party committee (cấp ủy) by that day's name: "Huyện ủy Tân Hồng", "Đảng ủy xã Tân Thành". */
    public BodyName committee() {
        return BodyName.committeeOf(this);
    }

    /**
     * The body of this unit that handles members' Party records: a grassroots committee itself; above the
     * grassroots its organisation board, "Ban Tổ chức" of a province or district committee, "Ban Xây dựng
     * Đảng" of a commune committee (Quy định 298-QĐ/TW).
     */
    public BodyName organisationBody() {
        return BodyName.organisationBodyOf(this);
    }
}
