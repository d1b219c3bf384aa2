package vn.dangvu.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.dangvu.DangVuApplication;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Role;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * Backs up the running app's demo district and restores it into other databases of the same embedded
 * server, each made for one test and dropped after it.
 */
@IntegrationTest
class BackupServiceTests {

    @TempDir
    static Path folder;

    /** One backup of the demo district, taken while the app runs, for the whole class. */
    private static Path demoBackup;

    private static Manifest demoManifest;

    @Autowired
    BackupService backups;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcClient app;

    private final List<String> databases = new ArrayList<>();

    @BeforeEach
    void backUpTheDemoDistrictOnce() {
        if (demoBackup == null) {
            demoBackup = folder.resolve("demo.zip");
            demoManifest = backups.backup(demoBackup);
        }
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(name ->
                app.sql("drop database if exists " + name + " with (force)").update());
    }

    @Test
    void shouldRestoreABackupOfTheRunningAppRowForRowAndLetTheAppAddRecordsThere() {
        Manifest manifest = demoManifest;

        assertThat(manifest.schemaVersion())
                .isEqualTo(app.sql("select max(version::int)::text from flyway_schema_history")
                        .query(String.class)
                        .single());
        List<String> names =
                manifest.tables().stream().map(Manifest.Table::name).toList();
        assertThat(names)
                .contains("org_unit", "app_user", "member", "membership_period", "transfer", "meeting", "attendance")
                .doesNotContain("flyway_schema_history", "spring_session", "spring_session_attributes");
        assertThat(names.indexOf("org_unit")).isLessThan(names.indexOf("member"));
        assertThat(names.indexOf("member")).isLessThan(names.indexOf("transfer"));
        assertThat(names.indexOf("transfer")).isLessThan(names.indexOf("membership_period"));
        assertThat(table(manifest, "member").columns())
                .contains("id", "full_name", "branch_id")
                .doesNotContain("search_text", "sort_key");
        assertThat(table(manifest, "member").rows()).isGreaterThan(1000);

        Database copy = newDatabase("backup_copy", null);
        new BackupService(copy.dataSource()).restore(demoBackup);

        for (String table : names) {
            assertThat(fingerprint(copy.jdbc(), table))
                    .as(table)
                    .isEqualTo(fingerprint(app, table))
                    .startsWith(table(manifest, table).rows() + " ");
        }
        for (Manifest.Sequence sequence : manifest.sequences()) {
            assertThat(copy.jdbc()
                            .sql("select last_value || ' ' || is_called from " + sequence.name())
                            .query(String.class)
                            .single())
                    .as(sequence.name())
                    .isEqualTo(sequence.lastValue() + " " + sequence.called());
        }

        // The app, started on the copy, adds records with ids from the restored sequences.
        long district = copy.jdbc()
                .sql("select id from org_unit where code = 'TH'")
                .query(Long.class)
                .single();
        long commune = copy.jdbc()
                .sql("select id from org_unit where code = 'TH-TB'")
                .query(Long.class)
                .single();

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(DangVuApplication.class)
                .run(
                        "--spring.datasource.url=" + copy.url(),
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--dangvu.demo=false")) {
            long branch = restored.getBean(OrganisationLoader.class)
                    .registerChild(commune, "TH-TB-SAO-LUU", "Chi bộ Sau khôi phục", UnitKind.OTHER)
                    .id();
            long member = restored.getBean(MemberLoader.class)
                    .register(MemberForms.form("Nguyễn Văn Sau", branch), LocalDate.of(2025, 1, 2));
            long account = restored.getBean(AccountLoader.class)
                    .createSystemAccount(
                            "sau.khoi.phuc", "mat-khau-du-dai", "Sau khôi phục", Role.DISTRICT_STAFF, district);

            assertThat(branch).isGreaterThan(max(app, "org_unit"));
            assertThat(member).isGreaterThan(max(app, "member"));
            assertThat(account).isGreaterThan(max(app, "app_user"));
            assertThat(max(copy.jdbc(), "membership_period")).isGreaterThan(max(app, "membership_period"));
        }
    }

    @Test
    void shouldRefuseADatabaseThatHoldsData() {
        long members = app.sql("select count(*) from member").query(Long.class).single();

        assertThatThrownBy(() -> backups.restore(demoBackup))
                .isInstanceOfSatisfying(
                        BackupException.class, e -> assertThat(e.messageKey()).isEqualTo("backup.notEmpty"))
                .hasMessageContaining("org_unit");
        assertThat(app.sql("select count(*) from member").query(Long.class).single())
                .isEqualTo(members);
    }

