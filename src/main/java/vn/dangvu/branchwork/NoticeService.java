package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.domain.MeetingNotice;
import vn.dangvu.branchwork.domain.MeetingNoticeRepository;
import vn.dangvu.branchwork.domain.NoticeDocument;
import vn.dangvu.branchwork.domain.NoticeDocumentRepository;
import vn.dangvu.branchwork.domain.NoticeQueries;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.RemovalForm;

/**
 * Meeting notices: a branch's coming meeting announced to its members ahead of time, with the documents
 * they read before it. Everyone whose scope covers the branch reads them and downloads the documents;
 * those who write the branch's work announce, change and cancel them ({@link BranchWorkPolicy}).
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    /** How many documents one notice holds: enough for a meeting's papers, not a file store. */
    static final int MAX_DOCUMENTS = 10;

    private static final String AUDIT_TYPE = "UNIT";

    private final MeetingNoticeRepository notices;
    private final NoticeDocumentRepository documents;
    private final NoticeQueries queries;
    private final BranchWorkPolicy access;
    private final AuditLog audit;

    NoticeService(
            MeetingNoticeRepository notices,
            NoticeDocumentRepository documents,
            NoticeQueries queries,
            BranchWorkPolicy access,
            AuditLog audit) {
        this.notices = notices;
        this.documents = documents;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
    }

    /** A branch's notices of meetings from today on, the nearest first. */
    public NoticeViews.NoticesPage listPage(Actor actor, long branchId, int page) {
        UnitView branch = access.read(actor, branchId);
        LocalDate today = LocalDate.now();
        return new NoticeViews.NoticesPage(
                branch,
                new PageView<>(
                        queries.upcoming(branchId, today, PageView.DEFAULT_SIZE, (long) page * PageView.DEFAULT_SIZE),
                        page,
                        PageView.DEFAULT_SIZE,
                        queries.countUpcoming(branchId, today)),
                access.mayWrite(actor));
    }

    /**
     * The coming meetings of the branch a member's own account attends today, the nearest first, as its
     * members read them (another account is refused).
     */
    public PageView<NoticeViews.NoticeRow> ownUpcoming(Actor actor, int page) {
        long branchId = access.ownBranch(actor);
        LocalDate today = LocalDate.now();
        return new PageView<>(
                queries.upcoming(branchId, today, PageView.DEFAULT_SIZE, (long) page * PageView.DEFAULT_SIZE),
                page,
                PageView.DEFAULT_SIZE,
                queries.countUpcoming(branchId, today));
    }

    /** One notice of the member's own branch, with its documents; another branch's answers 404. */
    public NoticeViews.OwnNotice ownNotice(Actor actor, long id) {
        MeetingNotice notice = notices.findById(id).orElseThrow(NotFoundException::new);
        access.requireOwnBranch(actor, notice.getBranchId());
        return new NoticeViews.OwnNotice(id, notice.toForm(), cancellation(notice), queries.documents(id));
    }

    /** A document of a notice of the member's own branch; another branch's answers 404. */
    public NoticeViews.DocumentFile ownDocument(Actor actor, long id, long documentId) {
        MeetingNotice notice = notices.findById(id).orElseThrow(NotFoundException::new);
        access.requireOwnBranch(actor, notice.getBranchId());
        return file(id, documentId);
    }

    /** The branch a new notice is written for: for those who write its work. */
    public UnitView newNotice(Actor actor, long branchId) {
        return access.write(actor, branchId);
    }

    /** Announces a meeting with its documents, all of them or nothing; the notice's id. */
    @Transactional
    public long create(Actor actor, long branchId, NoticeForm form, List<DocumentUpload> uploads) {
        access.write(actor, branchId);
        return announce(actor, branchId, form, uploads, actor.username());
    }

    public NoticeViews.NoticeView get(Actor actor, long id) {
        MeetingNotice notice = notices.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = access.read(actor, notice.getBranchId());
        return new NoticeViews.NoticeView(
                id,
                branch,
                notice.toForm(),
                cancellation(notice),
                queries.documents(id),
                queries.meetingOn(notice.getBranchId(), notice.getMeetsOn()).orElse(null),
                notice.getVersion(),
                new NoticeViews.May(access.mayWrite(actor) && !notice.isCancelled()));
    }

    /**
     * A notice as stored, to change or to cancel (the cancellation page shows it before asking why): for those
     * who write the branch's work; a cancelled one says so.
     */
    public NoticeViews.NoticeEdit edit(Actor actor, long id) {
        MeetingNotice notice = notices.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = access.write(actor, notice.getBranchId());
        return new NoticeViews.NoticeEdit(
                id, branch, notice.toForm(), queries.documents(id).size(), notice.getVersion(), notice.isCancelled());
    }

    @Transactional
    public void update(Actor actor, long id, NoticeForm form, Long version) {
        MeetingNotice notice = standing(actor, id);
        requireVersion(version, notice.getVersion());
        NoticeForm before = notice.toForm();
        notice.apply(form, LocalDate.now());
        AuditDetails changes = AuditDetails.changes(before, notice.toForm());
        if (!changes.isEmpty()) {
            audit.recordDetails(actor, AUDIT_TYPE, notice.getBranchId(), "NOTICE_UPDATED", changes);
        }
    }

    /** Cancels the meeting: the notice stays, marked, with the reason. */
    @Transactional
    public void cancel(Actor actor, long id, RemovalForm form) {
        MeetingNotice notice = standing(actor, id);
        requireVersion(form.version(), notice.getVersion());
        notice.cancel(actor.username(), form.reason());
        audited(
                actor,
                notice,
                "NOTICE_CANCELLED",
                details -> details.text("topic", notice.getTopic()).text("reason", notice.getCancelReason()));
    }

    /** Adds documents to a standing notice, all of them or none. */
    @Transactional
    public void addDocuments(Actor actor, long id, List<DocumentUpload> uploads) {
        MeetingNotice notice = standing(actor, id, notices.findForUpdate(id));
        List<NoticeDocumentCheck.Checked> checked =
                checkAll(uploads, queries.documents(id).size());
        if (checked.isEmpty()) {
            throw new BusinessRuleException("notice.document.noneChosen");
        }
        store(actor, notice, checked);
    }

    /** Removes a document from a standing notice. */
    @Transactional
    public void removeDocument(Actor actor, long id, long documentId) {
        MeetingNotice notice = standing(actor, id);
        NoticeViews.DocumentRow document = queries.document(id, documentId).orElseThrow(NotFoundException::new);
        documents.deleteFromNotice(documentId, id);
        audited(
                actor,
                notice,
                "NOTICE_DOCUMENT_REMOVED",
                details -> details.text("fileName", document.fileName()).text("sha256", document.sha256()));
    }

    /** A notice's document, to send to whoever reads the branch's work. */
    public NoticeViews.DocumentFile document(Actor actor, long id, long documentId) {
        MeetingNotice notice = notices.findById(id).orElseThrow(NotFoundException::new);
        access.read(actor, notice.getBranchId());
        return file(id, documentId);
    }

    private NoticeViews.DocumentFile file(long noticeId, long documentId) {
        NoticeDocument document =
                documents.findByIdAndNoticeId(documentId, noticeId).orElseThrow(NotFoundException::new);
        return new NoticeViews.DocumentFile(document.getFileName(), document.getContentType(), document.getContent());
    }

    private static NoticeViews.Cancellation cancellation(MeetingNotice notice) {
        return notice.isCancelled()
                ? new NoticeViews.Cancellation(
                        notice.getCancelledAt(), notice.getCancelledBy(), notice.getCancelReason())
                : null;
    }

    // ---- writes by system loaders, through NoticeLoader ----

    /** A notice with its documents, as the form and the upload would record them, by {@code by}. */
    long record(long branchId, NoticeForm form, List<DocumentUpload> uploads, String by) {
        return announce(null, branchId, form, uploads, by);
    }

    /** Every file checked first, then the notice and its documents written, each with its audit entry. */
    private long announce(Actor actor, long branchId, NoticeForm form, List<DocumentUpload> uploads, String by) {
        List<NoticeDocumentCheck.Checked> checked = checkAll(uploads, 0);
        MeetingNotice notice = notices.save(new MeetingNotice(branchId, form, by, LocalDate.now()));
        audited(actor, notice, "NOTICE_CREATED", details -> described(details, notice));
        store(actor, notice, checked);
        return notice.getId();
    }

    /** A notice the actor may change: in their scope (else 404), theirs to write (else 403), not cancelled. */
    private MeetingNotice standing(Actor actor, long id) {
        return standing(actor, id, notices.findById(id));
    }

    private MeetingNotice standing(Actor actor, long id, Optional<MeetingNotice> found) {
        MeetingNotice notice = found.orElseThrow(NotFoundException::new);
        access.write(actor, notice.getBranchId());
        notice.requireStanding();
        return notice;
    }

    /** Every file checked before anything is stored; a file input left empty is no file. */
    private static List<NoticeDocumentCheck.Checked> checkAll(List<DocumentUpload> uploads, int alreadyHeld) {
        List<NoticeDocumentCheck.Checked> checked = new ArrayList<>();
        for (DocumentUpload upload : uploads) {
            if (!upload.nothingChosen()) {
                checked.add(NoticeDocumentCheck.check(upload));
            }
        }
        if (alreadyHeld + checked.size() > MAX_DOCUMENTS) {
            throw new BusinessRuleException("notice.document.tooMany", MAX_DOCUMENTS);
        }
        return checked;
    }

    private void store(Actor actor, MeetingNotice notice, List<NoticeDocumentCheck.Checked> checked) {
        String by = actor == null ? notice.getCreatedBy() : actor.username();
        for (NoticeDocumentCheck.Checked file : checked) {
            documents.save(new NoticeDocument(
                    notice.getId(), file.fileName(), file.contentType(), file.content(), file.sha256(), by));
            audited(
                    actor,
                    notice,
                    "NOTICE_DOCUMENT_ADDED",
                    details -> details.text("fileName", file.fileName())
                            .number("sizeBytes", file.content().length)
                            .text("sha256", file.sha256()));
        }
    }

    /** On the branch's trail, named by the day of the meeting the notice announces. */
    private void audited(Actor actor, MeetingNotice notice, String action, UnaryOperator<AuditDetails> details) {
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                notice.getBranchId(),
                action,
                details.apply(AuditDetails.of().date("heldOn", notice.getMeetsOn())));
    }

    private static AuditDetails described(AuditDetails details, MeetingNotice notice) {
        return details.text(
                        "startsAt",
                        notice.getStartsAt() == null
                                ? null
                                : notice.getStartsAt().toString())
                .text("place", notice.getPlace())
                .code("kind", notice.getKind())
                .text("topic", notice.getTopic());
    }

    private static void requireVersion(Long sent, long stored) {
        if (sent == null || sent != stored) {
            throw new ConflictException();
        }
    }
}
