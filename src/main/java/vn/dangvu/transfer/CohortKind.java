package vn.dangvu.transfer;

public enum CohortKind {
    /** All members of the agency branches (chi bộ cơ quan) of the chosen communes. */
    AGENCY_BRANCHES,
    /** All members of one member group in the chosen communes who do not yet attend a hamlet/quarter branch. */
    MEMBER_GROUP
}
