package vn.dangvu.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When {@code dangvu.backup.dir} is set, writes {@code dangvu-yyyyMMdd-HHmmss.zip} there on
 * {@code dangvu.backup.cron} (daily at 02:00 Vietnam time unless set) and keeps the newest
 * {@code dangvu.backup.keep}.
 */
@Component
@EnableScheduling
@Conditional(ScheduledBackups.FolderSet.class)
class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupService backups;
    private final Path folder;
    private final int keep;
    private final ZoneId zone;

    ScheduledBackups(
            BackupService backups,
            @Value("${dangvu.backup.dir}") String folder,
            @Value("${dangvu.backup.keep:14}") int keep,
            @Value("${dangvu.backup.cron:0 0 2 * * *}") String cron,
            @Value("${dangvu.backup.zone:Asia/Ho_Chi_Minh}") String zone)
            throws IOException {
        this.backups = backups;
        this.folder = Path.of(folder.trim()).toAbsolutePath();
        this.keep = keep;
        this.zone = ZoneId.of(zone);
        // A folder that cannot be made stops the start, rather than the first backup at night.
        Files.createDirectories(this.folder);
        log.info(
                "Backups go to {} on '{}' ({}), keeping the newest {}",
                this.folder,
                cron,
                zone,
                keep > 0 ? keep : "all");
    }

    @Scheduled(cron = "${dangvu.backup.cron:0 0 2 * * *}", zone = "${dangvu.backup.zone:Asia/Ho_Chi_Minh}")
    void run() {
        Path file = folder.resolve(BackupFiles.name(LocalDateTime.now(zone)));
        try {
            Manifest manifest = backups.backup(file);
            List<Path> deleted = BackupFiles.prune(folder, keep);
            log.info("Wrote the backup {} ({} rows); deleted {} older ones", file, manifest.rows(), deleted.size());
        } catch (RuntimeException | IOException e) {
            log.error("The scheduled backup to {} failed", file, e);
        }
    }

    /** True when {@code dangvu.backup.dir} is set and not blank. */
    static class FolderSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String folder = context.getEnvironment().getProperty("dangvu.backup.dir");
            return folder != null && !folder.isBlank();
        }
    }
}
