package vn.dangvu.organisation;

public enum UnitStatus {
    ACTIVE,
    DISSOLVED
}
