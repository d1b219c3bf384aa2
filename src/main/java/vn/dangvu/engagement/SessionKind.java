package vn.dangvu.engagement;

public enum SessionKind {
    RECEPTION,
    DIALOGUE
}
