package vn.dangvu.member;

public enum MemberStatus {
    ACTIVE,
    /** Miễn sinh hoạt: still belongs to the branch. */
    EXEMPT,
    LEFT
}
