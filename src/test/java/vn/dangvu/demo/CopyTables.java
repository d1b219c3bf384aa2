package vn.dangvu.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The COPY files of a dataset, one per table, made from what PostgreSQL's catalog says of the migrated
 * schema: each table's stored columns (nullable or not, with a default or not) and the foreign keys that
 * decide the order they are loaded in. Nothing here repeats the schema.
 */
final class CopyTables {

    private static final Logger log = LoggerFactory.getLogger(CopyTables.class);

    private final Path directory;
    private final Map<String, List<CopyFile.Column>> columns = new HashMap<>();
    private final Map<String, Set<String>> references = new HashMap<>();
    private final Map<String, CopyFile> files = new LinkedHashMap<>();

    CopyTables(Connection connection, Path directory) throws SQLException {
        this.directory = directory;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select c.relname, a.attname, a.attnotnull, a.atthasdef
                        from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                        where n.nspname = current_schema() and c.relkind = 'r' and a.attgenerated = ''
                        order by c.relname, a.attnum""")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(new CopyFile.Column(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        select k.conrelid::regclass::text, k.confrelid::regclass::text
                        from pg_constraint k join pg_namespace n on n.oid = k.connamespace
                        where k.contype = 'f' and n.nspname = current_schema() and k.conrelid <> k.confrelid""")) {
            while (rs.next()) {
                references
                        .computeIfAbsent(rs.getString(1), t -> new HashSet<>())
                        .add(rs.getString(2));
            }
        }
    }

    /** The next row of a table. */
    CopyFile.Row into(String table) {
        return files.computeIfAbsent(table, t -> {
                    List<CopyFile.Column> stored = columns.get(t);
                    if (stored == null) {
                        throw new IllegalArgumentException("No table " + t + " in the schema");
                    }
                    return new CopyFile(directory, t, stored);
                })
                .row();
    }

    /**
     * A table that is not loaded from a file but filled from the loaded rows by one statement once they are
     * in (the members' search text by top unit, V61, which a trigger per member would keep one row at a time).
     */
    record Derived(String table, String fill) {}

    /**
     * Loads the files, each after those of the tables its foreign keys point to, then fills the derived
     * tables, with all those tables' secondary indexes (a partitioned table's: its partitions'), unique
     * constraints and foreign keys made only after the load; rows per table.
     */
    Map<String, Long> load(Connection connection, List<Derived> derived) throws SQLException, IOException {
        Set<String> deferred = new LinkedHashSet<>(files.keySet());
        for (Derived table : derived) {
            deferred.addAll(partitions(connection, table.table()));
        }
        DeferredKeys keys = DeferredKeys.drop(connection, deferred);
        Set<String> frozen = emptied(connection);
        Map<String, Long> loaded = new LinkedHashMap<>();
        while (loaded.size() < files.size()) {
            CopyFile next = files.values().stream()
                    .filter(f -> !loaded.containsKey(f.table()))
                    .filter(f -> references.getOrDefault(f.table(), Set.of()).stream()
                            .noneMatch(r -> files.containsKey(r) && !loaded.containsKey(r)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle"));
            long started = System.currentTimeMillis();
            loaded.put(next.table(), next.load(connection, frozen.contains(next.table())));
            log.info(
                    "Copied {} rows into {} in {} ms",
                    loaded.get(next.table()),
                    next.table(),
                    System.currentTimeMillis() - started);
        }
        for (Derived table : derived) {
            long started = System.currentTimeMillis();
            try (Statement s = connection.createStatement()) {
                loaded.put(table.table(), (long) s.executeUpdate(table.fill()));
            }
            log.info(
                    "Filled {} with {} rows in {} ms",
                    table.table(),
                    loaded.get(table.table()),
                    System.currentTimeMillis() - started);
        }
        keys.restore(connection);
        return loaded;
    }

    /**
     * The tables to load that hold no row yet (the migrations fill some, such as the duty templates),
     * truncated in the load's transaction: COPY may then write their rows frozen and visible to all
     * ({@code COPY ... (freeze)}), so that the index builds, the key checks and the final VACUUM read them
     * without writing every page again for its hint bits. No foreign key stands in the way: all are dropped
     * for the load.
     */
    private Set<String> emptied(Connection connection) throws SQLException {
        Set<String> empty = new LinkedHashSet<>();
        try (Statement s = connection.createStatement()) {
            for (String table : files.keySet()) {
                try (ResultSet rs = s.executeQuery("select not exists (select 1 from " + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        empty.add(table);
                    }
                }
            }
            if (!empty.isEmpty()) {
                s.execute("truncate " + String.join(", ", empty));
            }
        }
        return empty;
    }

    /** A table's partitions, or the table itself if it has none. */
    private static List<String> partitions(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var query = connection.prepareStatement("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = to_regclass(?) order by c.relname""")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names.isEmpty() ? List.of(table) : names;
    }
}
