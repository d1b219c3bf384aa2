package vn.dangvu.importing;

public enum ImportKind {
    MEMBERS,
    BRANCHES,
    DUES
}
