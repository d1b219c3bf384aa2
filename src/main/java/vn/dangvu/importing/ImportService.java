package vn.dangvu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;

/**
 * Imports the registers from .xlsx or .csv in two steps: an upload is read and checked row by row into
 * a preview, and nothing is written; on confirmation the same file is read and checked again and written
 * in one transaction, all or nothing. District staff import anywhere in their district, commune officials
 * into their commune.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final Duration KEEP = Duration.ofHours(2);

    private final OrganisationService organisation;
    private final OrganisationLoader organisationLoader;
    private final MemberService members;
    private final AuditLog audit;
    private final CellValues values;
    private final Path folder;
    private final TabularReader.Limits limits;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final ImportPolicy policy;

    ImportService(
            OrganisationService organisation,
            OrganisationLoader organisationLoader,
            MemberService members,
            AuditLog audit,
            MessageSource messages,
            @Value("${dangvu.import.max-rows:100000}") int maxRows,
            @Value("${dangvu.import.max-columns:200}") int maxColumns,
            ImportPolicy policy)
            throws IOException {
        this.policy = policy;
        this.organisation = organisation;
        this.organisationLoader = organisationLoader;
        this.members = members;
        this.audit = audit;
        this.values = new CellValues(messages);
        this.folder = Files.createTempDirectory("dangvu-imports");
        this.limits = new TabularReader.Limits(maxRows, maxColumns);
    }

    /** Uploads waiting for confirmation do not outlive the app: their folder goes when it stops. */
    @jakarta.annotation.PreDestroy
    void deleteUploads() {
        org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
    }

    /** An uploaded file waiting for confirmation, with every row's outcome. */
    private record Upload(
            String username,
            ImportKind kind,
            String filename,
            Path file,
            TabularReader.Format format,
            List<RowOutcome> outcomes,
            Instant at) {}

    /** The kinds of file the upload page offers: only to those who may import. */
    public List<ImportKind> kinds(Actor actor) {
        policy.requireImport(actor);
        return List.of(ImportKind.values());
    }

    public ImportPreview upload(Actor actor, ImportKind kind, String filename, InputStream content) throws IOException {
        policy.requireImport(actor);
        forgetOld();
        TabularReader.Format format = TabularReader.formatOf(filename);
        if (format == null) {
            throw new ImportFailedException("import.wrongType");
        }
        String token = UUID.randomUUID().toString();
        Path file = folder.resolve(token);
        Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        List<RowOutcome> outcomes = new ArrayList<>();
        try {
            read(actor, kind, file, format, outcomes::add, false);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        uploads.put(token, new Upload(actor.username(), kind, filename, file, format, outcomes, Instant.now()));
        return preview(actor, token, 0, false);
    }

    public ImportPreview preview(Actor actor, String token, int page, boolean errorsOnly) {
        Upload upload = upload(actor, token);
        Map<RowOutcome.Outcome, Long> counts = new EnumMap<>(RowOutcome.Outcome.class);
        upload.outcomes().forEach(o -> counts.merge(o.outcome(), 1L, Long::sum));
        List<RowOutcome> shown = errorsOnly
                ? upload.outcomes().stream()
                        .filter(o -> o.outcome() == RowOutcome.Outcome.ERROR)
                        .toList()
                : upload.outcomes();
        int size = 50;
        List<RowOutcome> items =
                shown.stream().skip((long) page * size).limit(size).toList();
        return new ImportPreview(
                token,
                upload.kind(),
                upload.filename(),
                counts,
                new PageView<>(items, page, size, shown.size()),
                errorsOnly);
    }

    /** Reads and checks the file again and writes it, all or nothing; returns how many rows it wrote. */
    @Transactional
    public long commit(Actor actor, String token) throws IOException {
        Upload upload = upload(actor, token);
        long[] written = {0};
        List<RowOutcome> errors = new ArrayList<>();
        read(
                actor,
                upload.kind(),
                upload.file(),
                upload.format(),
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
                true);
        audit.record(
                actor, "UNIT", actor.scopeUnitId(), "IMPORT_" + upload.kind(), upload.filename() + ": " + written[0]);
        forget(token);
        return written[0];
    }

    public void cancel(Actor actor, String token) {
        upload(actor, token);
        forget(token);
    }

    private void read(
            Actor actor,
            ImportKind kind,
            Path file,
            TabularReader.Format format,
            Consumer<RowOutcome> outcomes,
            boolean write)
            throws IOException {
        FileRows rows = kind == ImportKind.MEMBERS
                ? new MemberRows(
                        actor, organisation, members, values, outcomes, write ? members::importBatch : batch -> {})
                : new BranchRows(actor, organisation, organisationLoader, outcomes, write);
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

    private Upload upload(Actor actor, String token) {
        policy.requireImport(actor);
        Upload upload = uploads.get(token);
        if (upload == null || !upload.username().equals(actor.username())) {
            throw new NotFoundException();
        }
        return upload;
    }

    private void forget(String token) {
        Upload upload = uploads.remove(token);
        if (upload != null) {
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                log.warn("Could not delete {}", upload.file());
            }
        }
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        uploads.entrySet().stream()
                .filter(e -> e.getValue().at().isBefore(limit))
                .map(Map.Entry::getKey)
                .toList()
                .forEach(this::forget);
    }
}
