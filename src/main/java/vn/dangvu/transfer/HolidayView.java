package vn.dangvu.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day off in the calendar that transfer deadlines count over. */
public record HolidayView(LocalDate day, String name, boolean provisional) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The day as written in the audit and as the person correcting or removing it saw it: the forms send
     * it back, so that a change made by someone else meanwhile is not overwritten unseen.
     */
    public String seen() {
        return DAY.format(day) + " " + name.trim() + (provisional ? " (dự kiến)" : "");
    }
}
