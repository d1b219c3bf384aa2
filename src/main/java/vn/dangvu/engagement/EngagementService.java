package vn.dangvu.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.engagement.domain.Concern;
import vn.dangvu.engagement.domain.ConcernRepository;
import vn.dangvu.engagement.domain.EngagementQueries;
import vn.dangvu.engagement.domain.EngagementSession;
import vn.dangvu.engagement.domain.EngagementSessionRepository;
import vn.dangvu.engagement.domain.FollowUp;
import vn.dangvu.engagement.domain.FollowUpRepository;
import vn.dangvu.engagement.domain.Recognition;
import vn.dangvu.engagement.domain.RecognitionRepository;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Scope;

/**
 * Commendations and reminders, residents' concerns, reception sessions and dialogues, each within the
 * actor's scope. Branch secretaries record their hamlet's concerns; commune officials and district
 * staff forward and resolve them; district and commune people record the rest.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EngagementService {

    private final RecognitionRepository recognitions;
    private final ConcernRepository concerns;
    private final EngagementSessionRepository sessions;
    private final FollowUpRepository followUps;
    private final EngagementQueries queries;
    private final OrganisationService organisation;
    private final MemberService members;
    private final AuditLog audit;

    @Value("${dangvu.concerns.open-days:15}")
    private final int openDays;

    @Value("${dangvu.concerns.forwarded-days:30}")
    private final int forwardedDays;

    private final EngagementPolicy policy;

    /** What the actor may do on the concerns, receptions and commendations pages. */
    public EngagementPolicy.May may(Actor actor) {
        return policy.may(actor);
    }

    // ---- commendations and reminders ----

    public EngagementViews.Listing<EngagementViews.RecognitionRow> recognitions(
            Actor actor, EngagementFilters.RecognitionFilter filter, int page) {
        FilterDates dates = new FilterDates();
        Integer year = dates.year("year", filter.year());
        FilterDates.Period period = dates.period("from", filter.from(), "to", filter.to());
        return dates.listing(() -> queries.recognitions(
                actor.scope(), filter.kind(), year, period.from(), period.to(), page, PageView.DEFAULT_SIZE));
    }

    @Transactional
    public long recognise(Actor actor, EngagementForms.RecognitionForm form) {
        policy.require(policy.mayRecognise(actor));
        long branchId;
        if (form.memberId() != null) {
            MemberSummary member = members.find(form.memberId()).orElseThrow(NotFoundException::new);
            branchId = member.branchId();
        } else if (form.branchId() != null) {
            branchId = form.branchId();
        } else {
            throw BusinessRuleException.onField("branchId", "recognition.targetRequired");
        }
        UnitView branch = organisation.find(branchId).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        Recognition saved = recognitions.save(new Recognition(
                form.kind(),
                form.memberId(),
                branchId,
                form.decidedOn(),
                form.decidedBy(),
                form.decision(),
                form.reason(),
                actor.username()));
        audit.record(actor, "RECOGNITION", saved.getId(), form.kind().name(), form.reason());
        return saved.getId();
    }

    /**
     * The rules a new recognition's form breaks, for a form that also has errors of its own (so that the
     * user sees them all at once): it names a member or a branch.
     */
    public List<BusinessRuleException> problemsOfRecognition(Actor actor, EngagementForms.RecognitionForm form) {
        policy.require(policy.mayRecognise(actor));
        return form.memberId() == null && form.branchId() == null
                ? List.of(BusinessRuleException.onField("branchId", "recognition.targetRequired"))
                : List.of();
    }

    // ---- residents' concerns ----

    /** Concerns of the scope; each is marked overdue as of the filter's date, today when it names none. */
    public EngagementViews.Listing<EngagementViews.ConcernRow> concerns(
            Actor actor, EngagementFilters.ConcernFilter filter, int page) {
        FilterDates dates = new FilterDates();
        LocalDate asOf = dates.readPast("asOf", filter.asOf());
        FilterDates.Period raised = dates.period("raisedFrom", filter.raisedFrom(), "raisedTo", filter.raisedTo());
        FilterDates.Period resolved =
                dates.period("resolvedFrom", filter.resolvedFrom(), "resolvedTo", filter.resolvedTo());
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return dates.listing(() -> queries.concerns(
                actor.scope(),
                new EngagementQueries.ConcernCriteria(
                        filter.status(),
                        filter.overdueOnly(),
                        day,
                        day.minusDays(openDays),
                        day.minusDays(forwardedDays),
                        raised.from(),
                        raised.to(),
                        resolved.from(),
                        resolved.to()),
                page,
                PageView.DEFAULT_SIZE));
    }

    /** The concerns a member's own account raised on behalf of residents, the latest first (another account: 403). */
    public PageView<EngagementViews.OwnConcernRow> ownConcerns(Actor actor, int page) {
        return queries.concernsRaisedBy(policy.ownMember(actor), page, PageView.DEFAULT_SIZE);
    }

    @Transactional
    public long raise(Actor actor, EngagementForms.ConcernForm form) {
        policy.require(policy.mayRaiseConcerns(actor));
        UnitView branch = organisation.find(form.branchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        if (form.memberId() != null) {
            // the concern list shows the member's name: a member of another scope does not exist here
            members.findInScope(actor, form.memberId());
        }
        if (!branch.kind().isResidential()) {
            throw BusinessRuleException.onField("branchId", "concern.notAHamlet");
        }
        Concern saved = concerns.save(new Concern(
                branch.id(),
                form.memberId(),
                form.residentName(),
                form.topic(),
                form.details(),
                form.raisedOn(),
                actor.username()));
        audit.record(actor, "CONCERN", saved.getId(), "RAISED", form.topic());
        return saved.getId();
    }

    /** The rules a new concern's form breaks, as {@link #problemsOfRecognition} does: a hamlet or quarter. */
    public List<BusinessRuleException> problemsOfConcern(Actor actor, EngagementForms.ConcernForm form) {
        policy.require(policy.mayRaiseConcerns(actor));
        if (form.branchId() == null) {
            return List.of();
        }
        UnitView branch = organisation.find(form.branchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        return branch.kind().isResidential()
                ? List.of()
                : List.of(BusinessRuleException.onField("branchId", "concern.notAHamlet"));
    }

    @Transactional
    public void forward(Actor actor, long id, long version) {
        Concern concern = concernInScope(actor, id);
        policy.require(policy.mayForwardConcerns(actor));
        requireVersion(concern, version);
        concern.forward(LocalDate.now(), actor.username(), Instant.now());
        audit.record(actor, "CONCERN", id, "FORWARDED", null);
    }

    @Transactional
    public void resolve(Actor actor, long id, long version, String response) {
        Concern concern = concernInScope(actor, id);
        policy.require(policy.mayResolveConcerns(actor));
        requireVersion(concern, version);
        concern.resolve(LocalDate.now(), response, actor.username(), Instant.now());
        audit.record(actor, "CONCERN", id, "RESOLVED", response);
    }

    /** Scope first, then the role, then the version: a role that may never do it is told so, whatever it sent. */
    private Concern concernInScope(Actor actor, long id) {
        Concern concern = concerns.findById(id).filter(c -> !c.isRemoved()).orElseThrow(NotFoundException::new);
        actor.requireCovers(
                organisation.find(concern.getBranchId()).orElseThrow().path());
        return concern;
    }

    private static void requireVersion(Concern concern, long version) {
        if (concern.getVersion() != version) {
            throw new ConflictException();
        }
    }

    // ---- reception sessions and dialogues ----

    public EngagementViews.Listing<EngagementViews.SessionRow> sessions(
            Actor actor, EngagementFilters.SessionFilter filter, int page) {
        FilterDates dates = new FilterDates();
        FilterDates.Period period = dates.period("from", filter.from(), "to", filter.to());
        return dates.listing(() -> queries.sessions(
                actor.scope(), filter.kind(), period.from(), period.to(), page, PageView.DEFAULT_SIZE));
    }

    public EngagementViews.SessionView session(Actor actor, long id) {
        sessionInScope(actor, id);
        return queries.session(id, LocalDate.now());
    }

    /** The follow-ups of every session in scope, open, done or overdue as of the filter's date (today by default). */
    public EngagementViews.Listing<EngagementViews.FollowUpRow> followUps(
            Actor actor, EngagementFilters.FollowUpFilter filter, int page) {
        FilterDates dates = new FilterDates();
        LocalDate asOf = dates.readPast("asOf", filter.asOf());
        return dates.listing(() -> queries.followUps(
                actor.scope(), filter.state(), asOf == null ? LocalDate.now() : asOf, page, PageView.DEFAULT_SIZE));
    }

    /** A session the actor's scope covers that was not removed: another scope's does not exist for them. */
    private EngagementSession sessionInScope(Actor actor, long id) {
        EngagementSession session =
                sessions.findById(id).filter(s -> !s.isRemoved()).orElseThrow(NotFoundException::new);
        actor.requireCovers(organisation.find(session.getUnitId()).orElseThrow().path());
        return session;
    }

    @Transactional
    public long hold(Actor actor, EngagementForms.SessionForm form) {
        policy.require(policy.mayHoldSessions(actor));
        EngagementSession saved =
                sessions.save(new EngagementSession(held(organisation, actor, form), actor.username()));
        audit.record(actor, "SESSION", saved.getId(), form.kind().name(), form.title());
        return saved.getId();
    }

    /**
     * A session's form, for a new session or a correction alike, as the session holds it, once the actor is
     * known to cover the unit it names.
     */
    static EngagementSession.Held held(
            OrganisationService organisation, Actor actor, EngagementForms.SessionFields form) {
        UnitView unit = organisation.find(form.unitId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(unit.path());
        return new EngagementSession.Held(
                form.kind(), unit.id(), form.heldOn(), form.title(), form.attendees(), form.issues());
    }

    @Transactional
    public long addFollowUp(Actor actor, long sessionId, EngagementForms.FollowUpForm form) {
        policy.require(policy.mayHoldSessions(actor));
        sessionInScope(actor, sessionId);
        FollowUp saved = followUps.save(new FollowUp(sessionId, form.description(), form.owner(), form.dueOn()));
        audit.record(actor, "FOLLOW_UP", saved.getId(), "ADDED", form.description());
        return saved.getId();
    }

    @Transactional
    public long followUpDone(Actor actor, long followUpId, long version) {
        policy.require(policy.mayHoldSessions(actor));
        FollowUp followUp =
                followUps.findById(followUpId).filter(f -> !f.isRemoved()).orElseThrow(NotFoundException::new);
        EngagementSession session = sessionInScope(actor, followUp.getSessionId());
        if (followUp.getVersion() != version) {
            throw new ConflictException();
        }
        followUp.done(LocalDate.now(), actor.username(), Instant.now());
        audit.record(actor, "FOLLOW_UP", followUpId, "DONE", null);
        return session.getId();
    }

    /** Counts for the summary (see {@link EngagementQueries#summary}). */
    public Map<String, Long> summary(Scope scope, LocalDate asOf) {
        return queries.summary(scope, asOf, asOf.minusDays(openDays), asOf.minusDays(forwardedDays));
    }
}
