package vn.dangvu.dues.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A member's dues category and base from a month (its first day) to a month (exclusive, null while it
 * holds), with a hardship reduction of 0, 30, 50 or 70 percent.
 */
public record Assignment(
        long id,
        long memberId,
        String category,
        Long base,
        int reductionPercent,
        LocalDate validFrom,
        LocalDate validTo,
        String createdBy) {

    public boolean appliesTo(YearMonth month) {
        return DuesMonths.holdsOnLastDay(validFrom, validTo, month);
    }
}
