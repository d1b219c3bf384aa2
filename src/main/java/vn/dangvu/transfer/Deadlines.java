package vn.dangvu.transfer;

import java.time.LocalDate;

/**
 * A transfer's deadlines (Quy định 294-QĐ/TW 6.3.1): the procedure starts within {@link #START_DAYS} working
 * days of the decision or move; the letter is presented to the receiving committee within
 * {@link #PRESENT_DAYS} working days of its date. A due date is null when the date it counts from is unknown;
 * {@code startedOn} is the day the transfer was proposed.
 */
public record Deadlines(
        LocalDate decisionDate,
        LocalDate startDue,
        LocalDate startedOn,
        LocalDate letterDate,
        LocalDate presentDue,
        LocalDate presentedOn) {

    public static final int START_DAYS = 60;
    public static final int PRESENT_DAYS = 30;

    /** Started after its due date, or not started and the due date has passed. */
    public boolean startLate(LocalDate today) {
        return late(startDue, startedOn, today);
    }

    /** Presented after its due date, or not presented and the due date has passed. */
    public boolean presentLate(LocalDate today) {
        return late(presentDue, presentedOn, today);
    }

    private static boolean late(LocalDate due, LocalDate done, LocalDate today) {
        if (due == null) {
            return false;
        }
        return done != null ? done.isAfter(due) : today.isAfter(due);
    }
}
