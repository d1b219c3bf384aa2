package vn.dangvu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.dangvu.dues.DuesSheets;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.BranchRules;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.jobs.JobFailedException;
import vn.dangvu.shared.jobs.JobOutcome;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;

/**
 * Imports the registers from .xlsx or .csv in two steps: an upload is stored and checked row by row into
 * a preview, and nothing is written; on confirmation the same file is read and checked again and written
 * in one transaction, all or nothing. Previews live in the database, so the confirmation may reach
 * another app instance than the upload. District staff import anywhere in their district, commune
 * officials into their commune; a dues sheet, whoever keeps the ledgers of its branches. On the pages the
 * check and the write run as background jobs with progress in rows (one import job per user at a time);
 * {@link #upload} and {@link #commit} do the same work in the caller's thread.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int PAGE_SIZE = 50;

    /** The job kind of a check and of a write alike: a user runs one import at a time. */
    static final String JOB_KIND = "import";

    private static final String BACK = "/import";

    /** Checked rows' outcomes are stored this many at a time, so that an upload's memory stays small. */
    private static final int OUTCOME_BATCH = 1000;

    private final OrganisationService organisation;
    private final OrganisationLoader organisationLoader;
    private final BranchRules branchRules;
    private final MemberLoader members;
    private final AuditLog audit;
    private final ImportPreviews previews;
    private final TransactionTemplate transaction;
    private final CellValues values;
    private final RuleMessages ruleMessages;
    private final TabularReader.Limits limits;
    private final ImportPolicy policy;
    private final DuesSheets dues;
    private final Jobs jobs;

    /**
     * Who is uploading or confirming on this instance: one import at a time per user, so that one
     * account cannot multiply the memory an import takes by sending many at once; and a few at a time
     * in all, so that the heap they take together stays within the limits times that number.
     */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private final Semaphore slots;

    ImportService(
            OrganisationService organisation,
            OrganisationLoader organisationLoader,
            BranchRules branchRules,
            MemberLoader members,
            AuditLog audit,
            ImportPreviews previews,
            TransactionTemplate transaction,
            MessageSource messages,
            @Value("${dangvu.import.max-rows:100000}") int maxRows,
            @Value("${dangvu.import.max-columns:200}") int maxColumns,
            @Value("${dangvu.import.max-part-size:200MB}") DataSize maxPartSize,
            @Value("${dangvu.import.max-shared-strings-size:64MB}") DataSize maxSharedStringsSize,
            @Value("${dangvu.import.max-other-part-size:4MB}") DataSize maxOtherPartSize,
            @Value("${dangvu.import.max-concurrent:2}") int maxConcurrent,
            ImportPolicy policy,
            DuesSheets dues,
            Jobs jobs) {
        this.policy = policy;
        this.jobs = jobs;
        this.dues = dues;
        this.organisation = organisation;
        this.organisationLoader = organisationLoader;
        this.branchRules = branchRules;
        this.members = members;
        this.audit = audit;
        this.previews = previews;
        this.transaction = transaction;
        this.values = new CellValues(messages);
        this.ruleMessages = new RuleMessages(messages);
        this.limits = new TabularReader.Limits(
                maxRows, maxColumns, maxPartSize.toBytes(), maxSharedStringsSize.toBytes(), maxOtherPartSize.toBytes());
        this.slots = new Semaphore(maxConcurrent);
    }

    /** The kinds of file the upload page offers: those the actor may import (none: refused). */
    public List<ImportKind> kinds(Actor actor) {
        policy.requireImport(actor);
        return policy.kinds(actor);
    }

    /**
     * Stores the file and every row's outcome as a preview of the actor's, and shows its first page. A
     * file that cannot be read as a register leaves nothing behind.
     */
    public ImportPreview upload(Actor actor, ImportKind kind, String filename, InputStream content) throws IOException {
        TabularReader.Format format = formatOf(actor, kind, filename);
        UUID token = oneAtATime(actor, () -> {
            previews.deleteExpired();
            return inTransaction(() -> {
                UUID stored = previews.create(actor.username(), kind, filename, format, content);
                check(actor, stored, kind, filename, format, JobProgress.NONE);
                return stored;
            });
        });
        return preview(actor, token.toString(), 0, false);
    }

    /**
     * Stores the file at once and starts its check as a job; returns the job's id. The job ends linking to
     * the preview, or says why the file cannot be read (and leaves nothing behind). Refused while the
     * actor runs another import.
     */
    public long startCheck(Actor actor, ImportKind kind, String filename, InputStream content) throws IOException {
        TabularReader.Format format = formatOf(actor, kind, filename);
        if (jobs.active(actor, JOB_KIND).isPresent()) {
            throw new ImportFailedException("job.alreadyRunning", "key:job.kind." + JOB_KIND);
        }
        previews.deleteExpired();
        UUID token = inTransaction(() -> previews.create(actor.username(), kind, filename, format, content));
        try {
            return jobs.start(actor, JOB_KIND, null, BACK, progress -> {
                try {
                    Map<RowOutcome.Outcome, Long> counts = oneAtATime(
                            actor,
                            () -> inTransaction(() -> {
                                progress.total(dataRows(previews.file(token), format));
                                return check(actor, token, kind, filename, format, progress);
                            }));
                    return JobOutcome.of(
                                    "import.checked",
                                    counts.values().stream()
                                            .mapToLong(Long::longValue)
                                            .sum(),
                                    counts.get(RowOutcome.Outcome.NEW),
                                    counts.get(RowOutcome.Outcome.UPDATE),
                                    counts.get(RowOutcome.Outcome.UNCHANGED),
                                    counts.get(RowOutcome.Outcome.ERROR))
                            .linkedTo(BACK + "/" + token);
                } catch (IOException | RuntimeException e) {
                    previews.delete(token);
                    throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
                }
            });
        } catch (RuntimeException e) {
            previews.delete(token);
            throw e;
        }
    }

    /** The actor's import job that is queued or running, if any. */
    public Optional<JobView> runningJob(Actor actor) {
        return jobs.active(actor, JOB_KIND);
    }

    private TabularReader.Format formatOf(Actor actor, ImportKind kind, String filename) {
        policy.requireImport(actor, kind);
        TabularReader.Format format = TabularReader.formatOf(filename);
        if (format == null) {
            throw new ImportFailedException("import.wrongType");
        }
        return format;
    }

    /** Checks every row of the stored file, stores their outcomes and marks the preview checked. */
    private Map<RowOutcome.Outcome, Long> check(
            Actor actor,
            UUID token,
            ImportKind kind,
            String filename,
            TabularReader.Format format,
            JobProgress progress)
            throws IOException {
        Map<RowOutcome.Outcome, Long> counts = new EnumMap<>(RowOutcome.Outcome.class);
        for (RowOutcome.Outcome outcome : RowOutcome.Outcome.values()) {
            counts.put(outcome, 0L);
        }
        List<RowOutcome> pending = new ArrayList<>();
        read(
                actor,
                kind,
                filename,
                previews.file(token),
                format,
                outcome -> {
                    counts.merge(outcome.outcome(), 1L, Long::sum);
                    pending.add(outcome);
                    if (pending.size() >= OUTCOME_BATCH) {
                        previews.addRows(token, pending);
                        pending.clear();
                    }
                },
                false,
                progress);
        previews.addRows(token, pending);
        previews.setCounts(token, counts);
        return counts;
    }

    /** How many rows the file has after its header, read once without checking them (for the progress). */
    private long dataRows(TabularReader.Source file, TabularReader.Format format) {
        long[] rows = {0};
        boolean[] headerSeen = {false};
        try {
            TabularReader.read(file, format, limits, (number, cells) -> {
                if (headerSeen[0]) {
                    rows[0]++;
                } else if (!Headers.blank(cells)) {
                    headerSeen[0] = true;
                }
            });
        } catch (ImportFailedException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            log.info("Unreadable import file: {}", e.toString());
            throw new ImportFailedException("import.unreadable");
        }
        return rows[0];
    }

    private <T> T inTransaction(Work<T> work) throws IOException {
        try {
            return transaction.execute(status -> {
                try {
                    return work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T oneAtATime(Actor actor, Work<T> work) throws IOException {
        if (!running.add(actor.username())) {
            throw new ImportFailedException("import.busy");
        }
        try {
            if (!slots.tryAcquire()) {
                throw new ImportFailedException("import.serverBusy");
            }
            try {
                return work.run();
            } finally {
                slots.release();
            }
        } finally {
            running.remove(actor.username());
        }
    }

    /** A page of the actor's preview; another user's does not exist for them (404). */
    public ImportPreview preview(Actor actor, String token, int page, boolean errorsOnly) {
        ImportPreviews.Stored preview = checked(find(actor, token, false));
        return new ImportPreview(
                token,
                preview.kind(),
                preview.filename(),
                preview.counts(),
                previews.rows(preview, errorsOnly, page, PAGE_SIZE),
                errorsOnly);
    }

    /**
     * Reads and checks the stored file again and writes it, all or nothing; returns how many rows it
     * wrote. The preview goes with the write; a preview that expired (or was confirmed already) is
     * refused with {@link PreviewExpiredException}.
     */
    @Transactional
    public long commit(Actor actor, String token) throws IOException {
        return oneAtATime(actor, () -> write(actor, token, JobProgress.NONE));
    }

    /**
     * Starts the write of a checked preview as a job; returns the job's id. A preview that is gone is
     * refused at once. The job ends linking to the list it wrote to; when a row fails on the second check
     * nothing is written, and it links to the preview's errors.
     */
    public long startCommit(Actor actor, String token) {
        ImportPreviews.Stored preview = checked(find(actor, token, false));
        policy.requireImport(actor, preview.kind());
        String list = switch (preview.kind()) {
            case MEMBERS -> "/members";
            case BRANCHES -> "/units";
            case DUES -> "/dues";
        };
        return jobs.start(actor, JOB_KIND, null, BACK, progress -> {
            progress.total(preview.rows());
            try {
                long written = oneAtATime(actor, () -> inTransaction(() -> write(actor, token, progress)));
                return JobOutcome.of("import.done", written).linkedTo(list);
            } catch (PreviewExpiredException e) {
                throw e;
            } catch (ImportFailedException e) {
                throw new JobFailedException(BACK + "/" + token + "?errors=true", e.messageKey(), e.arguments());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private long write(Actor actor, String token, JobProgress progress) throws IOException {
        ImportPreviews.Stored preview = checked(find(actor, token, true));
        policy.requireImport(actor, preview.kind());
        long[] written = {0};
        List<RowOutcome> errors = new ArrayList<>();
        read(
                actor,
                preview.kind(),
                preview.filename(),
                previews.file(preview.token()),
                preview.format(),
                outcome -> {
                    switch (outcome.outcome()) {
                        case ERROR -> errors.add(outcome);
                        case NEW, UPDATE -> written[0]++;
                        default -> {}
                    }
                    if (!errors.isEmpty()) {
                        throw new ImportFailedException(
                                "import.failedOnCommit", errors.get(0).rowNumber());
                    }
                },
                true,
                progress);
        audit.record(
                actor, "UNIT", actor.scopeUnitId(), "IMPORT_" + preview.kind(), preview.filename() + ": " + written[0]);
        previews.delete(preview.token());
        return written[0];
    }

    /** Forgets the actor's preview; one that expired already is gone, which is what the actor wanted. */
    public void cancel(Actor actor, String token) {
        try {
            previews.delete(find(actor, token, false).token());
        } catch (PreviewExpiredException e) {
            // nothing left to cancel
        }
    }

    private void read(
            Actor actor,
            ImportKind kind,
            String filename,
            TabularReader.Source file,
            TabularReader.Format format,
            Consumer<RowOutcome> outcomes,
            boolean write,
            JobProgress progress)
            throws IOException {
        FileRows.Run run =
                new FileRows.Run(actor, new ScopeUnits(actor, organisation), ruleMessages, outcomes, filename, write);
        FileRows rows = switch (kind) {
            case MEMBERS -> new MemberRows(run, organisation, members, values, audit);
            case BRANCHES -> new BranchRows(run, organisationLoader, branchRules);
            case DUES -> new DuesRows(run, dues);
        };
        boolean[] headerSeen = {false};
        try {
            TabularReader.read(file, format, limits, (number, cells) -> {
                if (!headerSeen[0]) {
                    if (Headers.blank(cells)) {
                        return;
                    }
                    rows.header(cells);
                    headerSeen[0] = true;
                } else {
                    rows.row(number, cells);
                    progress.advance(1);
                }
            });
        } catch (ImportFailedException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            log.info("Unreadable import file: {}", e.toString());
            throw new ImportFailedException("import.unreadable");
        }
        if (!headerSeen[0]) {
            throw new ImportFailedException("import.empty");
        }
        rows.flush();
    }

    /** A preview whose check is still running is not shown nor written yet. */
    private static ImportPreviews.Stored checked(ImportPreviews.Stored preview) {
        if (!preview.checked()) {
            throw new ImportFailedException("import.stillChecking");
        }
        return preview;
    }

    private ImportPreviews.Stored find(Actor actor, String token, boolean lock) {
        policy.requireImport(actor);
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            throw new PreviewExpiredException();
        }
        ImportPreviews.Stored preview = previews.find(id, lock).orElseThrow(PreviewExpiredException::new);
        if (!preview.username().equals(actor.username())) {
            throw new NotFoundException();
        }
        return preview;
    }
}
