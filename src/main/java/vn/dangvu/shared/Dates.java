package vn.dangvu.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in Vietnam type them: day first, with slashes, dots or dashes (5/1/2019, 05.01.2019,
 * 05-01-2019), or year first as ISO (2019-01-05). Forms and imports both read dates here, and learn
 * whether a text is no date at all or names a day the calendar does not have (31/02/2020).
 */
public final class Dates {

    /** Why a text is not a date, with the key of the message that says so. */
    public enum Problem {
        NOT_A_DATE("date.invalid"),
        NO_SUCH_DAY("date.nonexistent");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A date, or the problem of a text that is not one (exactly one of the two is set). */
    public record Parsed(LocalDate date, Problem problem) {

        public boolean ok() {
            return date != null;
        }

        public <X extends Exception> LocalDate orElseThrow(Function<Problem, X> failure) throws X {
            if (date == null) {
                throw failure.apply(problem);
            }
            return date;
        }
    }

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private Dates() {}

    /** A date with a four-digit year, as the forms take it. */
    public static Parsed parse(String text) {
        return read(text, null);
    }

    /**
     * A date that may also have a two-digit year, as old registers write it: the latest year with those
     * digits that does not put the date after {@code today} ("12/3/62" is 12/03/1962).
     */
    public static Parsed parseWithTwoDigitYears(String text, LocalDate today) {
        return read(text, today);
    }

    /** {@code today} is null when two-digit years are not accepted. */
    private static Parsed read(String text, LocalDate today) {
        String trimmed = text == null ? "" : text.strip();
        Matcher dayFirst = DAY_FIRST.matcher(trimmed);
        if (dayFirst.matches()) {
            String year = dayFirst.group(4);
            int day = Integer.parseInt(dayFirst.group(1));
            int month = Integer.parseInt(dayFirst.group(3));
            if (year.length() == 2) {
                return today == null ? failed(Problem.NOT_A_DATE) : of(century(year, month, day, today), month, day);
            }
            return of(Integer.parseInt(year), month, day);
        }
        Matcher yearFirst = YEAR_FIRST.matcher(trimmed);
        if (yearFirst.matches()) {
            return of(
                    Integer.parseInt(yearFirst.group(1)),
                    Integer.parseInt(yearFirst.group(2)),
                    Integer.parseInt(yearFirst.group(3)));
        }
        return failed(Problem.NOT_A_DATE);
    }

    private static int century(String twoDigits, int month, int day, LocalDate today) {
        int year = 2000 + Integer.parseInt(twoDigits);
        boolean afterToday = year > today.getYear()
                || year == today.getYear()
                        && (month > today.getMonthValue()
                                || month == today.getMonthValue() && day > today.getDayOfMonth());
        return afterToday ? year - 100 : year;
    }

    private static Parsed of(int year, int month, int day) {
        // a year before 1000 ("0201") is a slip of the keyboard, not a date of this register
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) {
            return failed(Problem.NOT_A_DATE);
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return failed(Problem.NO_SUCH_DAY);
        }
        return new Parsed(LocalDate.of(year, month, day), null);
    }

    private static Parsed failed(Problem problem) {
        return new Parsed(null, problem);
    }
}
