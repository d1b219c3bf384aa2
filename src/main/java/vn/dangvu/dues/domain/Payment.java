package vn.dangvu.dues.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** One payment in the ledger: a member's money for one month, with how it came and who recorded it. */
public record Payment(
        long id,
        long memberId,
        YearMonth month,
        long branchId,
        long amount,
        long due,
        Long rateId,
        LocalDate paidOn,
        String channel,
        String reference,
        String recordedBy) {}
