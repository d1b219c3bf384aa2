package vn.dangvu.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
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

    private final RecognitionRepository recognitions;
    private final ConcernRepository concerns;
    private final EngagementSessionRepository sessions;
    private final FollowUpRepository followUps;
    private final EngagementQueries queries;
    private final OrganisationService organisation;
    private final EngagementPolicy policy;
    private final AuditLog audit;
    private final int openDays;
    private final int forwardedDays;

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
        this.recognitions = recognitions;
        this.concerns = concerns;
        this.sessions = sessions;
        this.followUps = followUps;
        this.queries = queries;
        this.organisation = organisation;
        this.policy = policy;
        this.audit = audit;
        this.openDays = openDays;
        this.forwardedDays = forwardedDays;
    }

    // ---- commendations and reminders ----

    /** The correction form, filled with what is stored. */
    public RecognitionCorrection recognitionForm(Actor actor, long id) {
        return toForm(recognition(actor, id, false));
    }

    /** The recognition as its list shows it, for the correction and removal pages. */
    public EngagementViews.ToRemove<EngagementViews.RecognitionRow> recognitionShown(Actor actor, long id) {
        Recognition recognition = recognition(actor, id, false);
        return new EngagementViews.ToRemove<>(
                queries.recognition(id).orElseThrow(NotFoundException::new), recognition.getVersion());
    }

    @Transactional
    public void correctRecognition(Actor actor, long id, RecognitionCorrection form) {
        Recognition recognition = recognition(actor, id, true);
        RecognitionCorrection before = toForm(recognition);
        if (!changes(recognition, before, form)) {
            return;
        }
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
        audit.record(actor, "RECOGNITION", id, "UPDATED", AuditLog.changes(before, toForm(recognition)));
    }

    @Transactional
    public void removeRecognition(Actor actor, long id, RemovalForm form) {
        Recognition recognition = inScope(
                actor, policy.mayCorrectRecognitions(actor), recognitions::findForUpdate, id, Recognition::getBranchId);
        removeOnce(actor, recognition, "RECOGNITION", id, form, toForm(recognition), "");
    }

    /** The role first: one that may never correct recognitions is told so, whatever it names. */
    private Recognition recognition(Actor actor, long id, boolean forUpdate) {
        return notRemoved(inScope(
                actor,
                policy.mayCorrectRecognitions(actor),
                forUpdate ? recognitions::findForUpdate : recognitions::findById,
                id,
                Recognition::getBranchId));
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

    // ---- residents' concerns ----

    public ConcernCorrection concernForm(Actor actor, long id) {
        return toForm(concern(actor, id, false));
    }

    public EngagementViews.ToRemove<EngagementViews.ConcernRow> concernShown(Actor actor, long id) {
        Concern concern = concern(actor, id, false);
        return new EngagementViews.ToRemove<>(
                queries.concern(id, overdueToday()).orElseThrow(NotFoundException::new), concern.getVersion());
    }

    @Transactional
    public void correctConcern(Actor actor, long id, ConcernCorrection form) {
        Concern concern = concern(actor, id, true);
        ConcernCorrection before = toForm(concern);
        if (!changes(concern, before, form)) {
            return;
        }
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
        audit.record(actor, "CONCERN", id, "UPDATED", AuditLog.changes(before, toForm(concern)));
    }

    @Transactional
    public void removeConcern(Actor actor, long id, RemovalForm form) {
        Concern concern =
                inScope(actor, policy.mayCorrectConcerns(actor), concerns::findForUpdate, id, Concern::getBranchId);
        policy.require(policy.mayCorrectConcern(actor, concern.getStatus()));
        removeOnce(actor, concern, "CONCERN", id, form, toForm(concern), "; status: " + concern.getStatus());
    }

    /**
     * A role that may correct no concern is refused first; the scope next; then the concern's state
     * decides (a branch secretary corrects a concern only until it is forwarded).
     */
    private Concern concern(Actor actor, long id, boolean forUpdate) {
        Concern concern = notRemoved(inScope(
                actor,
                policy.mayCorrectConcerns(actor),
                forUpdate ? concerns::findForUpdate : concerns::findById,
                id,
                Concern::getBranchId));
        policy.require(policy.mayCorrectConcern(actor, concern.getStatus()));
        return concern;
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

    private EngagementQueries.ConcernCriteria overdueToday() {
        LocalDate today = LocalDate.now();
        return new EngagementQueries.ConcernCriteria(
                null, false, today, today.minusDays(openDays), today.minusDays(forwardedDays), null, null, null, null);
    }

    // ---- reception sessions and dialogues ----

    public SessionCorrection sessionForm(Actor actor, long id) {
        return toForm(session(actor, id, false));
    }

    public EngagementViews.ToRemove<EngagementViews.SessionView> sessionShown(Actor actor, long id) {
        EngagementSession session = session(actor, id, false);
        return new EngagementViews.ToRemove<>(queries.session(id, LocalDate.now()), session.getVersion());
    }

    @Transactional
    public void correctSession(Actor actor, long id, SessionCorrection form) {
        EngagementSession session = session(actor, id, true);
        SessionCorrection before = toForm(session);
        if (!changes(session, before, form)) {
            return;
        }
        UnitView unit = organisation.find(form.unitId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(unit.path());
        session.correct(
                form.kind(),
                unit.id(),
                form.heldOn(),
                form.title(),
                form.attendees(),
                form.issues(),
                actor.username(),
                Instant.now());
        audit.record(actor, "SESSION", id, "UPDATED", AuditLog.changes(before, toForm(session)));
    }

    /** The session's follow-ups go with it: lists and figures read them only through a session not removed. */
    @Transactional
    public void removeSession(Actor actor, long id, RemovalForm form) {
        EngagementSession session = inScope(
                actor, policy.mayCorrectSessions(actor), sessions::findForUpdate, id, EngagementSession::getUnitId);
        removeOnce(actor, session, "SESSION", id, form, toForm(session), "");
    }

    private EngagementSession session(Actor actor, long id, boolean forUpdate) {
        return notRemoved(inScope(
                actor,
                policy.mayCorrectSessions(actor),
                forUpdate ? sessions::findForUpdate : sessions::findById,
                id,
                EngagementSession::getUnitId));
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

    // ---- follow-ups ----

    public FollowUpCorrection followUpForm(Actor actor, long id) {
        return toForm(followUp(actor, id, false));
    }

    public EngagementViews.ToRemove<EngagementViews.FollowUpRow> followUpShown(Actor actor, long id) {
        FollowUp followUp = followUp(actor, id, false);
        return new EngagementViews.ToRemove<>(
                queries.followUp(id, LocalDate.now()).orElseThrow(NotFoundException::new), followUp.getVersion());
    }

    /** Returns the follow-up's session, where the user goes back to. */
    @Transactional
    public long correctFollowUp(Actor actor, long id, FollowUpCorrection form) {
        FollowUp followUp = followUp(actor, id, true);
        FollowUpCorrection before = toForm(followUp);
        if (changes(followUp, before, form)) {
            followUp.correct(
                    form.description(), form.owner(), form.dueOn(), form.doneOn(), actor.username(), Instant.now());
            audit.record(actor, "FOLLOW_UP", id, "UPDATED", AuditLog.changes(before, toForm(followUp)));
        }
        return followUp.getSessionId();
    }

    /** Returns the follow-up's session, where the user goes back to. */
    @Transactional
    public long removeFollowUp(Actor actor, long id, RemovalForm form) {
        policy.require(policy.mayCorrectSessions(actor));
        FollowUp followUp = followUps.findForUpdate(id).orElseThrow(NotFoundException::new);
        EngagementSession session = sessions.findById(followUp.getSessionId()).orElseThrow();
        actor.requireCovers(path(session.getUnitId()));
        removeOnce(actor, followUp, "FOLLOW_UP", id, form, toForm(followUp), "");
        return session.getId();
    }

    private FollowUp followUp(Actor actor, long id, boolean forUpdate) {
        policy.require(policy.mayCorrectSessions(actor));
        FollowUp followUp =
                (forUpdate ? followUps.findForUpdate(id) : followUps.findById(id)).orElseThrow(NotFoundException::new);
        EngagementSession session = sessions.findById(followUp.getSessionId()).orElseThrow();
        actor.requireCovers(path(session.getUnitId()));
        if (followUp.isRemoved() || session.isRemoved()) {
            throw new NotFoundException();
        }
        return followUp;
    }

    private static FollowUpCorrection toForm(FollowUp f) {
        return new FollowUpCorrection(f.getDescription(), f.getOwner(), f.getDueOn(), f.getDoneOn(), f.getVersion());
    }

    // ---- shared ----

    /**
     * A record the actor's role may correct, read (or locked, for a write) by id, within the actor's scope.
     * The role first: one that may never correct records of this kind is told so, whatever it names.
     */
    private <T extends Correctable> T inScope(
            Actor actor, boolean mayCorrect, Function<Long, Optional<T>> finder, long id, Function<T, Long> unit) {
        policy.require(mayCorrect);
        T record = finder.apply(id).orElseThrow(NotFoundException::new);
        actor.requireCovers(path(unit.apply(record)));
        return record;
    }

    private static <T extends Correctable> T notRemoved(T record) {
        if (record.isRemoved()) {
            throw new NotFoundException();
        }
        return record;
    }

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

    /** Removes the record unless this user did already (a second tap); audited with the reason and the old values. */
    private void removeOnce(
            Actor actor, Correctable record, String type, long id, RemovalForm form, Record before, String note) {
        if (removedByThisUser(record, actor)) {
            return;
        }
        requireVersion(record, form.version());
        record.remove(actor.username(), Instant.now(), form.reason());
        audit.record(actor, type, id, "REMOVED", removal(form, before) + note);
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
