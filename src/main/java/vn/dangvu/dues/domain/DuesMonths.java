package vn.dangvu.dues.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** Which dated row a month follows: the one that holds on the month's last day. */
public final class DuesMonths {

    private DuesMonths() {}

    public static boolean holdsOnLastDay(LocalDate from, LocalDate to, YearMonth month) {
        LocalDate last = month.atEndOfMonth();
        return !from.isAfter(last) && (to == null || to.isAfter(last));
    }
}
