package vn.dangvu.transfer;

import java.time.LocalDate;

/** A day off in the calendar that transfer deadlines count over. */
public record HolidayView(LocalDate day, String name, boolean provisional) {}
