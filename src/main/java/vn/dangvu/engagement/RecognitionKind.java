package vn.dangvu.engagement;

public enum RecognitionKind {
    COMMENDATION,
    REMINDER
}
