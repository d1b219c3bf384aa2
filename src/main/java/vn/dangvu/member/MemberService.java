package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.domain.Member;
import vn.dangvu.member.domain.MemberMoves;
import vn.dangvu.member.domain.MemberQueries;
import vn.dangvu.member.domain.MemberRepository;
import vn.dangvu.member.domain.MemberRules;
import vn.dangvu.member.domain.MembershipPeriod;
import vn.dangvu.member.domain.MembershipPeriodRepository;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitPlace;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.RecordLinks;
import vn.dangvu.shared.Violation;

/**
 * Members and their membership periods. Every method that takes an {@link Actor} checks that the
 * member's branch lies in the actor's scope (404 otherwise) and that the role may write (403).
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

    static final String AUDIT_TYPE = "MEMBER";

    /**
     * The audit action of a form or import row that met the ID number of a member of another scope; the
     * entry is the actor's unit's, with the ID number in its details.
     */
    public static final String ID_NUMBER_OTHER_SCOPE = "ID_NUMBER_OTHER_SCOPE";

    private static final String ID_NUMBER_TAKEN = "member.idNumberTaken";

    private final MemberRepository members;
    private final MembershipPeriodRepository periods;
    private final MemberQueries queries;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final MemberRules rules;
    private final MemberMoves mover;

    private final MemberPolicy policy;
    private final RecordLinks links;
    private final CommitteeMemberships committees;
    private final MemberLifeService life;

    MemberService(
            MemberRepository members,
            MembershipPeriodRepository periods,
            MemberQueries queries,
            OrganisationService organisation,
            AuditLog audit,
            MemberRules rules,
            MemberMoves mover,
            MemberPolicy policy,
            RecordLinks links,
            CommitteeMemberships committees,
            MemberLifeService life) {
        this.committees = committees;
        this.life = life;
        this.rules = rules;
        this.mover = mover;
        this.policy = policy;
        this.links = links;
        this.members = members;
        this.periods = periods;
        this.queries = queries;
        this.organisation = organisation;
        this.audit = audit;
    }

    public PageView<MemberRow> search(Actor actor, MemberSearch search, int page) {
        return queries.search(actor.scope(), search, page, PageView.DEFAULT_SIZE);
    }

    /**
     * Who attends the chosen branch temporarily from an organisation outside the tree (none when no branch is
     * chosen, or the branch is outside the actor's scope): shown apart from its members, never counted.
     */
    public List<OutsideVisitor> visitorsFromOutside(Actor actor, MemberSearch search) {
        return search.branch() == null ? List.of() : queries.visitorsFromOutside(actor.scope(), search.branch());
    }

    /** How many members of the list's filters in the actor's scope are probationary. */
    public long probationary(Actor actor, MemberSearch search) {
        return queries.probationary(actor.scope(), search);
    }

    /** Every member of the list's filters in the actor's scope, streamed to {@code rows}. */
    public void export(Actor actor, MemberSearch search, java.util.function.Consumer<ExportRow> rows) {
        queries.export(actor.scope(), search, rows);
    }

    public MemberDetails get(Actor actor, long id) {
        if (actor.is(vn.dangvu.shared.Role.MEMBER) && !actor.isMember(id)) {
            throw new NotFoundException(); // another member's record does not exist for a member
        }
        MemberDetails details = findDetails(id).orElseThrow(NotFoundException::new);
        actor.requireCovers(details.branch().path());
        return details;
    }

    /** A member's page, with what the actor may do there. */
    public MemberPage page(Actor actor, long id) {
        MemberDetails member = get(actor, id);
        return new MemberPage(
                member,
                policy.may(
                        actor,
                        member,
                        // only a writer's page asks which committee decides (three statements)
                        policy.mayWrite(actor)
                                ? life.competentPath(member.branch().id())
                                : null,
                        links.on(actor, AUDIT_TYPE, id),
                        links.notesOn(actor, AUDIT_TYPE, id)));
    }

    /** What the actor may do on the member list. */
    public MemberPolicy.ListMay mayOnList(Actor actor) {
        return policy.mayOnList(actor);
    }

    /** An empty form for a new member, to those who may add one. */
    public MemberForm newForm(Actor actor) {
        policy.requireWrite(actor);
        return MemberForm.empty();
    }

    /** A member's page without a scope check, for modules that checked their own record's scope. */
    public Optional<MemberDetails> findDetails(long id) {
        Member member = members.findById(id).orElse(null);
        if (member == null) {
            return Optional.empty();
        }
        List<MembershipPeriod> history = periods.findByMemberIdOrderByStartedOnAscIdAsc(id);
        Set<Long> unitIds = new HashSet<>();
        unitIds.add(member.getBranchId());
        if (member.getResidenceBranchId() != null) {
            unitIds.add(member.getResidenceBranchId());
        }
        history.forEach(p -> unitIds.add(p.getBranchId()));
        Map<Long, UnitView> units = organisation.findAll(unitIds);
        UnitView branch = units.get(member.getBranchId());
        UnitView commune = branch.parentId() == null
                ? null
                : organisation.find(branch.parentId()).orElse(null);
        List<UnitPlace.Wanted> wanted = new ArrayList<>();
        for (MembershipPeriod p : history) {
            wanted.add(new UnitPlace.Wanted(p.getBranchId(), p.getStartedOn()));
            wanted.add(new UnitPlace.Wanted(p.getBranchId(), lastDay(p)));
        }
        Map<UnitPlace.Wanted, UnitPlace> places = organisation.placesOn(wanted);
        List<MemberDetails.Period> periodViews = new ArrayList<>();
        for (MembershipPeriod p : history) {
            UnitPlace first = places.get(new UnitPlace.Wanted(p.getBranchId(), p.getStartedOn()));
            UnitPlace last = places.get(new UnitPlace.Wanted(p.getBranchId(), lastDay(p)));
            periodViews.add(new MemberDetails.Period(
                    units.get(p.getBranchId()),
                    p.getStartedOn(),
                    p.getEndedOn(),
                    p.getTransferId(),
                    first,
                    last == null || first != null && last.names().equals(first.names()) ? null : last,
                    p.getKind()));
        }
        return Optional.of(new MemberDetails(
                member.getId(),
                member.getFullName(),
                member.getBirthDate(),
                member.getGender(),
                member.getIdNumber(),
                member.getPartyCardNumber(),
                member.getAdmittedOn(),
                member.getFullMemberOn(),
                member.getMemberGroup(),
                member.getPosition(),
                member.getWorkplace(),
                committees.periodsOf(id),
                member.getStatus(),
                member.getLeftReason(),
                member.getLeftOn(),
                branch,
                commune,
                units.get(member.getResidenceBranchId()),
                periodViews,
                member.getVersion(),
                life.lifeOf(member)));
    }

    /** A period's last day: the day before it ended, or today while it lasts (never before it started). */
    private static LocalDate lastDay(MembershipPeriod p) {
        LocalDate last =
                p.getEndedOn() == null ? LocalDate.now() : p.getEndedOn().minusDays(1);
        return last.isBefore(p.getStartedOn()) ? p.getStartedOn() : last;
    }

    /** The form to edit a member, filled with what is stored. */
    public MemberForm editForm(Actor actor, long id) {
        policy.requireWrite(actor);
        return loadInScope(actor, id).toForm();
    }

    /** Creates a member in a branch of the actor's scope; every broken rule is reported at once. */
    @Transactional
    public long create(Actor actor, MemberForm form) {
        policy.requireWrite(actor);
        UnitView branch = branchOf(form);
        LocalDate joinedOn = joinedOn(form);
        BusinessRuleException.throwIfAny(violationsOfNew(actor, form, branch, joinedOn));
        long id = insert(form, branch.id(), joinedOn, null);
        audit.record(actor, AUDIT_TYPE, id, "CREATED", Member.storedName(form.fullName()) + " — " + branch.name());
        return id;
    }

    /**
     * Every rule a new member's form breaks, found at once, for a form that also has errors of its own:
     * values it could not read are null, and the rules that need them are skipped.
     */
    public List<BusinessRuleException> problemsOfNew(Actor actor, MemberForm form) {
        policy.requireWrite(actor);
        return exceptions(violationsOfNew(actor, form, branchOf(form), joinedOn(form)));
    }

    /** Every rule an edit of the member breaks, as {@link #problemsOfNew} does for a new one. */
    public List<BusinessRuleException> problemsOfEdit(Actor actor, long id, MemberForm form) {
        policy.requireWrite(actor);
        Member member = loadInScope(actor, id);
        return exceptions(rules.check(MemberRules.Candidate.stored(form, id, member.getStatus())));
    }

    /**
     * The ID number of a member of another scope: the uniqueness rule holds, but the actor learns only
     * that the person is registered in another unit and must come by a transfer, and the lookup goes
     * into the trail (kept though the refused request is rolled back).
     */
    private Violation otherScopeIdNumber(Actor actor, String idNumber) {
        audit.recordOnItsOwn(
                actor,
                List.of(new AuditLog.Change(
                        "UNIT", actor.scopeUnitId(), ID_NUMBER_OTHER_SCOPE, "member form: " + idNumber.trim())));
        return Violation.of("idNumber", "member.idNumberOtherScope");
    }

    @Transactional
    public void update(Actor actor, long id, MemberForm form) {
        policy.requireWrite(actor);
        Member member = loadInScope(actor, id);
        if (form.version() == null || member.getVersion() != form.version()) {
            throw new ConflictException();
        }
        BusinessRuleException.throwIfAny(rules.check(MemberRules.Candidate.stored(form, id, member.getStatus())));
        MemberForm before = member.toForm();
        member.apply(form);
        audit.recordDetails(actor, AUDIT_TYPE, id, "UPDATED", AuditDetails.changes(before, member.toForm()));
    }

    /** Records where a member lives (a hamlet/quarter branch), e.g. to resolve a campaign's exception. */
    @Transactional
    public void setResidence(Actor actor, long id, long residenceBranchId) {
        policy.requireWrite(actor);
        Member member = loadInScope(actor, id);
        BusinessRuleException.throwIfAny(rules.checkResidence(residenceBranchId));
        member.setResidence(residenceBranchId);
        audit.recordDetails(
                actor, AUDIT_TYPE, id, "RESIDENCE", AuditDetails.of().unit("residenceBranchId", residenceBranchId));
    }

    // ---- for other modules and loaders, which check scope themselves ----

    /** A member of the actor's scope: another scope's member does not exist for them (404). */
    public MemberSummary findInScope(Actor actor, long id) {
        return summaries(List.of(loadInScope(actor, id)), LocalDate.now()).get(0);
    }

    public Optional<MemberSummary> find(long id) {
        return members.findById(id)
                .map(m -> summaries(List.of(m), LocalDate.now()).get(0));
    }

    public List<MemberSummary> findAll(Collection<Long> ids) {
        return summaries(members.findAllById(ids), LocalDate.now());
    }

    /** Members who still belong to one of these branches (ACTIVE or EXEMPT), optionally of one group. */
    public List<MemberSummary> attending(Collection<Long> branchIds, MemberGroup group) {
        if (branchIds.isEmpty()) {
            return List.of();
        }
        return summaries(members.findAttending(branchIds, group), LocalDate.now());
    }

    /** Every stay of every member in one branch, oldest first: who attended it on which days. */
    public List<MemberStay> staysIn(long branchId) {
        return periods.findByBranchIdOrderByStartedOn(branchId).stream()
                .map(p -> new MemberStay(p.getMemberId(), p.getStartedOn(), p.getEndedOn()))
                .toList();
    }

    /**
     * Members who belonged to the branch at some time in [from, to] (membership periods decide), in
     * Vietnamese name order: who is listed for a meeting on a date, or for a year's duties. Their standing
     * in committees is the one they had on {@code to}.
     */
    public List<MemberSummary> inBranchDuring(long branchId, LocalDate from, LocalDate to) {
        return summaries(members.findInBranchDuring(branchId, from, to), to);
    }

    /** Members who sit on the unit's own committee on {@code day} (key leaders aside), in Vietnamese name order. */
    public List<MemberSummary> onCommitteeOn(long unitId, LocalDate day) {
        return summaries(members.findOnCommitteeOn(unitId, day), day);
    }

    /**
     * Registers a member who attends {@code form.branchId()} from {@code joinedOn}, opened by a transfer
     * into the district when {@code transferId} is set; the same rules as the form's.
     */
    @Transactional
    public long register(MemberForm form, LocalDate joinedOn, Long transferId) {
        BusinessRuleException.throwIfAny(rules.check(MemberRules.Candidate.newMember(form, joinedOn)));
        return insert(form, form.branchId(), joinedOn, transferId);
    }

    /**
     * The rules a member to be registered from outside (an incoming transfer's form) breaks, all of them,
     * before a branch is known: the rules between the form's own fields, its ID and card numbers, its
     * residence.
     */
    public List<BusinessRuleException> problemsOfIncoming(MemberForm form) {
        return exceptions(rules.check(MemberRules.Candidate.newMember(form, null)).stream()
                .filter(v -> !"branchId".equals(v.field()))
                .toList());
    }

    private long insert(MemberForm form, long branchId, LocalDate joinedOn, Long transferId) {
        Member member = members.save(Member.create(form, branchId));
        periods.save(MembershipPeriod.open(member.getId(), branchId, joinedOn, transferId));
        return member.getId();
    }

    /** The checks a move must pass, for those who prepare one (a transfer) before doing it. */
    public void checkMove(long memberId, long toBranchId) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        if (member.getStatus() == MemberStatus.LEFT) {
            throw new BusinessRuleException("member.hasLeft");
        }
        UnitView target = organisation.find(toBranchId).orElseThrow(NotFoundException::new);
        String refused = refusal(member.getStatus(), member.getBranchId(), target);
        if (refused != null) {
            throw BusinessRuleException.onField("toBranchId", refused);
        }
    }

    /** Why a member of this status in this branch may not move to {@code target}: a message key, or null. */
    private static String refusal(MemberStatus status, long branchId, UnitView target) {
        if (status == MemberStatus.LEFT) {
            return "member.hasLeft";
        }
        if (!target.kind().isBranch() || !target.active()) {
            return "member.branchNotActive";
        }
        if (branchId == target.id()) {
            return "member.alreadyInBranch";
        }
        return null;
    }

    /** One member's move to a branch, by a transfer (or none). */
    public record Move(long memberId, long toBranchId, Long transferId) {}

    /** A move that the rules refuse: whose, and why (a message key). */
    public record RefusedMove(long memberId, String fullName, String messageKey) {}

    /**
     * The first of these moves, in their order, that {@link #checkMove} would refuse, or with {@code on}
     * given that {@link #moveToBranch} would refuse on that day; empty when all may go. Three statements
     * whatever the number of moves: for a campaign's batch.
     */
    public Optional<RefusedMove> firstRefusedMove(List<Move> moves, LocalDate on) {
        if (moves.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, MemberMoves.Mover> movers =
                mover.movers(moves.stream().map(Move::memberId).toList());
        Map<Long, UnitView> targets = organisation.findAll(
                moves.stream().map(Move::toBranchId).distinct().toList());
        for (Move move : moves) {
            MemberMoves.Mover member = movers.get(move.memberId());
            if (member == null) {
                throw new NotFoundException();
            }
            if (member.status() == MemberStatus.LEFT) {
                return Optional.of(new RefusedMove(member.id(), member.fullName(), "member.hasLeft"));
            }
            UnitView target = targets.get(move.toBranchId());
            if (target == null) {
                throw new NotFoundException();
            }
            String refused = refusal(member.status(), member.branchId(), target);
            if (refused == null && on != null) {
                if (member.openSince() == null) {
                    throw new NotFoundException();
                }
                refused = on.isBefore(member.openSince()) ? "member.periodEndsBeforeStart" : null;
            }
            if (refused != null) {
                return Optional.of(new RefusedMove(member.id(), member.fullName(), refused));
            }
        }
        return Optional.empty();
    }

    /**
     * Moves every member on a date, as {@link #moveToBranch} does one, in the caller's transaction and in
     * three statements: for a batch that {@link #firstRefusedMove} found nothing wrong with in the same
     * transaction.
     */
    @Transactional
    public void moveAll(List<Move> moves, LocalDate on) {
        if (!moves.isEmpty()) {
            mover.move(moves, on);
        }
    }

    /**
     * Opens a temporary attendance at a host branch from {@code on} beside the open official period, which
     * stays at the origin (a temporary transfer): the database allows one open temporary period per member.
     */
    @Transactional
    public void attendTemporarily(long memberId, long hostBranchId, LocalDate on, long transferId) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        if (member.getStatus() == MemberStatus.LEFT) {
            throw new BusinessRuleException("member.hasLeft");
        }
        MembershipPeriod official = periods.findByMemberIdAndKindAndEndedOnIsNull(memberId, PeriodKind.OFFICIAL)
                .orElseThrow(NotFoundException::new);
        if (official.getBranchId() == hostBranchId) {
            throw new BusinessRuleException("member.temporaryInOwnBranch");
        }
        if (periods.findByMemberIdAndKindAndEndedOnIsNull(memberId, PeriodKind.TEMPORARY)
                .isPresent()) {
            throw new BusinessRuleException("member.alreadyAttendingTemporarily");
        }
        periods.save(MembershipPeriod.temporary(memberId, hostBranchId, on, transferId));
    }

    /** Ends the member's temporary attendance at its host on {@code on} (they came back). */
    @Transactional
    public void endTemporaryAttendance(long memberId, LocalDate on) {
        periods.findByMemberIdAndKindAndEndedOnIsNull(memberId, PeriodKind.TEMPORARY)
                .orElseThrow(NotFoundException::new)
                .close(on);
    }

    /** Closes the member's open period: they now belong to a Party organisation outside this tree. */
    @Transactional
    public void transferOut(long memberId, LocalDate on) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        MembershipPeriod open = periods.findByMemberIdAndKindAndEndedOnIsNull(memberId, PeriodKind.OFFICIAL)
                .orElseThrow(NotFoundException::new);
        open.close(on);
        member.leave(LeftReason.TRANSFERRED_OUT, on);
    }

    /**
     * Moves a member to another branch on a date: closes the open period and opens the next one in the
     * caller's transaction. The partial unique index guarantees one open period even under races.
     */
    @Transactional
    public void moveToBranch(long memberId, long toBranchId, LocalDate on, Long transferId) {
        checkMove(memberId, toBranchId);
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        MembershipPeriod open = periods.findByMemberIdAndKindAndEndedOnIsNull(memberId, PeriodKind.OFFICIAL)
                .orElseThrow(NotFoundException::new);
        open.close(on);
        periods.saveAndFlush(open);
        member.attend(toBranchId);
        periods.save(MembershipPeriod.open(memberId, toBranchId, on, transferId));
    }

    /**
     * The members' summaries with their standing in committees on {@code on}, in their order; a member
     * exempt from Party work and meetings on {@code on} has the status EXEMPT (not expected at a meeting
     * of that day, not rated for a year ending then).
     */
    private List<MemberSummary> summaries(List<Member> found, LocalDate on) {
        List<Long> ids = found.stream().map(Member::getId).toList();
        Map<Long, CommitteeMemberships.Standing> standings = committees.standingOn(ids, on);
        Set<Long> exempt = life.exemptOn(ids, on);
        return found.stream()
                .map(m -> summary(m, CommitteeMemberships.standing(standings, m.getId()), exempt.contains(m.getId())))
                .toList();
    }

    private static MemberSummary summary(Member m, CommitteeMemberships.Standing standing, boolean exempt) {
        return new MemberSummary(
                m.getId(),
                m.getFullName(),
                m.getIdNumber(),
                m.getMemberGroup(),
                exempt && m.getStatus() != MemberStatus.LEFT ? MemberStatus.EXEMPT : m.getStatus(),
                m.getBranchId(),
                m.getResidenceBranchId(),
                m.getPosition(),
                standing.keyLeader(),
                standing.committee(),
                m.getBirthDate());
    }

    private UnitView branchOf(MemberForm form) {
        return form.branchId() == null
                ? null
                : organisation.find(form.branchId()).orElseThrow(NotFoundException::new);
    }

    private static LocalDate joinedOn(MemberForm form) {
        return form.joinedBranchOn() == null ? LocalDate.now() : form.joinedBranchOn();
    }

    /** A new member's broken rules: a branch of the actor's scope, then the rules of the form and the import. */
    private List<Violation> violationsOfNew(Actor actor, MemberForm form, UnitView branch, LocalDate joinedOn) {
        List<Violation> violations = new ArrayList<>();
        if (branch != null && !actor.covers(branch.path())) {
            violations.add(Violation.of("branchId", "member.branchOutOfScope"));
        }
        for (Violation v : rules.check(MemberRules.Candidate.newMember(form, joinedOn))) {
            if (ID_NUMBER_TAKEN.equals(v.code()) && rules.heldOutsideScope(actor, form.idNumber())) {
                v = otherScopeIdNumber(actor, form.idNumber());
            }
            if (violations.isEmpty() || !"branchId".equals(v.field())) {
                violations.add(v);
            }
        }
        return violations;
    }

    /** Each broken rule as an exception of its own, as a form's {@code problemsOf…} supplier hands them over. */
    static List<BusinessRuleException> exceptions(List<Violation> violations) {
        return violations.stream()
                .map(v -> BusinessRuleException.of(List.of(v)))
                .toList();
    }

    private Member loadInScope(Actor actor, long id) {
        Member member = members.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = organisation.find(member.getBranchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        return member;
    }
}
