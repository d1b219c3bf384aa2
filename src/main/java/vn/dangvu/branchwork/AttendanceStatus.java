package vn.dangvu.branchwork;

public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT,
    EXEMPT
}
