package vn.dangvu.transfer;

/** Filters of the transfer list; all optional. */
public record TransferFilter(TransferState state, TransferKind kind, Long campaign) {}
