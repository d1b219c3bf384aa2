package vn.dangvu.engagement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.dangvu.shared.Dates;
import vn.dangvu.shared.PageView;

/** Reads the dates of a list's filter as typed, keeping a message for each one that is no date. */
final class FilterDates {

    private final List<EngagementViews.FilterProblem> problems = new ArrayList<>();

    /** The date typed in {@code field}, or null when it is blank or not a date (then a problem is kept). */
    LocalDate read(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Dates.Parsed parsed = Dates.parse(text);
        if (!parsed.ok()) {
            problems.add(
                    new EngagementViews.FilterProblem(field, parsed.problem().messageKey(), text.strip()));
            return null;
        }
        return parsed.date();
    }

    /** As {@link #read}, for a day to look back from: a day still to come is a problem too. */
    LocalDate readPast(String field, String text) {
        LocalDate date = read(field, text);
        if (date != null && date.isAfter(LocalDate.now())) {
            problems.add(new EngagementViews.FilterProblem(field, "period.date.future", text.strip()));
            return null;
        }
        return date;
    }

    /** The dates typed in a period's two boxes, {@code from} and {@code to} (either may be null). */
    record Period(LocalDate from, LocalDate to) {}

    /** As {@link #read} for both ends of a period, and {@link #inOrder}. */
    Period period(String fromField, String from, String toField, String to) {
        Period period = new Period(read(fromField, from), read(toField, to));
        inOrder(toField, period.from(), period.to());
        return period;
    }

    /** The page of rows the filter asks for, or, when a date in it cannot be used, its problems instead. */
    <T> EngagementViews.Listing<T> listing(Supplier<PageView<T>> rows) {
        return ok()
                ? new EngagementViews.Listing<>(rows.get(), List.of())
                : EngagementViews.Listing.refused(problems());
    }

    /** A period whose end comes before its start finds nothing: the user is told instead. */
    void inOrder(String toField, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new EngagementViews.FilterProblem(toField, "filter.periodReversed", null));
        }
    }

    /** The year typed in {@code field}, or null when it is blank, not a year or out of range (a problem is kept). */
    Integer year(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new EngagementViews.FilterProblem(field, "period.year.invalid", text.strip()));
            return null;
        }
        if (year < 1930 || year > LocalDate.now().getYear() + 1) {
            problems.add(new EngagementViews.FilterProblem(field, "filter.yearOutOfRange", String.valueOf(year)));
            return null;
        }
        return year;
    }

    List<EngagementViews.FilterProblem> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
