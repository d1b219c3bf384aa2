package vn.dangvu.transfer;

import java.time.LocalDate;

/**
 * One entry of an issuing committee's transfer register (Sổ giới thiệu sinh hoạt đảng): its number in the
 * year, the issuer (today's name of the unit), the letter's date (or the day of approval when the letter has
 * none), the member and both ends.
 */
public record RegisterRow(
        long transferId,
        String issuerName,
        int number,
        LocalDate letterDate,
        String letterNumber,
        String memberName,
        TransferKind kind,
        String fromName,
        String toName,
        TransferState state) {}
