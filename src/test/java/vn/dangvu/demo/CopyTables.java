package vn.dangvu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The COPY files of a dataset, one per table, made from what PostgreSQL's catalog says of the migrated
 * schema: each table's stored columns (nullable or not, with a default or not) and the foreign keys that
 * decide the order they are loaded in. Nothing here repeats the schema.
 *
 * <p>The files are written in parts of about {@code rowsPerPart} rows: the writer ends a part where it may
 * ({@link #endPartIfFull}, after a commune), and {@link #load} copies each part into the database while the
 * next is written, on two threads, so that the writing (one core of Java) and PostgreSQL's COPY (the other
 * core) overlap instead of following each other.
 */
final class CopyTables {

    private static final Logger log = LoggerFactory.getLogger(CopyTables.class);

    /** How many written parts may wait for the loader: a few, so that they are read back from the disk's cache. */
    private static final int WAITING_PARTS = 2;

    /** A part's files, ready to load; the last part has none and ends the load. */
    private record Part(int number, Path directory, Map<String, CopyFile> files) {
        boolean last() {
            return files.isEmpty();
        }
    }

    private final Path directory;
    private final long rowsPerPart;
    private final Map<String, List<CopyFile.Column>> columns = new HashMap<>();
    private final Map<String, Set<String>> references = new HashMap<>();
    private final BlockingQueue<Part> written = new ArrayBlockingQueue<>(WAITING_PARTS);
    private Map<String, CopyFile> files = new LinkedHashMap<>();
    private Path partDirectory;
    private int handedOver;
    private int parts;

    CopyTables(Connection connection, Path directory, long rowsPerPart) throws SQLException {
        this.directory = directory;
        this.rowsPerPart = rowsPerPart;
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

    /** The next row of a table, in the part being written. */
    CopyFile.Row into(String table) {
        return files.computeIfAbsent(table, t -> {
                    List<CopyFile.Column> stored = columns.get(t);
                    if (stored == null) {
                        throw new IllegalArgumentException("No table " + t + " in the schema");
                    }
                    return new CopyFile(partDirectory(), t, stored);
                })
                .row();
    }

    /** Hands the part being written to the loader if it holds {@code rowsPerPart} rows or more. */
    void endPartIfFull() {
        if (files.values().stream().mapToLong(CopyFile::rows).sum() >= rowsPerPart) {
            handOver(files);
        }
    }

    /** How many parts the last {@link #load} copied in. */
    int parts() {
        return parts;
    }

    /**
     * A table that is not loaded from a file but filled from the loaded rows by one statement once they are
     * in (the members' search text by top unit, V61, which a trigger per member would keep one row at a time).
     */
    record Derived(String table, String fill) {}

    /**
     * Runs {@code writer} on a thread of its own, and loads each part it writes as soon as it is written, on
     * the caller's connection and transaction: within a part each file after those of the tables its foreign
     * keys point to. Then fills the derived tables, with all those tables' secondary indexes (a partitioned
     * table's: its partitions'), unique constraints and foreign keys made only after the load; rows per
     * table. If the writer fails, so does the load, with the writer's exception, once it has seen it.
     */
    Map<String, Long> load(Connection connection, List<Derived> derived, Runnable writer)
            throws SQLException, IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "dataset-writer"));
        Future<?> writing = thread.submit(() -> {
            writer.run();
            if (!files.isEmpty()) {
                handOver(files);
            }
            handOver(Map.of());
            return null;
        });
        try {
            Map<String, Long> loaded = loadParts(connection, derived, writing);
            writing.get();
            return loaded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the dataset", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failed
                    ? failed
                    : new IllegalStateException("The dataset's writer failed", e.getCause());
        } finally {
            writing.cancel(true);
            thread.shutdownNow();
            awaitWriter(thread);
        }
    }

    /** Lets a cancelled writer stop before its files are deleted. */
    private static void awaitWriter(ExecutorService thread) {
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The dataset's writer has not stopped 30 s after it was cancelled");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Long> loadParts(Connection connection, List<Derived> derived, Future<?> writing)
            throws SQLException, IOException, InterruptedException, ExecutionException {
        parts = 0;
        Set<String> loadedBefore = new LinkedHashSet<>();
        Set<String> frozen = new HashSet<>();
        DeferredKeys keys = null;
        Map<String, Long> loaded = new LinkedHashMap<>();
        long copying = 0;
        long waiting = 0;
        while (true) {
            long asked = System.currentTimeMillis();
            Part part = next(writing);
            long started = System.currentTimeMillis();
            waiting += started - asked;
            if (part.last()) {
                break;
            }
            Set<String> fresh = new LinkedHashSet<>(part.files().keySet());
            fresh.removeAll(loadedBefore);
            if (keys == null) {
                Set<String> deferred = new LinkedHashSet<>(fresh);
                for (Derived table : derived) {
                    deferred.addAll(partitions(connection, table.table()));
                }
                keys = DeferredKeys.drop(connection, deferred);
            } else if (!fresh.isEmpty()) {
                keys.dropAlso(connection, fresh);
            }
            frozen.addAll(emptied(connection, fresh));
            loadedBefore.addAll(fresh);
            long rows = loadPart(connection, part, frozen, loaded);
            parts++;
            log.info("Copied part {} ({} rows) in {} ms", part.number(), rows, System.currentTimeMillis() - started);
            copying += System.currentTimeMillis() - started;
        }
        if (keys == null) {
            keys = DeferredKeys.drop(connection, List.of());
        }
        log.info("Copied {} parts in {} ms, waiting {} ms in all for the writer", parts, copying, waiting);
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

    /** The next part written, or the writer's failure once it has failed. */
    private Part next(Future<?> writing) throws InterruptedException, ExecutionException {
        while (true) {
            Part part = written.poll(1, TimeUnit.SECONDS);
            if (part != null) {
                return part;
            }
            if (writing.isDone()) {
                writing.get();
                part = written.poll();
                if (part == null) {
                    throw new IllegalStateException("The dataset's writer stopped without ending its last part");
                }
                return part;
            }
        }
    }

    /** A part's files, each after those of the tables its foreign keys point to; adds to the rows per table. */
    private long loadPart(Connection connection, Part part, Set<String> frozen, Map<String, Long> loaded)
            throws SQLException, IOException {
        Set<String> done = new HashSet<>();
        long rows = 0;
        while (done.size() < part.files().size()) {
            CopyFile next = part.files().values().stream()
                    .filter(f -> !done.contains(f.table()))
                    .filter(f -> references.getOrDefault(f.table(), Set.of()).stream()
                            .noneMatch(r -> part.files().containsKey(r) && !done.contains(r)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle"));
            long copied = next.load(connection, frozen.contains(next.table()));
            loaded.merge(next.table(), copied, Long::sum);
            rows += copied;
            done.add(next.table());
        }
        FileSystemUtils.deleteRecursively(part.directory());
        return rows;
    }

    /** Closes the files of the part being written and queues them for the loader; new files for the next. */
    private void handOver(Map<String, CopyFile> part) {
        part.values().forEach(CopyFile::close);
        try {
            written.put(new Part(++handedOver, partDirectory, part));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the loader", e);
        }
        files = new LinkedHashMap<>();
        partDirectory = null;
    }

    private Path partDirectory() {
        if (partDirectory == null) {
            try {
                partDirectory = Files.createTempDirectory(directory, "part");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return partDirectory;
    }

    /**
     * Those of the tables about to be loaded for the first time that hold no row yet (the migrations fill
     * some, such as the duty templates), truncated in the load's transaction: COPY may then write their rows
     * frozen and visible to all ({@code COPY ... (freeze)}), so that the index builds, the key checks and the
     * final VACUUM read them without writing every page again for its hint bits. No foreign key stands in
     * the way: all are dropped for the load.
     */
    private static Set<String> emptied(Connection connection, Set<String> tables) throws SQLException {
        Set<String> empty = new LinkedHashSet<>();
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
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
