package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.dangvu.shared.db.EmbeddedDatabaseConfiguration;

/**
 * The generator's bulk-load settings hold for its own run of PostgreSQL only: the app, started on the
 * same folder afterwards, runs with its usual ones (WAL for a standby, {@code wal_level = replica}).
 */
class BulkLoadSettingsTests {

    @Test
    void shouldLoadWithoutWalAndLeaveTheFolderToTheAppsOwnSettings() throws Exception {
        Path data = Files.createTempDirectory("dangvu-bulk");
        try {
            try (EmbeddedPostgres postgres =
                    EmbeddedDatabaseConfiguration.start(data.toString(), 0, SyntheticDataGenerator.BULK_LOAD)) {
                assertThat(settings(postgres))
                        .containsEntry("wal_level", "minimal")
                        .containsEntry("max_wal_senders", "0")
                        .containsEntry("max_wal_size", "16GB");
            }
            try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data.toString(), 0)) {
                assertThat(settings(postgres))
                        .containsEntry("wal_level", "replica")
                        .containsEntry("max_wal_senders", "10")
                        .containsEntry("max_wal_size", "1GB");
            }
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static Map<String, String> settings(EmbeddedPostgres postgres) {
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        return Map.of(
                "wal_level", jdbc.queryForObject("show wal_level", String.class),
                "max_wal_senders", jdbc.queryForObject("show max_wal_senders", String.class),
                "max_wal_size", jdbc.queryForObject("show max_wal_size", String.class));
    }
}
