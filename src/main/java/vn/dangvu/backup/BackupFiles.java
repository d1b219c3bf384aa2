package vn.dangvu.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The names of the backup files in a folder, and which of them to keep. */
final class BackupFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Only files named like this are ever deleted; anything else in the folder is left alone. */
    private static final Pattern NAME = Pattern.compile("dangvu-\\d{8}-\\d{6}\\.zip");

    private BackupFiles() {}

    static String name(LocalDateTime time) {
        return "dangvu-" + STAMP.format(time) + ".zip";
    }

    /** The backups in a folder (files named like ours), newest first (their names sort by time). */
    static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
        }
    }

    /**
     * Deletes all but the {@code keep} newest backups (their names sort by time); keep 0 or less keeps
     * them all. Returns the deleted files.
     */
    static List<Path> prune(Path folder, int keep) throws IOException {
        if (keep <= 0) {
            return List.of();
        }
        List<Path> old = list(folder).stream().skip(keep).toList();
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
        return old;
    }
}
