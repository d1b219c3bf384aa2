package vn.dangvu.dues.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** The share a level keeps (BRANCH of what it collects, GRASSROOTS of what it receives), in basis points. */
public record Share(long id, String level, int basisPoints, LocalDate validFrom, LocalDate validTo) {

    public boolean appliesTo(YearMonth month) {
        return DuesMonths.holdsOnLastDay(validFrom, validTo, month);
    }
}
