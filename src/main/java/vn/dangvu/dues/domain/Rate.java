package vn.dangvu.dues.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A category's rate under one rule, valid from a day to a day (exclusive, null while it holds): a percent
 * of the member's base in basis points (100 = 1%), or a fixed amount in whole đồng.
 */
public record Rate(
        long id,
        String category,
        String rule,
        Integer basisPoints,
        Long amount,
        LocalDate validFrom,
        LocalDate validTo,
        String note) {

    public Rate {
        if ((basisPoints == null) == (amount == null)) {
            throw new IllegalArgumentException("a rate is a percent or an amount");
        }
    }

    public boolean percent() {
        return basisPoints != null;
    }

    /** A month follows the rate that holds on its last day. */
    public boolean appliesTo(YearMonth month) {
        return DuesMonths.holdsOnLastDay(validFrom, validTo, month);
    }
}
