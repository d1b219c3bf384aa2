package vn.dangvu.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.engagement.EngagementForms.ConcernCorrection;
import vn.dangvu.engagement.EngagementForms.Correction;
import vn.dangvu.engagement.EngagementForms.FollowUpCorrection;
import vn.dangvu.engagement.EngagementForms.RecognitionCorrection;
import vn.dangvu.engagement.EngagementForms.SessionCorrection;
import vn.dangvu.engagement.domain.Concern;
import vn.dangvu.engagement.domain.ConcernRepository;
import vn.dangvu.engagement.domain.Correctable;
import vn.dangvu.engagement.domain.EngagementQueries;
import vn.dangvu.engagement.domain.EngagementSession;
import vn.dangvu.engagement.domain.EngagementSessionRepository;
import vn.dangvu.engagement.domain.FollowUp;
import vn.dangvu.engagement.domain.FollowUpRepository;
import vn.dangvu.engagement.domain.Recognition;
import vn.dangvu.engagement.domain.RecognitionRepository;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.web.RemovalForm;

/**
 * Corrections and removals of commendations and reminders, concerns, sessions and follow-ups, by whoever
 * may write them ({@link EngagementPolicy}), within their scope. A correction is audited with what it
 * changed; a removal keeps the row, marked, and is audited with the reason and the old values, and every
 * list and figure stops counting it. A correction made on an old version says whose change it met, unless
 * it asks for exactly what is stored already (a second tap of Save), which is done once; a second tap of
 * Remove finds the record removed by the same user and is done once too.
 */
@Service
@Transactional(readOnly = true)
public class EngagementCorrections {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final EngagementSessionRepository sessions;
    private final OrganisationService organisation;
    private final EngagementPolicy policy;
    private final AuditLog audit;
    private final Kind<Recognition, RecognitionCorrection, EngagementViews.RecognitionRow> recognitions;
    private final Kind<Concern, ConcernCorrection, EngagementViews.ConcernRow> concerns;
    private final Kind<EngagementSession, SessionCorrection, EngagementViews.SessionView> sessionKind;
    private final Kind<FollowUp, FollowUpCorrection, EngagementViews.FollowUpRow> followUps;

    EngagementCorrections(
            RecognitionRepository recognitions,
            ConcernRepository concerns,
            EngagementSessionRepository sessions,
            FollowUpRepository followUps,
            EngagementQueries queries,
            OrganisationService organisation,
            EngagementPolicy policy,
            AuditLog audit,
            @Value("${dangvu.concerns.open-days:15}") int openDays,
            @Value("${dangvu.concerns.forwarded-days:30}") int forwardedDays) {
        this.sessions = sessions;
        this.organisation = organisation;
        this.policy = policy;
        this.audit = audit;
        this.recognitions = new Kind<>(
                "RECOGNITION",
                policy::mayCorrectRecognitions,
                (actor, recognition) -> {},
                recognitions::findById,
                recognitions::findForUpdate,
                Recognition::getBranchId,
                Recognition::isRemoved,
                EngagementCorrections::toForm,
                id -> queries.recognition(id).orElseThrow(NotFoundException::new),
                this::correct,
                recognition -> "",
                Recognition::getId);
        this.concerns = new Kind<>(
                "CONCERN",
                policy::mayCorrectConcerns,
                // a branch secretary corrects a concern only until it is forwarded
                (actor, concern) -> policy.require(policy.mayCorrectConcern(actor, concern.getStatus())),
                concerns::findById,
                concerns::findForUpdate,
                Concern::getBranchId,
                Concern::isRemoved,
                EngagementCorrections::toForm,
                id -> queries.concern(id, overdueToday(openDays, forwardedDays)).orElseThrow(NotFoundException::new),
                this::correct,
                concern -> "; status: " + concern.getStatus(),
                Concern::getId);
        this.sessionKind = new Kind<>(
                "SESSION",
                policy::mayCorrectSessions,
                (actor, session) -> {},
                sessions::findById,
                sessions::findForUpdate,
                EngagementSession::getUnitId,
                EngagementSession::isRemoved,
                EngagementCorrections::toForm,
                id -> queries.session(id, LocalDate.now()),
                this::correct,
                session -> "",
                EngagementSession::getId);
        // a follow-up is in scope, and there, through its session; it goes with a removed session
        this.followUps = new Kind<>(
                "FOLLOW_UP",
                policy::mayCorrectSessions,
                (actor, followUp) -> {},
                followUps::findById,
                followUps::findForUpdate,
                followUp -> session(followUp).getUnitId(),
                followUp -> followUp.isRemoved() || session(followUp).isRemoved(),
                EngagementCorrections::toForm,
                id -> queries.followUp(id, LocalDate.now()).orElseThrow(NotFoundException::new),
                EngagementCorrections::correct,
                followUp -> "",
                FollowUp::getSessionId);
    }

