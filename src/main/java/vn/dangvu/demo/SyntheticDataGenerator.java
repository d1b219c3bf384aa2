package vn.dangvu.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.dangvu.member.MemberGroup;

/**
 * Fills an empty database with a synthetic organisation when {@code dangvu.generate.scale} is
 * {@code district}, {@code province} or {@code nation} (see {@link SyntheticScale}); for benchmarks and
 * capacity planning. Runs before the demo loader and the first administrator, which then find data and
 * do nothing. A database that already holds units is left alone.
 */
@Component
@Order(5)
class SyntheticDataGenerator implements ApplicationRunner {

    static final String SCALE_PROPERTY = "dangvu.generate.scale";

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

    private final Environment environment;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    SyntheticDataGenerator(
            Environment environment, DataSource dataSource, JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.environment = environment;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, SQLException {
        String wanted = environment.getProperty(SCALE_PROPERTY, "");
        if (wanted.isBlank()) {
            return;
        }
        SyntheticScale scale = SyntheticScale.parse(wanted);
        Long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        if (units != null && units > 0) {
            log.info("The database already holds {} units: no {} dataset generated", units, scale);
            return;
        }
        long seed = environment.getProperty("dangvu.generate.seed", Long.class, 42L);
        generate(scale, seed, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    Map<String, Long> generate(SyntheticScale scale, long seed, LocalDate today) throws IOException, SQLException {
        long started = System.currentTimeMillis();
        Path directory = Files.createTempDirectory("dangvu-" + scale.name().toLowerCase());
        try {
            SyntheticDataset dataset = new SyntheticDataset(
                    scale, seed, today, directory, passwordEncoder.encode(SyntheticDataset.PASSWORD), templates());
            dataset.generate();
            long written = System.currentTimeMillis();
            log.info("Wrote the {} dataset in {} ms; loading it", scale, written - started);
            Map<String, Long> rows;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    rows = dataset.load(connection);
                    connection.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
            jdbc.execute("analyze");
            log.info(
                    "Loaded the {} dataset in {} ms (write {} ms, load {} ms): {}",
                    scale,
                    System.currentTimeMillis() - started,
                    written - started,
                    System.currentTimeMillis() - written,
                    rows);
            return rows;
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private Map<MemberGroup, List<SyntheticDataset.Template>> templates() {
        Map<MemberGroup, List<SyntheticDataset.Template>> byGroup = new EnumMap<>(MemberGroup.class);
        jdbc.query("select member_group, field, title from duty_template where active order by id", rs -> {
            byGroup.computeIfAbsent(MemberGroup.valueOf(rs.getString(1)), g -> new ArrayList<>())
                    .add(new SyntheticDataset.Template(rs.getString(2), rs.getString(3)));
        });
        return byGroup;
    }
}
