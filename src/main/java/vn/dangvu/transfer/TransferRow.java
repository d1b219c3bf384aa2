package vn.dangvu.transfer;

import java.time.LocalDate;

/** One line of a transfer list. */
public record TransferRow(
        long id,
        String memberName,
        TransferKind kind,
        TransferDirection direction,
        TransferState state,
        String fromName,
        String toName,
        LocalDate letterDate,
        LocalDate effectiveOn) {}
