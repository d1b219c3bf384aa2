package vn.dangvu.transfer.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days: Monday to Friday, less the days off kept in {@code public_holiday} (data, not code: a new
 * year's holidays are rows). Deadlines of transfers (60 working days to start, 30 to present the letter)
 * are counted with it.
 */
@Component
@RequiredArgsConstructor
public class WorkingDays {

    private final JdbcClient jdbc;

    /** The day {@code days} working days after {@code from} (the first counted day is the one after it). */
    public LocalDate after(LocalDate from, int days) {
        return new Calendar(holidaysBetween(from, from.plusDays(days * 2L + 60))).after(from, days);
    }

    /** A calendar over the holidays of [from, to], for many deadlines at once (one statement). */
    public Calendar calendar(LocalDate from, LocalDate to) {
        return new Calendar(holidaysBetween(from, to));
    }

    private Set<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("select day from public_holiday where day between :from and :to")
                .param("from", from)
                .param("to", to)
                .query(LocalDate.class)
                .list());
    }

    /** Counts working days over a set of holidays read once. */
    public record Calendar(Set<LocalDate> holidays) {

        public boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day);
        }

        public LocalDate after(LocalDate from, int days) {
            LocalDate day = from;
            int counted = 0;
            while (counted < days) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        }
    }
}
