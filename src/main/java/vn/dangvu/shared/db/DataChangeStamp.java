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
        // On a streaming replica (a read-only transaction with DANGVU_REPLICA_URL) a sequence shows the value
        // its primary last wrote to the WAL, which runs up to 32 ahead and moves once per 32 changes: a stamp
        // read there is not the primary's and may stay put after a change. Negated, it can never be mistaken
        // for a primary's stamp (whose results are exact); results keyed by it may be up to 32 changes old,
        // so results computed on a replica are only as fresh as the cache's own time limit.
        Long value = jdbc.queryForObject(
                "select case when pg_is_in_recovery() then -1 - last_value else last_value end from data_change_seq",
                Long.class);
        return value == null ? 0 : value;
    }
}
