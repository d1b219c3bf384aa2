package vn.dangvu.member;

public enum MemberStatus {
    ACTIVE,
    /**
     * Miễn công tác và sinh hoạt đảng: never stored (V21), it follows on each date from the member's
     * exemption records; the member still belongs to the branch and counts in its total.
     */
    EXEMPT,
    LEFT
}
