package vn.dangvu.transfer;

/** Whether both branches are in this tree, or the member comes in from, or goes out to, elsewhere. */
public enum TransferDirection {
    WITHIN,
    IN,
    OUT
}
