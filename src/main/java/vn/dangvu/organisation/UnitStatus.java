package vn.dangvu.organisation;

/** ACTIVE; DISSOLVED (a branch giải thể); ENDED (kết thúc hoạt động: merged into another, or a level abolished). */
public enum UnitStatus {
    ACTIVE,
    DISSOLVED,
    ENDED
}
