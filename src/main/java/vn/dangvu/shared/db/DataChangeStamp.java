package vn.dangvu.shared.db;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers that move whenever the organisation's data changes, on every app instance sharing the database:
 * one per table ({@code dv_changed_<table>}, V57), moved by the statement triggers on every data table
 * (which also move V6's global {@code data_change_seq}). Results computed from the data may be reused while
 * the stamp of the tables they read stays the same.
 *
 * <p>On a streaming replica (a read-only transaction with DANGVU_REPLICA_URL) a sequence shows the value
 * its primary last wrote to the WAL, which runs up to 32 ahead and moves once per 32 changes: a stamp read
 * there is not the primary's and may stay put after a change. Negated, it can never be mistaken for a
 * primary's stamp (whose results are exact); results keyed by it may be up to 32 changes old, so results
 * computed on a replica are only as fresh as the cache's own time limit.
 */
@Component
@RequiredArgsConstructor
public class DataChangeStamp {

    private static final String TABLE_PREFIX = "dv_changed_";

    private final JdbcTemplate jdbc;

    /** The stamps of every table, read in one statement. */
    public Stamps byTable() {
        Map<String, Long> tables = new HashMap<>();
        boolean[] replica = {false};
        jdbc.query(
                "select substr(sequencename, length(?) + 1) as t, coalesce(last_value, 0) as v, pg_is_in_recovery() as r"
                        + " from pg_sequences where schemaname = current_schema() and starts_with(sequencename, ?)",
                rs -> {
                    tables.put(rs.getString("t"), rs.getLong("v"));
                    replica[0] = rs.getBoolean("r");
                },
                TABLE_PREFIX,
                TABLE_PREFIX);
        return new Stamps(Map.copyOf(tables), replica[0]);
    }

    /**
     * Each table's stamp. The stamp of a set of tables is the sum of theirs: every change adds one to a
     * table's, so the sum moves on any change to any of them and never comes back to an earlier value.
     */
    public record Stamps(Map<String, Long> tables, boolean replica) {

        /** The stamp of these tables; a table without a stamp of its own fails, so that none is forgotten. */
        public long of(Collection<String> names) {
            long sum = 0;
            for (String name : names) {
                Long value = tables.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("No change stamp for table " + name);
                }
                sum += value;
            }
            return replica ? -1 - sum : sum;
        }

        /** The stamp of every table. */
        public long all() {
            return of(tables.keySet());
        }
    }
}
