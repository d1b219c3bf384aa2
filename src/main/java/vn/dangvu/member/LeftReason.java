package vn.dangvu.member;

public enum LeftReason {
    DECEASED,
    EXPELLED,
    REMOVED,
    RESIGNED,
    TRANSFERRED_OUT
}