    /**
     * One kind of record these corrections serve: who may correct it and how it is found, its unit, its
     * correction form and how the form is applied, the row its pages show, and the page the user goes back
     * to (its own id, or its session's).
     */
    public record Kind<T extends Correctable, F extends Record & Correction, V>(
            String auditType,
            Predicate<Actor> mayCorrectSome,
            BiConsumer<Actor, T> mayCorrectThis,
            Function<Long, Optional<T>> find,
            Function<Long, Optional<T>> lock,
            Function<T, Long> unit,
            Predicate<T> gone,
            Function<T, F> toForm,
            LongFunction<V> shown,
            Correcting<T, F> correct,
            Function<T, String> removalNote,
            ToLongFunction<T> back) {}

    /** Applies a correction that changes something to the record. */
    @FunctionalInterface
    interface Correcting<T, F> {
        void apply(Actor actor, T record, F form);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Kind<?, RecognitionCorrection, EngagementViews.RecognitionRow> recognitions() {
        return recognitions;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Kind<?, ConcernCorrection, EngagementViews.ConcernRow> concerns() {
        return concerns;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Kind<?, SessionCorrection, EngagementViews.SessionView> sessions() {
        return sessionKind;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Kind<?, FollowUpCorrection, EngagementViews.FollowUpRow> followUps() {
        return followUps;
    }

    /** The correction form, filled with what is stored. */
    public <T extends Correctable, F extends Record & Correction, V> F form(Kind<T, F, V> kind, Actor actor, long id) {
        return kind.toForm().apply(correctable(kind, actor, id, false));
    }

    /** The record as its list shows it, for the correction and removal pages. */
    public <T extends Correctable, F extends Record & Correction, V> EngagementViews.ToRemove<V> shown(
            Kind<T, F, V> kind, Actor actor, long id) {
        T record = correctable(kind, actor, id, false);
        return new EngagementViews.ToRemove<>(kind.shown().apply(id), record.getVersion());
    }

    /** Returns the id of the page the user goes back to: the record's own, or its session's for a follow-up. */
    @Transactional
    public <T extends Correctable, F extends Record & Correction, V> long correct(
            Kind<T, F, V> kind, Actor actor, long id, F form) {
        T record = correctable(kind, actor, id, true);
        F before = kind.toForm().apply(record);
        if (changes(record, before, form)) {
            kind.correct().apply(actor, record, form);
            audit.record(
                    actor,
                    kind.auditType(),
                    id,
                    "UPDATED",
                    AuditLog.changes(before, kind.toForm().apply(record)));
        }
        return kind.back().applyAsLong(record);
    }

    /**
     * Removes the record unless this user did already (a second tap); audited with the reason and the old
     * values. A session's follow-ups go with it: lists and figures read them only through a session not
     * removed. Returns the id of the page the user goes back to, as {@link #correct} does.
     */
    @Transactional
    public <T extends Correctable, F extends Record & Correction, V> long remove(
            Kind<T, F, V> kind, Actor actor, long id, RemovalForm form) {
        T record = inScope(kind, actor, id, true);
        kind.mayCorrectThis().accept(actor, record);
        if (!removedByThisUser(record, actor)) {
            requireVersion(record, form.version());
            F before = kind.toForm().apply(record);
            record.remove(actor.username(), Instant.now(), form.reason());
            audit.record(
                    actor,
                    kind.auditType(),
                    id,
                    "REMOVED",
                    removal(form, before) + kind.removalNote().apply(record));
        }
        return kind.back().applyAsLong(record);
    }

    /**
     * A record the actor may correct, read (or locked, for a write) by id, within the actor's scope, not
     * removed. The role first: one that may never correct records of this kind is told so, whatever it
     * names; the scope next; then the record's state may decide.
     */
    private <T extends Correctable> T correctable(Kind<T, ?, ?> kind, Actor actor, long id, boolean forUpdate) {
        T record = inScope(kind, actor, id, forUpdate);
        if (kind.gone().test(record)) {
            throw new NotFoundException();
        }
        kind.mayCorrectThis().accept(actor, record);
        return record;
    }

    private <T extends Correctable> T inScope(Kind<T, ?, ?> kind, Actor actor, long id, boolean forUpdate) {
        policy.require(kind.mayCorrectSome().test(actor));
        T record = (forUpdate ? kind.lock() : kind.find()).apply(id).orElseThrow(NotFoundException::new);
        actor.requireCovers(path(kind.unit().apply(record)));
        return record;
    }

    private void correct(Actor actor, Recognition recognition, RecognitionCorrection form) {
        long branchId = recognition.getBranchId();
        if (recognition.getMemberId() == null) {
            if (form.branchId() == null) {
                throw BusinessRuleException.onField("branchId", "recognition.targetRequired");
            }
            UnitView branch = organisation.find(form.branchId()).orElseThrow(NotFoundException::new);
            actor.requireCovers(branch.path());
            if (!branch.kind().isBranch()) {
                throw BusinessRuleException.onField("branchId", "recognition.notABranch");
            }
            branchId = branch.id();
        }
        recognition.correct(
                form.kind(),
                branchId,
                form.decidedOn(),
                form.decidedBy(),
                form.decision(),
                form.reason(),
                actor.username(),
                Instant.now());
    }

    private static RecognitionCorrection toForm(Recognition r) {
        return new RecognitionCorrection(
                r.getKind(),
                r.getMemberId() == null ? r.getBranchId() : null,
                r.getDecidedOn(),
                r.getDecidedBy(),
                r.getDecision(),
                r.getReason(),
                r.getVersion());
    }

    private void correct(Actor actor, Concern concern, ConcernCorrection form) {
        UnitView branch = organisation.find(form.branchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        if (!branch.kind().isResidential()) {
            throw BusinessRuleException.onField("branchId", "concern.notAHamlet");
        }
        concern.correct(
                branch.id(),
                form.residentName(),
                form.topic(),
                form.details(),
                form.raisedOn(),
                form.response(),
                actor.username(),
                Instant.now());
    }

    private static ConcernCorrection toForm(Concern k) {
        return new ConcernCorrection(
                k.getBranchId(),
                k.getResidentName(),
                k.getTopic(),
                k.getDetails(),
                k.getRaisedOn(),
                k.getResponse(),
                k.getVersion());
    }

    private static EngagementQueries.ConcernCriteria overdueToday(int openDays, int forwardedDays) {
        LocalDate today = LocalDate.now();
        return new EngagementQueries.ConcernCriteria(
                null, false, today, today.minusDays(openDays), today.minusDays(forwardedDays), null, null, null, null);
    }

    private void correct(Actor actor, EngagementSession session, SessionCorrection form) {
        session.correct(EngagementService.held(organisation, actor, form), actor.username(), Instant.now());
    }

    private static SessionCorrection toForm(EngagementSession s) {
        return new SessionCorrection(
                s.getKind(),
                s.getUnitId(),
                s.getHeldOn(),
                s.getTitle(),
                s.getAttendees(),
                s.getIssues(),
                s.getVersion());
    }

    private EngagementSession session(FollowUp followUp) {
        return sessions.findById(followUp.getSessionId()).orElseThrow();
    }

    private static void correct(Actor actor, FollowUp followUp, FollowUpCorrection form) {
        followUp.correct(
                form.description(), form.owner(), form.dueOn(), form.doneOn(), actor.username(), Instant.now());
    }

    private static FollowUpCorrection toForm(FollowUp f) {
        return new FollowUpCorrection(f.getDescription(), f.getOwner(), f.getDueOn(), f.getDoneOn(), f.getVersion());
    }

    // ---- shared ----

    /**
     * Whether a correction changes anything; one that does must be made on the version stored now. Asking
     * for exactly what is stored (a second tap of Save) changes nothing, whatever version it was made on.
     */
    private static boolean changes(Correctable record, Record stored, Correction typed) {
        if (sameValues(stored, typed)) {
            return false;
        }
        requireVersion(record, typed.version());
        return true;
    }

    private String path(long unitId) {
        return organisation.find(unitId).orElseThrow().path();
    }

    /**
     * A save made on a version someone else has changed since says whose change it met and when (the user
     * then sees what is stored now and decides).
     */
    private static void requireVersion(Correctable record, Long version) {
        if (version == null || record.getVersion() != version) {
            if (record.getUpdatedBy() == null) {
                throw new ConflictException();
            }
            throw new BusinessRuleException(
                    "engagement.changedMeanwhile", record.getUpdatedBy(), when(record.getUpdatedAt()));
        }
    }

    /**
     * Whether the record was removed already by this user (a second tap of Remove: nothing more to do);
     * removed by someone else, the user is told by whom and when.
     */
    private static boolean removedByThisUser(Correctable record, Actor actor) {
        if (!record.isRemoved()) {
            return false;
        }
        if (record.getRemovedBy().equals(actor.username())) {
            return true;
        }
        throw new BusinessRuleException(
                "engagement.removedMeanwhile", record.getRemovedBy(), when(record.getRemovedAt()));
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String removal(RemovalForm form, Record before) {
        return "removalReason: " + form.reason().strip() + "; " + AuditLog.values(before);
    }

    /** Whether a form asks for exactly what is stored, text compared as the entities keep it (trimmed, blank as none). */
    private static boolean sameValues(Record stored, Correction typed) {
        for (var component : stored.getClass().getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                if (!Objects.equals(
                        kept(component.getAccessor().invoke(stored)),
                        kept(component.getAccessor().invoke(typed)))) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    private static Object kept(Object value) {
        return value instanceof String text ? (text.isBlank() ? null : text.strip()) : value;
    }
}
