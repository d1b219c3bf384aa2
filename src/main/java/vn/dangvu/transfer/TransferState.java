package vn.dangvu.transfer;

public enum TransferState {
    DRAFT,
    PROPOSED,
    APPROVED,
    COMPLETED,
    REJECTED,
    CANCELLED;

    public boolean isOpen() {
        return this == DRAFT || this == PROPOSED || this == APPROVED;
    }
}
