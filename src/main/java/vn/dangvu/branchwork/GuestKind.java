package vn.dangvu.branchwork;

public enum GuestKind {
    LIAISON,
    COMMUNE_OFFICIAL,
    OTHER
}
