package vn.dangvu.branchwork;

public enum DutyStatus {
    ASSIGNED,
    IN_PROGRESS,
    DONE,
    NOT_DONE
}
