package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One member's month in the ledger: the branch it is owed to, the category and the amount due (null when
 * no rate or base is known for it), what was paid, the last payment's day, channel, reference and who
 * recorded it.
 */
public record MonthLine(
        long memberId,
        YearMonth month,
        long branchId,
        String category,
        Long due,
        Long rateId,
        String rule,
        long paid,
        LocalDate lastPaidOn,
        String channel,
        String reference,
        String recordedBy) {

    public boolean dueKnown() {
        return due != null;
    }

    /** Paid in full (an exemption, a due of 0, is paid). */
    public boolean paidInFull() {
        return due != null && paid >= due;
    }

    /** Owed and not paid in full: what arrears count. */
    public boolean unpaid() {
        return due != null && paid < due;
    }

    public long remaining() {
        return due == null ? 0 : Math.max(0, due - paid);
    }

    public boolean partial() {
        return unpaid() && paid > 0;
    }
}
