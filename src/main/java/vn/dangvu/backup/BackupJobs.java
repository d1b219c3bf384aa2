package vn.dangvu.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.jobs.JobOutcome;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;

/**
 * A backup started from the backups page (issue 23): written as a background job that counts the tables done
 * of the total, into the nightly backups' folder ({@code dangvu.backup.dir}) under the nightly name, with the
 * same format, and followed by the same pruning to the newest {@code dangvu.backup.keep}. When that pruning
 * would delete a backup, the page names it and the user confirms first. Audited.
 */
@Service
public class BackupJobs {

    static final String JOB_KIND = "backup";
    static final String PAGE = "/backups";

    private final BackupService backups;
    private final BackupPolicy policy;
    private final Jobs jobs;
    private final AuditLog audit;
    private final Environment environment;

    BackupJobs(BackupService backups, BackupPolicy policy, Jobs jobs, AuditLog audit, Environment environment) {
        this.backups = backups;
        this.policy = policy;
        this.jobs = jobs;
        this.audit = audit;
        this.environment = environment;
    }

    /** A backup in the folder: its name, its size in bytes, when it was written (in the backups' time zone). */
    public record BackupFile(String name, long size, LocalDateTime written) {

        /** The size in kB, rounded up: a backup is never shown as 0 kB. */
        public long kilobytes() {
            return Math.max(1, (size + 1023) / 1024);
        }
    }

    /**
     * The backups page: the folder (null when none is set), the actor's running backup, one page of the
     * folder's backups, newest first, and the backups a new one would delete (the oldest beyond the number kept).
     */
    public record Page(
            String folder, int keep, JobView running, PageView<BackupFile> files, List<String> wouldDelete) {}

    public Page page(Actor actor, int page) {
        policy.requireRun(actor);
        Optional<Path> folder = folder();
        JobView running = jobs.active(actor, JOB_KIND).orElse(null);
        if (folder.isEmpty()) {
            return new Page(null, keep(), running, new PageView<>(List.of(), 0, PageView.DEFAULT_SIZE, 0), List.of());
        }
        List<BackupFile> all = list(folder.get(), zone());
        int size = PageView.DEFAULT_SIZE;
        int from = (int) Math.min((long) page * size, all.size());
        return new Page(
                folder.get().toString(),
                keep(),
                running,
                new PageView<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size()),
                wouldDelete(all));
    }

    /**
     * Starts a backup as a job; returns the job's id. Refused when no folder is set, and, when the backup would
     * delete older ones to keep the newest {@code dangvu.backup.keep}, until the user confirms.
     */
    public long start(Actor actor, boolean confirmed) {
        policy.requireRun(actor);
        Path folder = folder().orElseThrow(() -> new BusinessRuleException("backup.page.noFolder"));
        List<String> deleting = wouldDelete(list(folder, zone()));
        if (!deleting.isEmpty() && !confirmed) {
            throw new BusinessRuleException("backup.page.confirmFirst", String.join(", ", deleting));
        }
        ZoneId zone = zone();
        return jobs.start(actor, JOB_KIND, null, PAGE, progress -> {
            Path file = folder.resolve(BackupFiles.name(LocalDateTime.now(zone)));
            if (Files.exists(file)) {
                // the nightly backup of the same second: it is not replaced
                throw new BusinessRuleException(
                        "backup.page.exists", file.getFileName().toString());
            }
            Manifest manifest = backups.backup(file, progress);
            List<Path> deleted;
            long size;
            try {
                size = Files.size(file);
                deleted = BackupFiles.prune(folder, keep());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = file.getFileName().toString();
            audit.record(
                    actor,
                    "BACKUP",
                    0,
                    "BACKUP_WRITTEN",
                    name + " (" + size + " B, " + manifest.tables().size() + " tables, " + manifest.rows()
                            + " rows)"
                            + (deleted.isEmpty()
                                    ? ""
                                    : "; deleted "
                                            + String.join(
                                                    ", ",
                                                    deleted.stream()
                                                            .map(p -> p.getFileName()
                                                                    .toString())
                                                            .toList())));
            return JobOutcome.of(
                    "backup.page.done",
                    name,
                    new BackupFile(name, size, null).kilobytes(),
                    manifest.tables().size(),
                    manifest.rows(),
                    deleted.size());
        });
    }

    private Optional<Path> folder() {
        String folder = environment.getProperty("dangvu.backup.dir", "");
        return folder.isBlank()
                ? Optional.empty()
                : Optional.of(Path.of(folder.trim()).toAbsolutePath());
    }

    private ZoneId zone() {
        return ZoneId.of(environment.getProperty("dangvu.backup.zone", "Asia/Ho_Chi_Minh"));
    }

    private int keep() {
        return environment.getProperty("dangvu.backup.keep", Integer.class, 14);
    }

    /** The backups a new one would delete: all but the newest keep − 1 of those there (keep 0 keeps all). */
    private List<String> wouldDelete(List<BackupFile> newestFirst) {
        int keep = keep();
        if (keep <= 0 || newestFirst.size() < keep) {
            return List.of();
        }
        return newestFirst.subList(keep - 1, newestFirst.size()).stream()
                .map(BackupFile::name)
                .toList();
    }

    private static List<BackupFile> list(Path folder, ZoneId zone) {
        try {
            return BackupFiles.list(folder).stream()
                    .map(f -> {
                        try {
                            return new BackupFile(
                                    f.getFileName().toString(),
                                    Files.size(f),
                                    LocalDateTime.ofInstant(
                                            Files.getLastModifiedTime(f).toInstant(), zone));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new BusinessRuleException("backup.page.unreadableFolder", folder, e.getMessage());
        }
    }
}
