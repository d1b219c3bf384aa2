package vn.dangvu.organisation;

/**
 * A unit's place in the Party's levels, dated like its name: it decides who approves a transfer, whose
 * quota a rating follows and who issues a letter, never the unit's kind. A district was the level
 * directly above the grassroots before 1/7/2025; after it, a commune Party committee directly under the
 * province (Quy định 294-QĐ/TW). Whether a hamlet branch is a grassroots branch or a branch under a
 * grassroots committee is the province's choice, so it is data.
 */
public enum LevelRole {
    /** Đảng bộ tỉnh: the provincial committee and its boards. */
    PROVINCE,
    /** Cấp trên trực tiếp của tổ chức cơ sở đảng: a district before 1/7/2025. */
    ABOVE_GRASSROOTS,
    /** Tổ chức cơ sở đảng: a commune's Party organisation, or a grassroots branch. */
    GRASSROOTS,
    /** Chi bộ trực thuộc: a branch under a grassroots committee. */
    BRANCH;

    /** The role a new unit of this kind takes unless it is given one: the tree as it stood before 2025. */
    public static LevelRole usualFor(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> PROVINCE;
            case DISTRICT -> ABOVE_GRASSROOTS;
            case COMMUNE, TOWN, WARD -> GRASSROOTS;
            default -> BRANCH;
        };
    }

    /**
     * The role of a new unit of this kind under a parent of this level: a chi bộ under a grassroots
     * committee is a branch of it; one directly under a committee above the grassroots (or the province) is
     * itself a grassroots organisation (chi bộ cơ sở).
     */
    public static LevelRole forNew(UnitKind kind, LevelRole parentLevel) {
        if (kind.isBranch() && parentLevel != null && parentLevel != GRASSROOTS) {
            return GRASSROOTS;
        }
        return usualFor(kind);
    }

    /** Whether a chi bộ may be placed under a unit of this level and kind: under a Party committee, not a chi bộ. */
    public static boolean holdsBranches(LevelRole level, UnitKind kind) {
        return !kind.isBranch() && level != BRANCH;
    }
}
