package vn.dangvu.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;

/**
 * What PostgreSQL's catalog says about the application's schema, read on the caller's connection (and
 * so in its transaction): the tables with their stored columns, their foreign-key order, the sequences
 * and the Flyway schema version. Tables are found, not listed, so that a new migration is backed up
 * without touching this code.
 */
@RequiredArgsConstructor
final class Catalog {

    private final Connection connection;

    /** When the current transaction, and so a repeatable-read snapshot, began. */
    Instant transactionStart() throws SQLException {
        return single("select now()", OffsetDateTime.class).toInstant();
    }

    /** The latest successful versioned migration, or empty when Flyway never ran here. */
    Optional<String> schemaVersion() throws SQLException {
        boolean migrated = single("select to_regclass('flyway_schema_history') is not null", Boolean.class);
        if (!migrated) {
            return Optional.empty();
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select version from flyway_schema_history
                        where success and version is not null
                        order by installed_rank desc limit 1""")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /**
     * The application's tables, each after the tables its foreign keys point to, with their stored
     * (non-generated) columns. A table that refers to itself is fine: COPY checks its foreign keys at
     * the end of the statement. Flyway's history is left out (Flyway writes it when it creates the
     * schema), and so are the web sessions (Spring Session): signing in again is cheaper than
     * restoring them; and the import previews, uploads waiting two hours at most for confirmation.
     */
    Map<String, List<String>> tablesInLoadOrder() throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select c.relname, a.attname
                        from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                        where n.nspname = current_schema() and c.relkind = 'r' and a.attgenerated = ''
                          and not exists (select 1 from pg_depend d
                                          where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype = 'e')
                          and c.relname <> 'flyway_schema_history' and not starts_with(c.relname, 'spring_session')
                          and not starts_with(c.relname, 'import_preview')
                        order by c.relname, a.attnum""")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, TreeSet<String>> references = new TreeMap<>();
        columns.keySet().forEach(t -> references.put(t, new TreeSet<>()));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select c.relname, r.relname
                        from pg_constraint k
                        join pg_class c on c.oid = k.conrelid
                        join pg_class r on r.oid = k.confrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        where k.contype = 'f' and n.nspname = current_schema() and c.oid <> r.oid""")) {
            while (rs.next()) {
                if (references.containsKey(rs.getString(1)) && references.containsKey(rs.getString(2))) {
                    references.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        while (ordered.size() < columns.size()) {
            String next = references.entrySet().stream()
                    .filter(e -> !ordered.containsKey(e.getKey()))
                    .filter(e -> ordered.keySet().containsAll(e.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle among "
                            + references.keySet().stream()
                                    .filter(t -> !ordered.containsKey(t))
                                    .toList()));
            ordered.put(next, columns.get(next));
        }
        return ordered;
    }

    /**
     * The schema's sequences with their state and the column whose values they give: the column that
     * owns them (serial, identity) or else, by this project's naming, {@code <table>_seq} for
     * {@code <table>.id}.
     */
    List<SequenceState> sequences() throws SQLException {
        List<SequenceState> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select s.relname, q.seqincrement, t.relname, a.attname,
                               (select t2.relname from pg_class t2
                                join pg_attribute a2 on a2.attrelid = t2.oid and a2.attname = 'id' and not a2.attisdropped
                                where t2.relnamespace = s.relnamespace and t2.relkind = 'r'
                                  and t2.relname || '_seq' = s.relname)
                        from pg_class s
                        join pg_namespace n on n.oid = s.relnamespace
                        join pg_sequence q on q.seqrelid = s.oid
                        left join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass
                             and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
                        left join pg_class t on t.oid = d.refobjid
                        left join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                        where s.relkind = 'S' and n.nspname = current_schema()
                          -- the change stamps (V6, V57 per table) are not data: every write, a restore's too,
                          -- moves them, and put back they would give figures cached before the restore
                          and s.relname <> 'data_change_seq' and not starts_with(s.relname, 'dv_changed_')
                        order by s.relname""")) {
            while (rs.next()) {
                String table = rs.getString(3) != null ? rs.getString(3) : rs.getString(5);
                String column = rs.getString(3) != null ? rs.getString(4) : rs.getString(5) != null ? "id" : null;
                found.add(new SequenceState(rs.getString(1), rs.getLong(2), table, column, 0, false));
            }
        }
        List<SequenceState> withState = new ArrayList<>();
        for (SequenceState sequence : found) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select last_value, is_called from " + quoted(sequence.name()))) {
                rs.next();
                withState.add(sequence.at(rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return withState;
    }

    /** Whether the table holds no row. */
    boolean isEmpty(String table) throws SQLException {
        return !single("select exists (select 1 from " + quoted(table) + ")", Boolean.class);
    }

    /** The largest value of a column, or empty when the table has no row. */
    Optional<Long> max(String table, String column) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select max(" + quoted(column) + ") from " + quoted(table))) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(value);
        }
    }

    void setSequence(String name, long value, boolean called) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            s.setString(1, quoted(name));
            s.setLong(2, value);
            s.setBoolean(3, called);
            s.execute();
        }
    }

    private <T> T single(String sql, Class<T> type) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, type);
        }
    }

    /** A name of the current schema as SQL, quoted so that any name is safe. */
    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(Catalog::quoted).toList());
    }

    /**
     * A sequence, the column it numbers (if known) and its state: the next {@code nextval} returns
     * {@code lastValue + increment} when {@code called}, else {@code lastValue}.
     */
    record SequenceState(String name, long increment, String table, String column, long lastValue, boolean called) {

        SequenceState at(long value, boolean isCalled) {
            return new SequenceState(name, increment, table, column, value, isCalled);
        }

        /**
         * The lowest id that the next {@code nextval} can hand out: Hibernate's pooled optimizer uses
         * the block {@code (v - increment, v]} below each value {@code v}, plain callers use {@code v}.
         */
        long nextFreeId() {
            long next = called ? lastValue + increment : lastValue;
            return increment > 1 ? next - increment + 1 : next;
        }
    }
}
