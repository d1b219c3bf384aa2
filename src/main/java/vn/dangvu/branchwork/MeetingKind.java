package vn.dangvu.branchwork;

public enum MeetingKind {
    REGULAR,
    THEMATIC,
    COMMITTEE
}
