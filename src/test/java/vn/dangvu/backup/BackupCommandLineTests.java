package vn.dangvu.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangVuApplication;
import vn.dangvu.support.IntegrationTest;

/** The restore as users run it: a start of the app on a new embedded data folder, which then exits. */
@IntegrationTest
class BackupCommandLineTests {

    @TempDir
    Path folder;

    @Autowired
    BackupService backups;

    @Autowired
    JdbcClient app;

    @Test
    void shouldRestoreIntoANewDataFolderBeforeTheDemoIsLoadedAndExit() throws Exception {
        Manifest manifest = backups.backup(folder.resolve("demo.zip"));
        Path data = folder.resolve("data");
        Path output = folder.resolve("restore.log");

        Process restore = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        DangVuApplication.class.getName(),
                        "--dangvu.embedded-db.data-dir=" + data,
                        "--dangvu.restore.from=" + folder.resolve("demo.zip"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        assertThat(restore.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(output);
        assertThat(restore.exitValue()).as(log).isZero();
        assertThat(log).contains("Restore done").doesNotContain("Loaded the demo district");
        try (EmbeddedPostgres restored = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient copy = JdbcClient.create(restored.getPostgresDatabase());
            List<String> tables =
                    manifest.tables().stream().map(Manifest.Table::name).toList();
            for (String table : tables) {
                assertThat(count(copy, table)).as(table).isEqualTo(count(app, table));
            }
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