    @Test
    void shouldRefuseADatabaseOfAnotherSchemaVersion() {
        Database older = newDatabase("backup_older", "4");
        Database bare = newDatabase("backup_bare", "0");

        assertThatThrownBy(() -> new BackupService(older.dataSource()).restore(demoBackup))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("backup.otherVersion");
                    assertThat(e.arguments()).containsExactly(demoManifest.schemaVersion(), "4");
                });
        assertThatThrownBy(() -> new BackupService(bare.dataSource()).restore(demoBackup))
                .isInstanceOfSatisfying(
                        BackupException.class, e -> assertThat(e.messageKey()).isEqualTo("backup.notMigrated"));
    }

    @Test
    void shouldLeaveTheDatabaseEmptyWhenTheBackupIsDamaged() throws IOException {
        Database target = newDatabase("backup_damaged", null);
        BackupService restore = new BackupService(target.dataSource());
        List<String> asMigrated = state(target.jdbc());
        byte[] whole = Files.readAllBytes(demoBackup);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
        // The last table to load loses its second half, so the tables before it were already loaded.
        Manifest.Table last = demoManifest.tables().stream()
                .filter(t -> t.rows() > 10)
                .reduce((first, second) -> second)
                .orElseThrow();
        Path cut = rewritten("cut.zip", last.file(), bytes -> Arrays.copyOf(bytes, bytes.length / 2));
        Path badValue = rewritten(
                "bad-value.zip",
                last.file(),
                bytes -> new String(bytes, UTF_8)
                        .replaceFirst("\n(\\d+),", "\nnot-a-number,")
                        .getBytes(UTF_8));

        assertThatThrownBy(() -> restore.restore(folder.resolve("none.zip")))
                .isInstanceOfSatisfying(
                        BackupException.class, e -> assertThat(e.messageKey()).isEqualTo("backup.missing"));
        assertThatThrownBy(() -> restore.restore(truncated))
                .isInstanceOfSatisfying(
                        BackupException.class, e -> assertThat(e.messageKey()).isEqualTo("backup.unreadable"));
        assertThatThrownBy(() -> restore.restore(cut))
                .isInstanceOfSatisfying(
                        BackupException.class,
                        e -> assertThat(e.messageKey()).isIn("backup.corrupt", "backup.rowCount"));
        assertThatThrownBy(() -> restore.restore(badValue))
                .isInstanceOfSatisfying(
                        BackupException.class, e -> assertThat(e.messageKey()).isEqualTo("backup.corrupt"));

        assertThat(state(target.jdbc())).isEqualTo(asMigrated);
        assertThat(fingerprint(target.jdbc(), "member")).startsWith("0 ");
    }

    /**
     * While another connection keeps adding branches and their members, a backup still holds no
     * member without their branch: every table comes from the same snapshot.
     */
    @Test
    void shouldBackUpOneSnapshotWhileTheDatabaseIsWritten() throws Exception {
        Database busy = newDatabase("backup_busy", null);
        new BackupService(busy.dataSource()).restore(demoBackup);
        Database copy = newDatabase("backup_busy_copy", null);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong written = new AtomicLong();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                long n = written.get() + 1;
                busy.jdbc().sql("""
                                with unit as (
                                    insert into org_unit (id, code, name, kind, parent_id, path, level_role)
                                    select nextval('org_unit_seq'), 'BUSY-' || :n, 'Chi bộ ' || :n, 'OTHER', id, path,
                                           'BRANCH'
                                    from org_unit where code = 'TH'
                                    returning id)
                                insert into member (id, full_name, birth_date, gender, id_number, admitted_on,
                                                    member_group, branch_id)
                                select nextval('member_seq'), 'Đảng viên ' || :n, date '1980-01-01', 'MALE',
                                       lpad((980000000000 + :n)::text, 12, '0'), date '2000-01-01', 'RETIRED', id
                                from unit""").param("n", n).update();
                written.set(n);
            }
        });
        try {
            // a writer that fails or never gets going ends the wait, instead of spinning forever
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> written.get() >= 20 || writer.isDone());
            assertThat(writer).as("the writer keeps writing").isNotDone();
            long before = written.get();
            Path file = folder.resolve("busy.zip");
            Manifest manifest = new BackupService(busy.dataSource()).backup(file);
            assertThat(written.get()).as("rows written during the backup").isGreaterThan(before);
            writing.set(false);
            writer.get(60, TimeUnit.SECONDS);

            new BackupService(copy.dataSource()).restore(file);

            long units = table(manifest, "org_unit").rows();
            long members = table(manifest, "member").rows();
            assertThat(units - table(demoManifest, "org_unit").rows())
                    .isEqualTo(members - table(demoManifest, "member").rows())
                    .isGreaterThanOrEqualTo(before);
        } finally {
            writing.set(false);
            writer.orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    private Path rewritten(String name, String entryName, UnaryOperator<byte[]> change) throws IOException {
        Path file = folder.resolve(name);
        try (ZipFile source = new ZipFile(demoBackup.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : source.stream().toList()) {
                byte[] bytes;
                try (InputStream in = source.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(entryName) ? change.apply(bytes) : bytes);
                out.closeEntry();
            }
        }
        return file;
    }

    private static Manifest.Table table(Manifest manifest, String name) {
        return manifest.tables().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The row count and a digest of every row, generated columns included. */
    private static String fingerprint(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t")
                .query(String.class)
                .single();
    }

    /** Every table's fingerprint and every sequence's position. */
    private static List<String> state(JdbcClient jdbc) {
        List<String> state = new ArrayList<>();
        for (Manifest.Table table : demoManifest.tables()) {
            state.add(table.name() + " " + fingerprint(jdbc, table.name()));
        }
        for (Manifest.Sequence sequence : demoManifest.sequences()) {
            state.add(jdbc.sql("select '" + sequence.name() + " ' || last_value || ' ' || is_called from "
                            + sequence.name())
                    .query(String.class)
                    .single());
        }
        return state;
    }

    private static long max(JdbcClient jdbc, String table) {
        return jdbc.sql("select max(id) from " + table).query(Long.class).single();
    }

    /** A new database of the embedded server, migrated by Flyway up to the version (null: the latest). */
    private Database newDatabase(String name, String version) {
        app.sql("create database " + name).update();
        databases.add(name);
        String url = postgres.getJdbcUrl("postgres", name);
        DataSource dataSource = new DriverManagerDataSource(url, "postgres", "");
        if (!"0".equals(version)) {
            var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
            (version == null ? flyway : flyway.target(version)).load().migrate();
        }
        return new Database(url, dataSource, JdbcClient.create(dataSource));
    }

    private record Database(String url, DataSource dataSource, JdbcClient jdbc) {}
}
