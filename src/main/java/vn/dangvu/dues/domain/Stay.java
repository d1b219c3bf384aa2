package vn.dangvu.dues.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** A member's stay in a branch (a membership period): the months it covers are owed to that branch. */
public record Stay(long memberId, long branchId, LocalDate startedOn, LocalDate endedOn) {

    /** Whether the stay covers some day of the month ({@code endedOn} is the first day no longer in it). */
    public boolean overlaps(YearMonth month) {
        return !startedOn.isAfter(month.atEndOfMonth()) && (endedOn == null || endedOn.isAfter(month.atDay(1)));
    }
}
