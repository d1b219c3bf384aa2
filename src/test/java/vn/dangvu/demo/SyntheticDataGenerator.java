package vn.dangvu.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.FileSystemUtils;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.shared.db.EmbeddedDatabaseConfiguration;

/**
 * Fills an empty, migrated database with a synthetic organisation of a {@link SyntheticScale}, for the
 * benchmark and capacity planning. It lives with the tests, not in the packaged app. The benchmark calls
 * {@link #generateInto} on the data folder the app then starts on; a test registers it as a runner of its
 * context, ordered before the first administrator, which then finds staff and does nothing. A database
 * that already holds units is left alone.
 */
public record SyntheticDataGenerator(
        SyntheticScale scale, long seed, DataSource dataSource, PasswordEncoder passwordEncoder)
        implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

    /**
     * PostgreSQL's settings for a bulk load ("Populating a Database" in its manual), for the generation
     * only: the app starts on the folder later with its own. With {@code wal_level = minimal} (which needs
     * {@code max_wal_senders = 0}) the COPY into a table the load's transaction has emptied, and the index
     * builds, write no WAL: the files are synced once at the commit instead of every row being written
     * twice. Fewer checkpoints for the rest.
     */
    static final Map<String, String> BULK_LOAD =
            Map.of("wal_level", "minimal", "max_wal_senders", "0", "max_wal_size", "16GB", "checkpoint_timeout", "1h");

    /**
     * Generates a dataset into an embedded database folder, as the app would find it: PostgreSQL started
     * the app's way, the schema migrated by the app's Flyway migrations, the passwords hashed by the app's
     * encoder. A folder that held no database before is deleted again if the generation fails.
     */
    public static void generateInto(Path data, int port, String scale, long seed) throws Exception {
        boolean created = !Files.exists(data.resolve("PG_VERSION"));
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data.toString(), port, BULK_LOAD)) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            new SyntheticDataGenerator(
                            SyntheticScale.parse(scale),
                            seed,
                            dataSource,
                            PasswordEncoderFactories.createDelegatingPasswordEncoder())
                    .run(null);
        } catch (Exception | Error e) {
            if (created) {
                FileSystemUtils.deleteRecursively(data);
            }
            throw e;
        }
    }

    /** How many copies of the top accounts the benchmark's simulated users log in as, one each. */
    public static final int BENCH_ACCOUNTS = 20;

    /** The benchmark's {@code i}-th copy (from 1) of a top account: {@code tochuc.01}, {@code lanhdao.20}. */
    public static String benchAccount(String account, int i) {
        return String.format(java.util.Locale.ROOT, "%s.%02d", account, i);
    }

    @Override
    public int getOrder() {
        return 5;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, SQLException {
        Long units = new JdbcTemplate(dataSource).queryForObject("select count(*) from org_unit", Long.class);
        if (units != null && units > 0) {
            log.info("The database already holds {} units: no {} dataset generated", units, scale);
            return;
        }
        generate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    Map<String, Long> generate(LocalDate today) throws IOException, SQLException {
        long started = System.currentTimeMillis();
        Path directory = Files.createTempDirectory("dangvu-" + scale.name());
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
                Connection connection = dataSource.getConnection()) {
            SyntheticDataset dataset = new SyntheticDataset(
                    scale,
                    seed,
                    today,
                    new CopyTables(connection, directory, scale.rowsPerPart()),
                    validation.getValidator(),
                    passwordEncoder.encode(SyntheticDataset.PASSWORD),
                    templates());
            Map<String, Long> rows;
            connection.setAutoCommit(false);
            try {
                rows = dataset.writeAndLoad(connection);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            long loaded = System.currentTimeMillis();
            // VACUUM as well as ANALYZE: a table just loaded by COPY has no visibility map and no hint bits,
            // so the first reads would write every page and autovacuum would rescan it while a benchmark runs
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
            log.info(
                    "Generated the {} dataset in {} ms (written and loaded {} ms, vacuumed {} ms): {}",
                    scale,
                    System.currentTimeMillis() - started,
                    loaded - started,
                    System.currentTimeMillis() - loaded,
                    rows);
            return rows;
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private Map<MemberGroup, List<SyntheticDataset.Template>> templates() {
        Map<MemberGroup, List<SyntheticDataset.Template>> byGroup = new EnumMap<>(MemberGroup.class);
        new JdbcTemplate(dataSource)
                .query("select member_group, field, title from duty_template where active order by id", rs -> {
                    byGroup.computeIfAbsent(MemberGroup.valueOf(rs.getString(1)), g -> new ArrayList<>())
                            .add(new SyntheticDataset.Template(rs.getString(2), rs.getString(3)));
                });
        return byGroup;
    }
}
