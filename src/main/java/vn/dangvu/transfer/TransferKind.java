package vn.dangvu.transfer;

public enum TransferKind {
    /** Nội bộ: within the same commune. */
    INTERNAL,
    /** Chính thức: to or from another Party committee. */
    OFFICIAL,
    /** Tạm thời. */
    TEMPORARY,
    /** Tập thể: on dissolution or merger of a branch. */
    COLLECTIVE
}
