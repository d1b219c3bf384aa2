package vn.dangvu.shared.db;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number that moves whenever the organisation's data changes (statement triggers on every data table
 * call {@code nextval('data_change_seq')}, migration V6), on every app instance sharing the database.
 * Results computed from the data may be reused while it stays the same.
 */
@Component
@RequiredArgsConstructor
public class DataChangeStamp {

    private final JdbcTemplate jdbc;

    public long current() {
        Long value = jdbc.queryForObject("select last_value from data_change_seq", Long.class);
        return value == null ? 0 : value;
    }
}
