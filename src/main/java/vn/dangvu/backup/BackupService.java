package vn.dangvu.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.shared.jobs.JobProgress;

/**
 * Writes every application table to a zip file from one read-only snapshot, while the app keeps
 * working (as pg_dump does, but with no PostgreSQL tools installed: COPY through the JDBC driver), and
 * loads such a file into an empty database of the same schema version, all or nothing.
 */
@Service
@RequiredArgsConstructor
public class BackupService {

    static final String MANIFEST = "manifest.json";

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * Text output that any PostgreSQL reads back the same, whatever the server's or the session's
     * settings: ISO dates, instants in UTC, floats with every digit.
     */
    private static final String PORTABLE_TEXT =
            "set local timezone = 'UTC'; set local datestyle = 'ISO, YMD'; set local intervalstyle = 'postgres';"
                    + " set local extra_float_digits = 3";

    /**
     * Tables that the migrations fill (V3: the district's suggested duties; V19: the holidays; V23: the Party
     * badge milestones; V27: the dues categories and the confirmed rates), so that they hold rows in a new database too; a restore replaces those rows with the
     * backup's. Should a migration fill another table, it belongs here: until then the restore tests fail,
     * naming it.
     */
    private static final Set<String> REFERENCE_DATA = Set.of(
            "duty_template",
            "party_badge_milestone",
            "public_holiday",
            "dues_category",
            "dues_rate",
            "rating_rule",
            "rating_sheet_group");

    /**
     * Triggers that write rows of another table (V21: a Party card row for each member inserted; V55: the
     * meetings' attendance tallies; V61: the members' search text by top unit); the backup holds those rows
     * already, so they are off while the tables are
     * copied in, within the restore's transaction (a failed restore leaves them on, and their sequences
     * untouched).
     */
    private static final Map<String, List<String>> ROW_WRITING_TRIGGERS = Map.of(
            "member",
            List.of(
                    "tg_member_party_card",
                    "tg_member_tally_group",
                    "tg_member_search_insert_delete",
                    "tg_member_search_update"),
            "attendance",
            List.of("tg_attendance_tally_insert", "tg_attendance_tally_update", "tg_attendance_tally_delete"));

    private final DataSource dataSource;

    /**
     * Writes a backup to a file: first to a hidden file beside it, synced to disk, then renamed, so
     * that the file either is a whole backup or does not exist.
     */
    public Manifest backup(Path file) {
        return backup(file, UnaryOperator.identity(), JobProgress.NONE);
    }

    /** As {@link #backup(Path)}, saying how many tables there are and advancing by one as each is written. */
    public Manifest backup(Path file, JobProgress progress) {
        return backup(file, UnaryOperator.identity(), progress);
    }

    /** As {@link #backup(Path)}, with the file's stream wrapped (tests make the disk fill up). */
    Manifest backup(Path file, UnaryOperator<OutputStream> wrap) {
        return backup(file, wrap, JobProgress.NONE);
    }

