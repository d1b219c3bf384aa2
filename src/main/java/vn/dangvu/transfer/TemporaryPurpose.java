package vn.dangvu.transfer;

import java.time.LocalDate;
import java.time.Period;
import vn.dangvu.shared.BusinessRuleException;

/**
 * Why a member attends elsewhere temporarily, and how long that may last (RULES.md, Transfers, from QĐ
 * 232-QĐ/TW §6.3.2: residence or work of 3 months to under a year, study of 3 months to 2 years).
 */
public enum TemporaryPurpose {
    RESIDENCE(Period.ofYears(1), false),
    WORK(Period.ofYears(1), false),
    STUDY(Period.ofYears(2), true);

    private static final Period SHORTEST = Period.ofMonths(3);

    private final Period longest;
    private final boolean longestIncluded;

    TemporaryPurpose(Period longest, boolean longestIncluded) {
        this.longest = longest;
        this.longestIncluded = longestIncluded;
    }

    /** The latest planned end allowed for a stay starting {@code from}. */
    public LocalDate latestEnd(LocalDate from) {
        LocalDate limit = from.plus(longest);
        return longestIncluded ? limit : limit.minusDays(1);
    }

    /** A stay from {@code from} to {@code plannedEnd} for {@code purpose}: refused outside the purpose's bounds. */
    public static void check(TemporaryPurpose purpose, LocalDate plannedEnd, LocalDate from) {
        if (purpose == null) {
            throw BusinessRuleException.onField("temporaryPurpose", "transfer.temporaryPurposeRequired");
        }
        if (plannedEnd == null) {
            throw BusinessRuleException.onField("plannedEnd", "transfer.plannedEndRequired");
        }
        if (plannedEnd.isBefore(from.plus(SHORTEST))) {
            throw BusinessRuleException.onField("plannedEnd", "transfer.temporaryTooShort");
        }
        if (plannedEnd.isAfter(purpose.latestEnd(from))) {
            throw BusinessRuleException.onField("plannedEnd", "transfer.temporaryTooLong." + purpose.name());
        }
    }
}
