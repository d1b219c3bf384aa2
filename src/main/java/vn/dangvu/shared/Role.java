package vn.dangvu.shared;

/**
 * The five kinds of user of DESIGN.md §4. What each may do is decided by the policy of each module
 * ({@code MemberPolicy}, {@code TransferPolicy}, ...), never by the role itself or by a template.
 */
public enum Role {
    DISTRICT_STAFF,
    DISTRICT_LEADER,
    COMMUNE_OFFICIAL,
    BRANCH_SECRETARY,
    /** A Party member's own account: their own records only (issue 21). */
    MEMBER
}