    private Manifest backup(Path file, UnaryOperator<OutputStream> wrap, JobProgress progress) {
        Path target = file.toAbsolutePath();
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Manifest manifest;
            try (FileChannel channel = FileChannel.open(
                    part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(wrap.apply(Channels.newOutputStream(channel)), 1 << 16);
                manifest = backup(out, progress);
                out.flush();
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new BackupException("backup.failed", e.toString()).withCause(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", part, e.toString());
            }
        }
    }

    /**
     * Writes a backup as a zip to the stream, which stays open. Should anything fail on the way (a full
     * disk in the middle of a table's COPY), the connection is thrown away rather than closed cleanly:
     * it is the backup's own, never one of the pool's (see {@link #ownConnection()}).
     */
    public Manifest backup(OutputStream out) {
        return backup(out, JobProgress.NONE);
    }

    private Manifest backup(OutputStream out, JobProgress progress) {
        long started = System.currentTimeMillis();
        Connection connection = null;
        boolean done = false;
        try {
            connection = ownConnection();
            // Set before the transaction begins: one snapshot for every table, and no writes.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            Manifest manifest = write(connection, out, progress);
            connection.commit();
            done = true;
            log.info(
                    "Backed up {} rows of {} tables (schema version {}) in {} ms",
                    manifest.rows(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    System.currentTimeMillis() - started);
            return manifest;
        } catch (SQLException | IOException e) {
            throw new BackupException("backup.failed", e.getMessage()).withCause(e);
        } finally {
            release(connection, done);
        }
    }

    private Manifest write(Connection connection, OutputStream out, JobProgress progress)
            throws SQLException, IOException {
        execute(connection, PORTABLE_TEXT);
        Catalog catalog = new Catalog(connection);
        Instant snapshot = catalog.transactionStart();
        String version = catalog.schemaVersion().orElseThrow(() -> new BackupException("backup.notMigrated"));
        Map<String, List<String>> tables = catalog.tablesInLoadOrder();
        progress.total(tables.size());
        // Like pg_dump: no migration may change these tables until the snapshot is written.
        execute(connection, "lock table " + Catalog.quoted(List.copyOf(tables.keySet())) + " in access share mode");
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out));
        List<Manifest.Table> written = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            String file = "tables/" + table.getKey() + ".csv";
            zip.putNextEntry(new ZipEntry(file));
            OutputStream entry = new BufferedOutputStream(new KeptOpen(zip), 1 << 16);
            long rows = copy.copyOut(
                    "copy " + Catalog.quoted(table.getKey()) + " (" + Catalog.quoted(table.getValue())
                            + ") to stdout (format csv, header true)",
                    entry);
            entry.flush();
            zip.closeEntry();
            written.add(new Manifest.Table(table.getKey(), file, table.getValue(), rows));
            progress.advance(1);
        }
        List<Manifest.Sequence> sequences = catalog.sequences().stream()
                .map(s -> new Manifest.Sequence(s.name(), s.lastValue(), s.called()))
                .toList();
        Manifest manifest = new Manifest(Manifest.FORMAT, version, snapshot, written, sequences);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    /**
     * Loads a backup into this database, which Flyway must have brought to the backup's schema version
     * and whose application tables must all be empty but for the rows the migrations wrote. One
     * transaction: a refused or damaged backup leaves the database as it was (sequences are moved
     * last, once every table is loaded).
     */
    public Manifest restore(Path file) {
        long started = System.currentTimeMillis();
        try (ZipFile zip = open(file)) {
            Manifest manifest = manifest(file, zip);
            Connection connection = ownConnection();
            boolean done = false;
            try {
                connection.setAutoCommit(false);
                load(connection, zip, manifest);
                connection.commit();
                done = true;
            } finally {
                release(connection, done);
            }
            log.info(
                    "Restored {} rows of {} tables (schema version {}, backed up at {}) from {} in {} ms",
                    manifest.rows(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    manifest.createdAt(),
                    file,
                    System.currentTimeMillis() - started);
            return manifest;
        } catch (SQLException | IOException e) {
            throw new BackupException("backup.restoreFailed", e.getMessage()).withCause(e);
        }
    }

    private static ZipFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("backup.missing", file.toAbsolutePath());
        }
        try {
            return new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new BackupException("backup.unreadable", file, e.getMessage()).withCause(e);
        }
    }

    private static Manifest manifest(Path file, ZipFile zip) {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException("backup.unreadable", file, MANIFEST);
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new BackupException("backup.unreadable", file, e.getMessage()).withCause(e);
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new BackupException("backup.unknownFormat", manifest.format(), Manifest.FORMAT);
        }
        return manifest;
    }

    private void load(Connection connection, ZipFile zip, Manifest manifest) throws SQLException {
        execute(connection, PORTABLE_TEXT);
        Catalog catalog = new Catalog(connection);
        List<Manifest.Table> tables = checkTarget(connection, catalog, manifest);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        // the migrations' rows go first, the referring tables before those they refer to (dues rates, categories)
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (REFERENCE_DATA.contains(tables.get(i).name())) {
                execute(
                        connection,
                        "delete from " + Catalog.quoted(tables.get(i).name()));
            }
        }
        for (Map.Entry<String, List<String>> table : ROW_WRITING_TRIGGERS.entrySet()) {
            for (String trigger : table.getValue()) {
                execute(connection, "alter table " + Catalog.quoted(table.getKey()) + " disable trigger " + trigger);
            }
        }
        for (Manifest.Table table : tables) {
            ZipEntry entry = zip.getEntry(table.file());
            if (entry == null) {
                throw new BackupException("backup.corrupt", table.file(), "missing");
            }
            long rows;
            try (InputStream in = zip.getInputStream(entry)) {
                rows = copy.copyIn(
                        "copy " + Catalog.quoted(table.name()) + " (" + Catalog.quoted(table.columns())
                                + ") from stdin (format csv, header true)",
                        in,
                        1 << 16);
            } catch (SQLException | IOException e) {
                throw new BackupException("backup.corrupt", table.file(), e.getMessage()).withCause(e);
            }
            if (rows != table.rows()) {
                throw new BackupException("backup.rowCount", table.name(), table.rows(), rows);
            }
        }
        for (Map.Entry<String, List<String>> table : ROW_WRITING_TRIGGERS.entrySet()) {
            for (String trigger : table.getValue()) {
                execute(connection, "alter table " + Catalog.quoted(table.getKey()) + " enable trigger " + trigger);
            }
        }
        restoreSequences(catalog, manifest.sequences());
    }

    /**
     * Refuses a database at another schema version, with other tables or columns, or with data; locks
     * its tables and returns the backup's tables in the order their foreign keys need.
     */
    private static List<Manifest.Table> checkTarget(Connection connection, Catalog catalog, Manifest manifest)
            throws SQLException {
        String version = catalog.schemaVersion().orElseThrow(() -> new BackupException("backup.notMigrated"));
        if (!version.equals(manifest.schemaVersion())) {
            throw new BackupException("backup.otherVersion", manifest.schemaVersion(), version);
        }
        Map<String, List<String>> tables = catalog.tablesInLoadOrder();
        Map<String, Manifest.Table> saved =
                manifest.tables().stream().collect(Collectors.toMap(Manifest.Table::name, Function.identity()));
        List<String> differences = new ArrayList<>();
        tables.forEach((table, columns) -> {
            if (!saved.containsKey(table)
                    || !Set.copyOf(saved.get(table).columns()).equals(Set.copyOf(columns))) {
                differences.add(table);
            }
        });
        saved.keySet().stream().filter(t -> !tables.containsKey(t)).forEach(differences::add);
        if (!differences.isEmpty()) {
            throw new BackupException("backup.otherSchema", String.join(", ", differences));
        }
        // Nobody may write these tables while they are checked and filled.
        execute(connection, "lock table " + Catalog.quoted(List.copyOf(tables.keySet())) + " in exclusive mode");
        List<String> filled = new ArrayList<>();
        for (String table : tables.keySet()) {
            if (!REFERENCE_DATA.contains(table) && !catalog.isEmpty(table)) {
                filled.add(table);
            }
        }
        if (!filled.isEmpty()) {
            throw new BackupException("backup.notEmpty", String.join(", ", filled));
        }
        return tables.keySet().stream().map(saved::get).toList();
    }

    /**
     * Puts each sequence back where it was when the backup was taken, which is past every id in the
     * backup (they were all handed out before its snapshot). Should a sequence still be behind its
     * table's largest id, it is moved past it, so that new rows never take an id that exists.
     */
    private static void restoreSequences(Catalog catalog, List<Manifest.Sequence> saved) throws SQLException {
        Map<String, Manifest.Sequence> byName =
                saved.stream().collect(Collectors.toMap(Manifest.Sequence::name, Function.identity()));
        for (Catalog.SequenceState sequence : catalog.sequences()) {
            Manifest.Sequence backedUp = byName.get(sequence.name());
            Catalog.SequenceState state =
                    backedUp == null ? sequence : sequence.at(backedUp.lastValue(), backedUp.called());
            Optional<Long> largest =
                    sequence.table() == null ? Optional.empty() : catalog.max(sequence.table(), sequence.column());
            if (largest.isPresent() && largest.get() >= state.nextFreeId()) {
                state = state.at(largest.get(), true);
            }
            if (state.lastValue() != sequence.lastValue() || state.called() != sequence.called()) {
                catalog.setSequence(sequence.name(), state.lastValue(), state.called());
            }
        }
    }

    /**
     * A physical connection of the backup's own, outside the pool. A COPY that fails half-way leaves its
     * connection in a state no pool can reset: the driver cancels the copy through a second connection,
     * and that cancel may land on whatever the server runs next on the first one. Returned to the pool,
     * such a connection failed the next requests that borrowed it ("there is already a transaction in
     * progress", 08P01). A data source that is not a pool (the restore command's tests) hands out its own
     * connections already.
     */
    private Connection ownConnection() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
            // A backup of a large database reads for minutes: a statement time limit set for the app's
            // connections (the URL's options) is not for it.
            execute(connection, "set statement_timeout = 0");
            return connection;
        }
        return dataSource.getConnection();
    }

    /**
     * Closes a connection after a backup or restore that finished; after one that failed, aborts it (the
     * socket is closed at once, the server ends the COPY and rolls the transaction back).
     */
    private static void release(Connection connection, boolean done) {
        if (connection == null) {
            return;
        }
        try {
            if (!done) {
                connection.abort(Runnable::run);
            }
            connection.close();
        } catch (SQLException e) {
            log.warn("Could not close the backup's connection: {}", e.toString());
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The zip and the caller's stream outlive the writers put on top of them. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
