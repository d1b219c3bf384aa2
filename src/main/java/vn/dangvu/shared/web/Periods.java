package vn.dangvu.shared.web;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.dangvu.shared.Dates;
import vn.dangvu.shared.web.FlashMessages.FlashMessage;

/**
 * The years and as-of dates a page may be asked about: from 1930, when the Party was founded, to today
 * (a date) or next year (a year). Nothing outside becomes a query that runs over thousands of years or a
 * date the database cannot hold.
 *
 * <p>What a user types into a page's as-of or year box is read by {@link #asOf(String)} and {@link
 * #year(String, int)}, which never fail: a text that is no date, a day the calendar lacks, a date still to
 * come or a year out of range gives the page for today (or the default year) with a message that says what
 * was wrong, and the box keeps what was typed. A value no form sends (a year in a link, a hidden field) is
 * checked by {@link #year(Integer, int)}, a bad request otherwise.
 */
public final class Periods {

    public static final int FIRST_YEAR = 1930;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final int LONGEST_ECHO = 40;

    private Periods() {}

    /**
     * A typed as-of date and what the page shows for it: the date itself, or today when it cannot be used.
     * {@code shown} is what the box shows; {@code problem} (with {@code instead}, what is shown instead)
     * says what was wrong, or is null.
     */
    public record AsOf(LocalDate date, String shown, FlashMessage problem, FlashMessage instead) {}

    /** A typed year and what the page shows for it, as {@link AsOf} does for a date; {@code year} may be null for "every year". */
    public record Year(Integer year, String shown, FlashMessage problem, FlashMessage instead) {}

    /** The year asked for, or {@code otherwise} when none was. */
    public static int year(Integer year, int otherwise) {
        int checked = year == null ? otherwise : year;
        if (!inRange(checked)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range: " + checked);
        }
        return checked;
    }

    /** The as-of date typed into a page's box: today when none was typed or when the text cannot be used. */
    public static AsOf asOf(String typed) {
        LocalDate today = LocalDate.now();
        if (typed == null || typed.isBlank()) {
            return new AsOf(today, shown(today), null, null);
        }
        Dates.Parsed parsed = Dates.parse(typed);
        String problem;
        if (!parsed.ok()) {
            problem = parsed.problem() == Dates.Problem.NO_SUCH_DAY ? "period.date.nonexistent" : "period.date.invalid";
        } else if (parsed.date().isAfter(today)) {
            problem = "period.date.future";
        } else if (parsed.date().getYear() < FIRST_YEAR) {
            problem = "period.date.tooEarly";
        } else {
            return new AsOf(parsed.date(), shown(parsed.date()), null, null);
        }
        return new AsOf(
                today,
                typed,
                new FlashMessage(problem, new Object[] {echo(typed), String.valueOf(FIRST_YEAR)}),
                new FlashMessage("period.instead.today", new Object[] {shown(today)}));
    }

    /**
     * The first day of a period that ends on {@code end}, typed into a page's box: the first of January of
     * {@code end}'s year when none was typed or when the text cannot be used (no date, a day the calendar
     * lacks, before 1930 or after {@code end}), with a message as {@link #asOf(String)} gives.
     */
    public static AsOf periodStart(String typed, LocalDate end) {
        LocalDate otherwise = LocalDate.of(end.getYear(), 1, 1);
        if (typed == null || typed.isBlank()) {
            return new AsOf(otherwise, shown(otherwise), null, null);
        }
        Dates.Parsed parsed = Dates.parse(typed);
        String problem;
        if (!parsed.ok()) {
            problem = parsed.problem() == Dates.Problem.NO_SUCH_DAY ? "period.date.nonexistent" : "period.date.invalid";
        } else if (parsed.date().isAfter(end)) {
            problem = "period.start.afterEnd";
        } else if (parsed.date().getYear() < FIRST_YEAR) {
            problem = "period.date.tooEarly";
        } else {
            return new AsOf(parsed.date(), shown(parsed.date()), null, null);
        }
        return new AsOf(
                otherwise,
                typed,
                new FlashMessage(problem, new Object[] {echo(typed), String.valueOf(FIRST_YEAR), shown(end)}),
                new FlashMessage("period.instead.yearStart", new Object[] {shown(otherwise)}));
    }

    /** The year typed into a page's box: {@code otherwise} when none was typed or when the text cannot be used. */
    public static Year year(String typed, int otherwise) {
        return year(typed, otherwise, LocalDate.now().getYear() + 1);
    }

    /**
     * As {@link #year(String, int)} for a page that looks further ahead (the holiday calendar, whose days off
     * are announced years before): a year up to {@code latest} can be used.
     */
    public static Year year(String typed, int otherwise, int latest) {
        Year read = read(typed, otherwise, latest);
        return read.problem() == null
                ? read
                : new Year(
                        otherwise, read.shown(), read.problem(), new FlashMessage("period.instead.year", new Object[] {
                            String.valueOf(otherwise)
                        }));
    }

    /** The year of a list's filter: none (every year) when none was typed or when the text cannot be used. */
    public static Year yearFilter(String typed) {
        Year read = read(typed, null, LocalDate.now().getYear() + 1);
        return read.problem() == null
                ? read
                : new Year(
                        null, read.shown(), read.problem(), new FlashMessage("period.instead.allYears", new Object[0]));
    }

    private static Year read(String typed, Integer otherwise, int latest) {
        if (typed == null || typed.isBlank()) {
            return new Year(otherwise, otherwise == null ? "" : String.valueOf(otherwise), null, null);
        }
        String text = typed.strip();
        if (DIGITS.matcher(text).matches() && inRange(Integer.parseInt(text), latest)) {
            return new Year(Integer.parseInt(text), text, null, null);
        }
        String problem = DIGITS.matcher(text).matches() ? "period.year.outOfRange" : "period.year.invalid";
        return new Year(
                otherwise,
                typed,
                new FlashMessage(
                        problem, new Object[] {echo(typed), String.valueOf(FIRST_YEAR), String.valueOf(latest)}),
                null);
    }

    private static boolean inRange(int year) {
        return inRange(year, LocalDate.now().getYear() + 1);
    }

    private static boolean inRange(int year, int latest) {
        return year >= FIRST_YEAR && year <= latest;
    }

    private static String shown(LocalDate date) {
        return LocalDateFormatter.DISPLAY.format(date);
    }

    /** The typed text as a message quotes it: a long one shortened. */
    private static String echo(String typed) {
        String text = typed.strip();
        return text.length() > LONGEST_ECHO ? text.substring(0, LONGEST_ECHO) + "…" : text;
    }
}
