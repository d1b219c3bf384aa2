package vn.dangvu.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * What a test of a migration over old data reaches for: the app's migrations run on an embedded database up
 * to an earlier version, the old rows written by hand, then the migrations run to the latest version.
 */
public abstract class MigrationTest {

    /** Runs the app's migrations up to {@code version} (e.g. "17") on an empty database. */
    protected static void migrateTo(DataSource dataSource, String version) {
        migrations(dataSource).target(version).load().migrate();
    }

    /** Runs every migration not run yet; what Flyway says it did. */
    protected static MigrateResult migrateToLatest(DataSource dataSource) {
        return migrations(dataSource).load().migrate();
    }

    /** The first column of each row the query returns, as text. */
    protected static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static FluentConfiguration migrations(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }
}
