package vn.dangvu.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --dangvu.backup.now=FILE|FOLDER} writes a backup, {@code --dangvu.restore.from=FILE} restores
 * one into the empty database just migrated by Flyway; then the process exits (0 when done, else
 * not 0). It runs before every other start-up task, so that nothing, not the demo district nor the first
 * administrator, is written before a restore.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class BackupCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommandLine.class);

    private final BackupService backups;
    private final MessageSource messages;
    private final ConfigurableApplicationContext context;
    private final Environment environment;

    @Override
    public void run(ApplicationArguments args) {
        boolean backup = CommandLineModes.isSet(environment, CommandLineModes.BACKUP_NOW);
        boolean restore = CommandLineModes.isSet(environment, CommandLineModes.RESTORE_FROM);
        if (!backup && !restore) {
            return;
        }
        int code = backup && restore ? usage() : backup ? backup() : restore();
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private int backup() {
        Path target = Path.of(
                environment.getRequiredProperty(CommandLineModes.BACKUP_NOW).trim());
        Path file = Files.isDirectory(target) ? target.resolve(BackupFiles.name(LocalDateTime.now())) : target;
        try {
            Manifest manifest = backups.backup(file);
            log.info(
                    "Backup written to {}: {} rows in {} tables, schema version {}",
                    file.toAbsolutePath(),
                    manifest.rows(),
                    manifest.tables().size(),
                    manifest.schemaVersion());
            return 0;
        } catch (BackupException e) {
            return failed(e);
        }
    }

    private int restore() {
        Path file = Path.of(
                environment.getRequiredProperty(CommandLineModes.RESTORE_FROM).trim());
        try {
            Manifest manifest = backups.restore(file);
            log.info(
                    "Restore done: {} rows in {} tables as of {}. Start the app normally now (without"
                            + " dangvu.restore.from), with the settings of the installation that was backed up.",
                    manifest.rows(),
                    manifest.tables().size(),
                    manifest.createdAt());
            return 0;
        } catch (BackupException e) {
            return failed(e);
        }
    }

    private int failed(BackupException e) {
        log.error(
                "{}",
                messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), Locale.getDefault()),
                e.getCause());
        return 1;
    }

    private static int usage() {
        log.error("Set either {} or {}, not both", CommandLineModes.BACKUP_NOW, CommandLineModes.RESTORE_FROM);
        return 2;
    }
}
