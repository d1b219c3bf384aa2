package vn.dangvu.dues;

/** The levels that keep a share of the dues; the rest goes upward. */
public enum ShareLevel {
    BRANCH,
    GRASSROOTS
}
