package vn.dangvu.engagement;

public enum ConcernStatus {
    OPEN,
    FORWARDED,
    RESOLVED
}
