package vn.dangvu.organisation;

/** What one step of a reorganisation does; each runs through the matching {@link Reorganiser} change. */
public enum ReorganisationStepKind {
    /** A new unit (thành lập), under an existing unit or one established earlier in the plan, or a new root. */
    ESTABLISH,
    /** Units merged into a successor (hợp nhất, sáp nhập), new or one that keeps its identity. */
    MERGE,
    /** Units placed under another parent (chuyển trực thuộc), with everything below them. */
    MOVE,
    RENAME,
    CHANGE_LEVEL,
    /** A unit ends its activity (kết thúc hoạt động), optionally kept under another unit. */
    END
}
