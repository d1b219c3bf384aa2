package vn.dangvu.transfer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code public_holiday}, the days off that {@link WorkingDays} counts over. */
@Component
@RequiredArgsConstructor
public class PublicHolidays {

    private final JdbcClient jdbc;

    /** A day off: its date is its key. */
    public record Row(LocalDate day, String name, boolean provisional) {}

    public List<Row> ofYear(int year, int offset, int limit) {
        return jdbc.sql("""
                        select day, name, provisional from public_holiday
                        where day between :from and :to order by day limit :limit offset :offset""")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .param("limit", limit)
                .param("offset", offset)
                .query(Row.class)
                .list();
    }

    public long countOfYear(int year) {
        return jdbc.sql("select count(*) from public_holiday where day between :from and :to")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(Long.class)
                .single();
    }

    public Optional<Row> find(LocalDate day) {
        return jdbc.sql("select day, name, provisional from public_holiday where day = :day")
                .param("day", day)
                .query(Row.class)
                .optional();
    }

    /** The day, locked until the end of the transaction: a correction or removal compares it first. */
    public Optional<Row> findForUpdate(LocalDate day) {
        return jdbc.sql("select day, name, provisional from public_holiday where day = :day for update")
                .param("day", day)
                .query(Row.class)
                .optional();
    }

    /** Adds the day unless it is already there; false when it was. */
    public boolean add(Row row) {
        return jdbc.sql("""
                        insert into public_holiday (day, name, provisional) values (:day, :name, :provisional)
                        on conflict (day) do nothing""")
                        .param("day", row.day())
                        .param("name", row.name())
                        .param("provisional", row.provisional())
                        .update()
                == 1;
    }

    /** Replaces the day {@code was} by {@code row}; the caller has checked that {@code row}'s day is free. */
    public boolean replace(LocalDate was, Row row) {
        return jdbc.sql(
                                "update public_holiday set day = :day, name = :name, provisional = :provisional where day = :was")
                        .param("day", row.day())
                        .param("name", row.name())
                        .param("provisional", row.provisional())
                        .param("was", was)
                        .update()
                == 1;
    }

    public boolean remove(LocalDate day) {
        return jdbc.sql("delete from public_holiday where day = :day")
                        .param("day", day)
                        .update()
                == 1;
    }
}
