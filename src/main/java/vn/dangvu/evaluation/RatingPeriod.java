package vn.dangvu.evaluation;

import java.time.LocalDate;

/** The period a rating covers: the year (Y) or one of its quarters (366-QĐ/TW allows quarterly reviews). */
public enum RatingPeriod {
    Y,
    Q1,
    Q2,
    Q3,
    Q4;

    /** The rating date: the period's last day. */
    public LocalDate lastDay(int year) {
        return this == Y
                ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, ordinal() * 3, 1).plusMonths(1).minusDays(1);
    }

    public LocalDate firstDay(int year) {
        return this == Y ? LocalDate.of(year, 1, 1) : LocalDate.of(year, ordinal() * 3 - 2, 1);
    }

    public boolean yearly() {
        return this == Y;
    }
}
