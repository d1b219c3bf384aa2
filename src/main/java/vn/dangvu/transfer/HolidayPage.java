package vn.dangvu.transfer;

import vn.dangvu.shared.PageView;

/** A year of the holiday calendar, and whether the reader keeps it (adds, corrects, removes days). */
public record HolidayPage(int year, PageView<HolidayView> days, boolean keep) {}
