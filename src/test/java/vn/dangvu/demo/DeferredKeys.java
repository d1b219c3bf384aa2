package vn.dangvu.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secondary indexes and unique constraints of the tables a bulk load fills, and the foreign keys, as
 * PostgreSQL's catalog defines them ({@code pg_get_indexdef}, {@code pg_get_constraintdef}), dropped before
 * the load and made again after it: one sort per index and one join per foreign key instead of millions
 * of index insertions and key look-ups. Nothing here repeats the schema, so the database ends with exactly
 * the definitions the migrations made.
 *
 * <p>Primary keys stay, so that rows keep their identity while loading and the foreign keys can be made
 * again against them. The foreign keys of every table go, also of the tables that only triggers write while
 * loading (a member's insertion records a Party card row, V21: checking each card's member one at a time
 * took half of the member table's load); those tables keep their indexes, which the triggers look up.
 */
final class DeferredKeys {

    private static final Logger log = LoggerFactory.getLogger(DeferredKeys.class);

    private record Definition(String table, String name, String definition) {}

    private final List<Definition> indexes = new ArrayList<>();
    private final List<Definition> uniques = new ArrayList<>();
    private final List<Definition> foreignKeys = new ArrayList<>();

    private DeferredKeys() {}

    /**
     * Drops the secondary indexes and unique constraints of the tables about to be loaded, and all foreign
     * keys.
     */
    static DeferredKeys drop(Connection connection, Collection<String> tables) throws SQLException {
        DeferredKeys keys = new DeferredKeys();
        keys.dropAlso(connection, tables);
        return keys;
    }

    /**
     * Drops the secondary indexes and unique constraints of more tables, about to be loaded for the first
     * time, and any foreign key still there, to be made again with the others.
     */
    void dropAlso(Connection connection, Collection<String> tables) throws SQLException {
        String[] loaded = tables.toArray(String[]::new);
        List<Definition> newIndexes = new ArrayList<>();
        List<Definition> newUniques = new ArrayList<>();
        List<Definition> newForeignKeys = new ArrayList<>();
        try (var query = connection.prepareStatement("""
                select c.relname, i.relname, pg_get_indexdef(i.oid)
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class c on c.oid = x.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relname = any (?)
                  and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid
                                  and k.contype in ('p', 'u', 'x'))
                order by c.relname, i.relname""")) {
            query.setArray(1, connection.createArrayOf("text", loaded));
            read(query.executeQuery(), newIndexes);
        }
        try (var query = connection.prepareStatement("""
                select k.conrelid::regclass::text, k.conname, pg_get_constraintdef(k.oid), k.contype
                from pg_constraint k join pg_namespace n on n.oid = k.connamespace
                join pg_class c on c.oid = k.conrelid
                where n.nspname = current_schema()
                  and (k.contype = 'u' and c.relname = any (?) or k.contype = 'f')
                order by k.conrelid::regclass::text, k.conname""")) {
            query.setArray(1, connection.createArrayOf("text", loaded));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ("u".equals(rs.getString(4)) ? newUniques : newForeignKeys)
                            .add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            // for the load's transaction only: the index builds sort millions of keys, and the attendance
            // tally trigger (V55) groups every loaded row by meeting, in memory rather than on disk
            s.execute("set local maintenance_work_mem = '1GB'");
            s.execute("set local work_mem = '256MB'");
            // the foreign keys first: one may rest on a unique index or constraint dropped next
            for (Definition key : newForeignKeys) {
                s.execute("alter table " + key.table + " drop constraint " + quoted(key.name));
            }
            for (Definition unique : newUniques) {
                s.execute("alter table " + unique.table + " drop constraint " + quoted(unique.name));
            }
            for (var i = newIndexes.iterator(); i.hasNext(); ) {
                Definition index = i.next();
                if (remade(connection, index)) {
                    s.execute("drop index " + quoted(index.name));
                } else {
                    i.remove();
                    log.info("Keeping {} through the load: its definition reads back differently", index.name);
                }
            }
        }
        indexes.addAll(newIndexes);
        uniques.addAll(newUniques);
        foreignKeys.addAll(newForeignKeys);
    }

    /**
     * Makes them again, each as the catalog defined it: indexes and unique constraints first, then the
     * foreign keys, which PostgreSQL checks against the loaded rows as it adds them.
     */
    void restore(Connection connection) throws SQLException {
        long started = System.currentTimeMillis();
        try (Statement s = connection.createStatement()) {
            for (Definition index : indexes) {
                s.execute(index.definition);
            }
            long indexed = System.currentTimeMillis();
            for (Definition unique : uniques) {
                s.execute("alter table " + unique.table + " add constraint " + quoted(unique.name) + " "
                        + unique.definition);
            }
            long unique = System.currentTimeMillis();
            for (Definition key : foreignKeys) {
                s.execute("alter table " + key.table + " add constraint " + quoted(key.name) + " " + key.definition);
            }
            log.info(
                    "Made {} indexes in {} ms, {} unique constraints in {} ms and {} foreign keys in {} ms",
                    indexes.size(),
                    indexed - started,
                    uniques.size(),
                    unique - indexed,
                    foreignKeys.size(),
                    System.currentTimeMillis() - unique);
        }
    }

    /**
     * Whether an index made again from its printed definition prints the same: PostgreSQL spells some
     * predicates differently once it has read its own output (an {@code in} list becomes an array of
     * casts), and such an index stays as the migration made it. Tried on the tables still empty, so it
     * costs nothing; the index is there again either way.
     */
    private static boolean remade(Connection connection, Definition index) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("savepoint remade_index");
            s.execute("drop index " + quoted(index.name));
            s.execute(index.definition);
            String again;
            try (ResultSet rs = s.executeQuery(
                    "select pg_get_indexdef(to_regclass('" + quoted(index.name).replace("'", "''") + "'))")) {
                rs.next();
                again = rs.getString(1);
            }
            if (index.definition.equals(again)) {
                s.execute("release savepoint remade_index");
                return true;
            }
            s.execute("rollback to savepoint remade_index");
            return false;
        }
    }

    private static void read(ResultSet rs, List<Definition> into) throws SQLException {
        try (rs) {
            while (rs.next()) {
                into.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
