package vn.dangvu.shared.web;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The years and as-of dates a page may be asked about: from 1930, when the Party was founded, to next
 * year. Anything else is a bad request (400), not a query that runs for minutes over thousands of years
 * or a date the database cannot hold.
 */
public final class Periods {

    public static final int FIRST_YEAR = 1930;

    private Periods() {}

    /** The year asked for, or {@code otherwise} when none was. */
    public static int year(Integer year, int otherwise) {
        int checked = year == null ? otherwise : year;
        if (checked < FIRST_YEAR || checked > LocalDate.now().getYear() + 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range: " + checked);
        }
        return checked;
    }

    /** The date asked for, or today when none was. */
    public static LocalDate asOf(LocalDate asOf) {
        LocalDate checked = asOf == null ? LocalDate.now() : asOf;
        year(checked.getYear(), checked.getYear());
        return checked;
    }
}
