package vn.dangvu.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFilesTests {

    @TempDir
    Path folder;

    @Test
    void shouldNameBackupsByTheirTime() {
        assertThat(BackupFiles.name(LocalDateTime.of(2025, 3, 9, 2, 0, 7))).isEqualTo("dangvu-20250309-020007.zip");
    }

    @Test
    void shouldKeepOnlyTheNewestBackups() throws IOException {
        for (int day = 1; day <= 20; day++) {
            Files.writeString(folder.resolve(BackupFiles.name(LocalDateTime.of(2025, 1, day, 2, 0))), "x");
        }
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Files.writeString(folder.resolve("dangvu-before-upgrade.zip"), "mine");
        Files.writeString(folder.resolve(".dangvu-20250121-020000.zip.part"), "being written");

        assertThat(BackupFiles.prune(folder, 14)).hasSize(6);

        assertThat(names())
                .hasSize(17)
                .contains("notes.txt", "dangvu-before-upgrade.zip", ".dangvu-20250121-020000.zip.part")
                .contains("dangvu-20250107-020000.zip", "dangvu-20250120-020000.zip")
                .doesNotContain("dangvu-20250106-020000.zip", "dangvu-20250101-020000.zip");
        assertThat(BackupFiles.prune(folder, 14)).isEmpty();
    }

    @Test
    void shouldKeepEverythingWhenKeepIsZero() throws IOException {
        Files.writeString(folder.resolve(BackupFiles.name(LocalDateTime.of(2025, 1, 1, 2, 0))), "x");
        Files.writeString(folder.resolve(BackupFiles.name(LocalDateTime.of(2025, 1, 2, 2, 0))), "x");

        assertThat(BackupFiles.prune(folder, 0)).isEmpty();
        assertThat(names()).hasSize(2);
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
