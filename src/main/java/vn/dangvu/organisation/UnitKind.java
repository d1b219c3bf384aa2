package vn.dangvu.organisation;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of organisation unit. The tree is generic: no level is assumed to exist forever. */
public enum UnitKind {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    TOWN,
    WARD,
    AGENCY,
    HAMLET,
    QUARTER,
    OTHER;

    public static final Set<UnitKind> BRANCH_KINDS = EnumSet.of(AGENCY, HAMLET, QUARTER, OTHER);
    public static final Set<UnitKind> COMMUNE_KINDS = EnumSet.of(COMMUNE, TOWN, WARD);

    /** A chi bộ: the unit members attend. */
    public boolean isBranch() {
        return BRANCH_KINDS.contains(this);
    }

    public boolean isCommuneLevel() {
        return COMMUNE_KINDS.contains(this);
    }

    /** A branch of a place where people live (ấp, khóm): the only kind a residence can be. */
    public boolean isResidential() {
        return this == HAMLET || this == QUARTER;
    }
}
