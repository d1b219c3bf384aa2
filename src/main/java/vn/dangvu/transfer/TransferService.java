package vn.dangvu.transfer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.dues.DuesService;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitPlace;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.RecordLinks;
import vn.dangvu.shared.Violations;
import vn.dangvu.transfer.domain.CampaignMember;
import vn.dangvu.transfer.domain.CampaignMemberRepository;
import vn.dangvu.transfer.domain.IncomingMember;
import vn.dangvu.transfer.domain.Transfer;
import vn.dangvu.transfer.domain.TransferExtension;
import vn.dangvu.transfer.domain.TransferExtensionRepository;
import vn.dangvu.transfer.domain.TransferQueries;
import vn.dangvu.transfer.domain.TransferRegister;
import vn.dangvu.transfer.domain.TransferRepository;
import vn.dangvu.transfer.domain.WorkingDays;

/**
 * Single transfers and their steps. A commune official creates, proposes and cancels INTERNAL
 * transfers within their commune; district staff do every step of every kind; everyone else reads the
 * transfers that touch their scope. Completion moves the membership in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TransferService {

    public static final String AUDIT_TYPE = "TRANSFER";
    private static final EnumSet<TransferState> OPEN =
            EnumSet.of(TransferState.DRAFT, TransferState.PROPOSED, TransferState.APPROVED);

    private final TransferRepository transfers;
    private final TransferQueries queries;
    private final CampaignMemberRepository cohort;
    private final MemberService members;
    private final OrganisationService organisation;
    private final EvaluationService evaluations;
    private final AuditLog audit;
    private final TransferPolicy policy;
    private final RecordLinks links;
    private final TransferHandlings handlings;
    private final TransferExtensionRepository extensions;
    private final WorkingDays workingDays;
    private final TransferRegister register;
    private final DuesService dues;

    // ---- reads ----

    public PageView<TransferRow> list(Actor actor, TransferFilter filter, int page) {
        return queries.list(actor.scope(), filter, page, PageView.DEFAULT_SIZE);
    }

    public TransferDetails get(Actor actor, long id) {
        Transfer t = transfers.findById(id).orElseThrow(NotFoundException::new);
        Map<Long, UnitView> units =
                organisation.findAll(java.util.stream.Stream.of(t.getFromBranchId(), t.getToBranchId())
                        .filter(Objects::nonNull)
                        .toList());
        UnitView from = units.get(t.getFromBranchId());
        UnitView to = units.get(t.getToBranchId());
        policy.requireRead(actor, from, to);
        MemberDetails member = t.getMemberId() == null
                ? null
                : members.findDetails(t.getMemberId()).orElse(null);
        TransferHandling handling = handlings.of(t).orElse(null);
        boolean notRated = t.getMemberId() != null
                && t.getState().isOpen()
                && !evaluations.isRated(t.getMemberId(), LocalDate.now().getYear() - 1);
        return details(
                t,
                member == null
                        ? null
                        : new TransferQueries.LetterMember(
                                member.id(),
                                member.fullName(),
                                member.birthDate(),
                                member.admittedOn(),
                                member.fullMemberOn(),
                                member.partyCardNumber()),
                from,
                from == null ? null : organisation.communeOf(from).orElse(null),
                to,
                to == null ? null : organisation.communeOf(to).orElse(null),
                notRated,
                handling,
                policy.steps(actor, t, from, to, handling),
                policy.may(
                        actor,
                        member == null ? null : member.branch(),
                        t.getCampaignId(),
                        links.on(actor, AUDIT_TYPE, t.getId())),
                letter(t, handling),
                stay(t),
                deadlines(t));
    }

    /** The transfer's letter: none for a member coming from outside, whose letter was issued elsewhere. */
    public TransferDetails letter(Actor actor, long id) {
        TransferDetails details = get(actor, id);
        if (!details.hasLetter()) {
            throw new NotFoundException();
        }
        return details;
    }

    /** A transfer as its page and its letter show it, from what {@link #get} or {@link #letters} read. */
    private static TransferDetails details(
            Transfer t,
            TransferQueries.LetterMember member,
            UnitView from,
            UnitView fromCommune,
            UnitView to,
            UnitView toCommune,
            boolean notRated,
            TransferHandling handling,
            TransferDetails.Steps steps,
            TransferDetails.May may,
            TransferDetails.Letter letter,
            TransferDetails.Stay stay,
            Deadlines deadlines) {
        return new TransferDetails(
                t.getId(),
                t.getKind(),
                t.getDirection(),
                t.getState(),
                t.getMemberId(),
                member != null ? member.fullName() : t.getIncoming().getFullName(),
                member == null ? null : member.birthDate(),
                member == null ? null : member.admittedOn(),
                member == null ? null : member.fullMemberOn(),
                member == null ? null : member.partyCardNumber(),
                from,
                fromCommune,
                to,
                toCommune,
                t.getOtherOrganisation(),
                t.getCampaignId(),
                t.getReason(),
                t.getLetterNumber(),
                t.getLetterDate(),
                t.getEffectiveOn(),
                t.getStateReason(),
                new TransferDetails.Trail(
                        t.getCreatedBy(),
                        t.getCreatedAt(),
                        t.getProposedBy(),
                        t.getProposedAt(),
                        t.getApprovedBy(),
                        t.getApprovedAt(),
                        t.getCompletedBy(),
                        t.getCompletedAt(),
                        t.getClosedBy(),
                        t.getClosedAt()),
                notRated,
                handling,
                steps,
                may,
                t.getVersion(),
                letter,
                stay,
                deadlines);
    }

    /**
     * The letters of these transfers, in this order, for printing them together, in a few statements however
     * many they are: the transfers, their branches, communes, members and places each in one, the handling
     * committees once per day their rules are about ({@link TransferHandlings#ofAll}); {@link #get} reads a
     * dozen per transfer. A printed letter needs no record links, no rating warning and no deadlines: they are left empty.
     */
    public List<TransferDetails> letters(Actor actor, List<Long> ids) {
        Map<Long, Transfer> byId = new java.util.HashMap<>();
        transfers.findAllById(ids).forEach(t -> byId.put(t.getId(), t));
        List<Transfer> found =
                ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, UnitView> units = organisation.findAll(found.stream()
                .flatMap(t -> java.util.stream.Stream.of(t.getFromBranchId(), t.getToBranchId()))
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, UnitView> communes = organisation.communesOf(units.values());
        Map<Long, TransferQueries.LetterMember> letterMembers = queries.letterMembers(found.stream()
                .map(Transfer::getMemberId)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, TransferHandling> handling = handlings.ofAll(found);
        Map<UnitPlace.Wanted, UnitPlace> places = organisation.placesOn(
                found.stream().flatMap(t -> wanted(t).stream()).distinct().toList());
        Map<Long, java.time.YearMonth> paid = dues.paidThrough(found.stream()
                .filter(t -> t.getMemberId() != null)
                .collect(java.util.stream.Collectors.toMap(
                        Transfer::getMemberId, TransferService::letterDay, (a, b) -> a)));
        List<TransferDetails> letters = new java.util.ArrayList<>();
        for (Transfer t : found) {
            if (t.getDirection() == TransferDirection.IN) {
                continue;
            }
            UnitView from = units.get(t.getFromBranchId());
            UnitView to = units.get(t.getToBranchId());
            policy.requireRead(actor, from, to);
            TransferHandling handledBy = handling.get(t.getId());
            letters.add(details(
                    t,
                    letterMembers.get(t.getMemberId()),
                    from,
                    from == null ? null : communes.get(from.id()),
                    to,
                    to == null ? null : communes.get(to.id()),
                    false,
                    handledBy,
                    policy.steps(actor, t, from, to, handledBy),
                    policy.may(actor, null, t.getCampaignId(), List.of()),
                    letter(t, places, handledBy, paid.get(t.getMemberId())),
                    stay(t),
                    null));
        }
        return letters;
    }

    private TransferDetails.Stay stay(Transfer t) {
        if (t.getKind() != TransferKind.TEMPORARY) {
            return null;
        }
        List<TransferDetails.Extension> extended = extensions.findByTransferIdOrderByIdAsc(t.getId()).stream()
                .map(e -> new TransferDetails.Extension(
                        e.getPreviousEnd(), e.getPlannedEnd(), e.getReason(), e.getRecordedBy(), e.getRecordedAt()))
                .toList();
        return new TransferDetails.Stay(
                t.getTemporaryPurpose(),
                t.getPlannedEnd(),
                extended,
                t.getReturnedOn(),
                t.getReturnComments(),
                t.getReturnedBy(),
                t.isAway());
    }

    /** Both deadlines, counted in working days over the holiday calendar (one statement). */
    Deadlines deadlines(Transfer t) {
        LocalDate first = t.getDecisionDate() != null ? t.getDecisionDate() : t.getLetterDate();
        if (first == null) {
            return new Deadlines(null, null, startedOn(t), null, null, t.getLetterPresentedOn());
        }
        WorkingDays.Calendar calendar = workingDays.calendar(first, first.plusYears(1));
        return new Deadlines(
                t.getDecisionDate(),
                t.getDecisionDate() == null ? null : calendar.after(t.getDecisionDate(), Deadlines.START_DAYS),
                startedOn(t),
                t.getLetterDate(),
                t.getLetterDate() == null ? null : calendar.after(t.getLetterDate(), Deadlines.PRESENT_DAYS),
                t.getLetterPresentedOn());
    }

    /** The procedure starts when the transfer is proposed. */
    private static LocalDate startedOn(Transfer t) {
        return t.getProposedAt() == null
                ? null
                : t.getProposedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }

    /**
     * The scope's transfers past a deadline today: not started within 60 working days of the decision, or a
     * letter not presented within 30 working days of its date; those leaving the scope (the origin's) and
     * those coming into it (the destination's). At most {@code OVERDUE_LIMIT} of each.
     */
    public OverdueTransfers overdue(Actor actor) {
        if (!policy.mayReadOverdue(actor)) {
            return new OverdueTransfers(List.of(), List.of());
        }
        LocalDate today = LocalDate.now();
        // 60 working days span at least 12 weeks and 30 at least 6: older candidates only, counted exactly below
        List<TransferQueries.Candidate> found =
                queries.overdueCandidates(actor.scope(), today.minusWeeks(12), today.minusWeeks(6), OVERDUE_LIMIT * 4);
        if (found.isEmpty()) {
            return new OverdueTransfers(List.of(), List.of());
        }
        LocalDate oldest = found.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.decisionDate(), c.letterDate()))
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(today);
        WorkingDays.Calendar calendar = workingDays.calendar(oldest, today);
        List<OverdueTransfers.Row> outgoing = new java.util.ArrayList<>();
        List<OverdueTransfers.Row> incoming = new java.util.ArrayList<>();
        for (TransferQueries.Candidate c : found) {
            OverdueTransfers.Row row = overdueRow(c, calendar, today);
            if (row == null) {
                continue;
            }
            if (c.outgoing() && outgoing.size() < OVERDUE_LIMIT) {
                outgoing.add(row);
            }
            if (c.incoming() && incoming.size() < OVERDUE_LIMIT) {
                incoming.add(row);
            }
        }
        return new OverdueTransfers(List.copyOf(outgoing), List.copyOf(incoming));
    }

    static final int OVERDUE_LIMIT = 10;

    private static OverdueTransfers.Row overdueRow(
            TransferQueries.Candidate c, WorkingDays.Calendar calendar, LocalDate today) {
        if (c.state() == TransferState.DRAFT && c.decisionDate() != null) {
            return lateRow(
                    c, OverdueTransfers.Deadline.START, calendar.after(c.decisionDate(), Deadlines.START_DAYS), today);
        }
        if (c.state() == TransferState.APPROVED && c.letterDate() != null) {
            return lateRow(
                    c,
                    OverdueTransfers.Deadline.PRESENT,
                    calendar.after(c.letterDate(), Deadlines.PRESENT_DAYS),
                    today);
        }
        return null;
    }

    /** The candidate's row when {@code today} is past its deadline's due day; null while still in time. */
    private static OverdueTransfers.Row lateRow(
            TransferQueries.Candidate c, OverdueTransfers.Deadline deadline, LocalDate due, LocalDate today) {
        return today.isAfter(due)
                ? new OverdueTransfers.Row(c.id(), c.memberName(), c.kind(), c.fromName(), c.toName(), deadline, due)
                : null;
    }

    /** The letter's places, both read in one statement as of the letter's day. */
    private TransferDetails.Letter letter(Transfer t, TransferHandling handling) {
        return letter(
                t,
                organisation.placesOn(wanted(t)),
                handling,
                t.getMemberId() == null
                        ? null
                        : dues.paidThrough(t.getMemberId(), letterDay(t)).orElse(null));
    }

    /** The day a letter names its places as of: its date, else the day it took effect, else today. */
    private static LocalDate letterDay(Transfer t) {
        return t.getLetterDate() != null
                ? t.getLetterDate()
                : t.getEffectiveOn() != null ? t.getEffectiveOn() : LocalDate.now();
    }

    private static List<UnitPlace.Wanted> wanted(Transfer t) {
        LocalDate day = letterDay(t);
        return java.util.stream.Stream.of(t.getFromBranchId(), t.getToBranchId())
                .filter(Objects::nonNull)
                .map(id -> new UnitPlace.Wanted(id, day))
                .toList();
    }

    /** The letter's fields; {@code paidThrough}: the last month of dues paid in full by the letter's day. */
    private static TransferDetails.Letter letter(
            Transfer t,
            Map<UnitPlace.Wanted, UnitPlace> places,
            TransferHandling handling,
            java.time.YearMonth paidThrough) {
        LocalDate day = letterDay(t);
        return new TransferDetails.Letter(
                day,
                t.getFromBranchId() == null ? null : places.get(new UnitPlace.Wanted(t.getFromBranchId(), day)),
                t.getToBranchId() == null ? null : places.get(new UnitPlace.Wanted(t.getToBranchId(), day)),
                t.getRegisterNumber(),
                t.getRegisterYear(),
                paidThrough,
                LetterSigner.of(handling));
    }

    /** What the actor may do on the transfer list. */
    public TransferPolicy.ListMay mayOnList(Actor actor) {
        return policy.mayOnList(actor);
    }

    /** The transfer form's member and choices: only for those who may start a member's transfer. */
    public TransferFormPage formPage(Actor actor, long memberId) {
        policy.requireStart(actor);
        MemberDetails member = members.get(actor, memberId);
        return new TransferFormPage(
                member,
                ratedLastYear(memberId),
                policy.mayOnForm(actor, scopeLevel(actor)),
                handlings.grassrootsOf(member.branch().id(), LocalDate.now()).orElse(null));
    }

    /** The level of the actor's unit today, which decides the kinds its officials may start. */
    private LevelRole scopeLevel(Actor actor) {
        return handlings.levelOf(actor.scopeUnitId(), LocalDate.now()).orElse(null);
    }

    /** The member and choices of a member's transfer form; {@code ratedLastYear}: see {@link #ratedLastYear}. */
    /**
     * {@code grassroots}: the grassroots organisation of the member's branch today, which the form names in
     * its one-line explanation of the suggested kind.
     */
    public record TransferFormPage(
            MemberDetails member,
            boolean ratedLastYear,
            TransferPolicy.FormMay may,
            vn.dangvu.organisation.UnitOnDay grassroots) {}

    /** The branches that may receive a member from outside, for the form: only for those who may receive one. */
    public java.util.List<vn.dangvu.organisation.UnitChoice> incomingBranches(Actor actor) {
        policy.requireReceiveIncoming(actor);
        return organisation.branchesInScope(actor);
    }

    /** Whether the member was rated for last year: the directive moves members after rating. */
    public boolean ratedLastYear(long memberId) {
        return evaluations.isRated(memberId, LocalDate.now().getYear() - 1);
    }

    // ---- creating ----

    @Transactional
    public long create(Actor actor, TransferForm submitted) {
        MemberSummary member = members.find(submitted.memberId()).orElseThrow(NotFoundException::new);
        TransferForm form = withSuggestedKind(submitted, member.branchId());
        UnitView from = organisation.find(member.branchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(from.path());
        Violations violations = new Violations();
        requireCreate(actor, submitted, form, member.branchId(), violations);
        UnitView to = checkCreate(actor, form, member, violations);
        violations.throwIfAny();
        Transfer.Letter letter = new Transfer.Letter(form.reason(), blank(form.letterNumber()), form.letterDate());
        Transfer transfer = form.leavesTheTree()
                ? Transfer.out(form.kind(), member.id(), from.id(), form.otherOrganisation(), letter, actor.username())
                : Transfer.within(form.kind(), member.id(), from.id(), to.id(), null, letter, actor.username());
        if (form.kind() == TransferKind.TEMPORARY) {
            transfer.temporary(form.temporaryPurpose(), form.plannedEnd(), rulesDay(form.letterDate()));
        }
        transfer.decidedOn(form.decisionDate());
        TransferHandling handling = handlings
                .decide(from.id(), to == null ? null : to.id(), rulesDay(form.letterDate()))
                .orElse(null);
        policy.requireHandledByActor(actor, form.kind(), handling);
        handledBy(transfer, handling);
        return save(actor, transfer, member.id());
    }

    /**
     * Every rule a new transfer's form breaks, found at once, for a form that also has errors of its own:
     * values it could not read are null, and the rules that need them are skipped.
     */
    public List<BusinessRuleException> problems(Actor actor, TransferForm submitted) {
        if (submitted.memberId() == null) {
            return List.of();
        }
        MemberSummary member = members.find(submitted.memberId()).orElseThrow(NotFoundException::new);
        TransferForm form = withSuggestedKind(submitted, member.branchId());
        UnitView from = organisation.find(member.branchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(from.path());
        Violations violations = new Violations();
        requireCreate(actor, submitted, form, member.branchId(), violations);
        checkCreate(actor, form, member, violations);
        return violations.list();
    }

    /**
     * Whether the actor may start a transfer of the form's kind. A kind the user chose but may not start is
     * refused (403: the form never offers it); a kind the form suggested ("Theo gợi ý") that belongs to
     * another level is a mistake on the form, explained there, with everything typed kept: an internal
     * transfer is started by the grassroots committee's official, not by staff above it.
     */
    private void requireCreate(
            Actor actor, TransferForm submitted, TransferForm form, long fromBranchId, Violations violations) {
        LevelRole level = scopeLevel(actor);
        if (submitted.kind() == null
                && !policy.mayCreate(actor, form.kind(), level)
                && !policy.mayOnForm(actor, level).kinds().isEmpty()) {
            String grassroots = handlings
                    .grassrootsOf(fromBranchId, rulesDay(form.letterDate()))
                    .map(vn.dangvu.organisation.UnitOnDay::name)
                    .orElse("");
            violations.onField("kind", "transfer.suggestedKindNotYours." + form.kind().name(), grassroots);
            return;
        }
        policy.requireCreate(actor, form.kind(), level);
    }

    /** The rules of a new transfer; returns the receiving branch when there is one. */
    private UnitView checkCreate(Actor actor, TransferForm form, MemberSummary member, Violations violations) {
        UnitView to = null;
        if (form.leavesTheTree()) {
            if (form.otherOrganisation() == null || form.otherOrganisation().isBlank()) {
                violations.onField("otherOrganisation", "transfer.destinationRequired");
            }
            if (member.hasLeft()) {
                violations.global("member.hasLeft");
            }
        } else if (form.toBranchId() == null) {
            violations.onField("toBranchId", "transfer.toBranchRequired");
        } else {
            UnitView branch = organisation.find(form.toBranchId()).orElseThrow(NotFoundException::new);
            policy.requireDestination(actor, branch);
            violations.check(() -> members.checkMove(member.id(), branch.id()));
            checkKindByLevel(form, member.branchId(), branch.id(), violations);
            to = branch;
        }
        if (transfers.existsByMemberIdAndStateIn(member.id(), OPEN)) {
            violations.global("transfer.alreadyOpen");
        }
        if (queries.isAway(member.id())) {
            violations.global("transfer.memberAway");
        }
        if (form.kind() == TransferKind.TEMPORARY) {
            violations.check(() ->
                    TemporaryPurpose.check(form.temporaryPurpose(), form.plannedEnd(), rulesDay(form.letterDate())));
        }
        if (form.decisionDate() != null
                && form.letterDate() != null
                && form.decisionDate().isAfter(form.letterDate())) {
            violations.onField("decisionDate", "transfer.decisionAfterLetter");
        }
        return to;
    }

    /**
     * The form with its kind: as chosen, or, left blank, the one its ends suggest (RULES.md, Transfers): to an
     * organisation outside the tree official; between two branches of one grassroots organisation on the
     * transfer's date internal; otherwise official. A temporary stay is never guessed: it is chosen.
     */
    TransferForm withSuggestedKind(TransferForm form, long fromBranchId) {
        if (form.kind() != null) {
            return form;
        }
        return form.withKind(suggestedKind(fromBranchId, form.toBranchId(), rulesDay(form.letterDate())));
    }

    /** The kind its ends suggest for a transfer from {@code fromBranchId} to {@code toBranchId} (null: outside). */
    public TransferKind suggestedKind(long fromBranchId, Long toBranchId, LocalDate day) {
        return toBranchId != null && handlings.sameGrassroots(fromBranchId, toBranchId, day)
                ? TransferKind.INTERNAL
                : TransferKind.OFFICIAL;
    }

    /**
     * Internal iff both branches lie in one grassroots organisation on the transfer's date, whatever their
     * kinds: the province's plan decides whether a hamlet branch is itself grassroots (RULES.md).
     */
    private void checkKindByLevel(TransferForm form, long fromBranchId, long toBranchId, Violations violations) {
        if (form.kind() != TransferKind.INTERNAL && form.kind() != TransferKind.OFFICIAL) {
            return;
        }
        LocalDate day = rulesDay(form.letterDate());
        boolean same = handlings.sameGrassroots(fromBranchId, toBranchId, day);
        if (form.kind() == TransferKind.INTERNAL && !same) {
            violations.onField(
                    "kind",
                    "transfer.internalAcrossGrassroots",
                    day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        } else if (form.kind() == TransferKind.OFFICIAL && same) {
            violations.onField(
                    "kind",
                    "transfer.officialWithinGrassroots",
                    day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    /** The day whose level roles decide a new transfer: its letter's date, or today. */
    private static LocalDate rulesDay(LocalDate letterDate) {
        return letterDate != null ? letterDate : LocalDate.now();
    }

    private static void handledBy(Transfer transfer, TransferHandling handling) {
        if (handling != null) {
            transfer.handledBy(handling.unit().id(), handling.basis(), handling.on());
        }
    }

    @Transactional
    public long createIncoming(Actor actor, IncomingForm form) {
        policy.requireReceiveIncoming(actor);
        Violations violations = new Violations();
        UnitView to = checkIncoming(actor, form, violations);
        violations.throwIfAny();
        Transfer transfer = Transfer.in(
                IncomingMember.of(form.member()),
                to.id(),
                form.otherOrganisation(),
                new Transfer.Letter(form.reason(), blank(form.letterNumber()), form.letterDate()),
                actor.username());
        handledBy(
                transfer,
                handlings.decide(null, to.id(), rulesDay(form.letterDate())).orElse(null));
        return save(actor, transfer, null);
    }

    /** Every rule an incoming transfer's form breaks, as {@link #problems} does for a transfer. */
    public List<BusinessRuleException> problemsOfIncoming(Actor actor, IncomingForm form) {
        policy.requireReceiveIncoming(actor);
        Violations violations = new Violations();
        checkIncoming(actor, form, violations);
        return violations.list();
    }

    /**
     * The rules of an incoming transfer: a receiving branch in scope and open, and a member who could be
     * registered (own dates in order, ID and card numbers not taken, a hamlet as residence), so that the
     * completion months later does not fail on what was known at once.
     */
    private UnitView checkIncoming(Actor actor, IncomingForm form, Violations violations) {
        UnitView to = null;
        if (form.toBranchId() != null) {
            to = organisation.find(form.toBranchId()).orElseThrow(NotFoundException::new);
            actor.requireCovers(to.path());
            if (!to.kind().isBranch() || !to.active()) {
                violations.onField("toBranchId", "member.branchNotActive");
            }
        }
        if (form.member() != null) {
            members.problemsOfIncoming(form.member()).forEach(broken -> violations.add(broken.under("member")));
        }
        return to;
    }

    private long save(Actor actor, Transfer transfer, Long memberId) {
        if (memberId != null && transfers.existsByMemberIdAndStateIn(memberId, OPEN)) {
            throw new BusinessRuleException("transfer.alreadyOpen");
        }
        Transfer saved = transfers.save(transfer);
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                saved.getId(),
                "CREATED",
                AuditDetails.of().code("kind", saved.getKind()).code("direction", saved.getDirection()));
        return saved.getId();
    }

    // ---- steps ----

    @Transactional
    public void propose(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).propose());
        t.propose(actor.username());
        audit.record(actor, AUDIT_TYPE, id, TransferState.PROPOSED.name(), null);
    }

    @Transactional
    public void approve(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).approve());
        t.approve(actor.username());
        register(t);
        audit.record(actor, AUDIT_TYPE, id, TransferState.APPROVED.name(), null);
    }

    /**
     * Approval issues the letter: it takes the next number of its year in the register of the committee that
     * handles it. A member coming from outside brings a letter issued elsewhere.
     */
    private void register(Transfer t) {
        if (t.getDirection() == TransferDirection.IN || t.getRegisterNumber() != null) {
            return;
        }
        handlings.of(t).ifPresent(h -> {
            int year = t.registerYearOn(LocalDate.now());
            t.registered(h.unit().id(), year, register.take(h.unit().id(), year, 1));
        });
    }

    @Transactional
    public void complete(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).complete());
        complete(actor, t, form.effectiveOn());
    }

    @Transactional
    public void reject(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).reject());
        t.reject(actor.username(), form.reason());
        freeCampaignEntry(t);
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                TransferState.REJECTED.name(),
                AuditDetails.of().text("reason", form.reason()));
    }

    @Transactional
    public void cancel(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).cancel());
        t.cancel(actor.username(), form.reason());
        freeCampaignEntry(t);
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                TransferState.CANCELLED.name(),
                AuditDetails.of().text("reason", form.reason()));
    }

    /** Completes an approved transfer and moves the membership: both or neither. */
    void complete(Actor actor, Transfer t, LocalDate on) {
        t.complete(actor.username(), on);
        boolean temporary = t.getKind() == TransferKind.TEMPORARY;
        switch (t.getDirection()) {
            case WITHIN -> {
                if (temporary) {
                    members.attendTemporarily(t.getMemberId(), t.getToBranchId(), on, t.getId());
                } else {
                    members.moveToBranch(t.getMemberId(), t.getToBranchId(), on, t.getId());
                }
                // receiving the member means the letter was presented by then
                if (t.getLetterPresentedOn() == null
                        && (t.getLetterDate() == null || !on.isBefore(t.getLetterDate()))) {
                    t.presentedOn(on);
                }
            }
            // a temporary stay elsewhere keeps the official membership here: nothing moves
            case OUT -> {
                if (!temporary) {
                    members.transferOut(t.getMemberId(), on);
                }
            }
            case IN -> t.registeredAs(members.register(t.getIncoming().toForm(t.getToBranchId(), on), on, t.getId()));
        }
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                t.getId(),
                TransferState.COMPLETED.name(),
                AuditDetails.of().date("effectiveOn", on));
    }

    /** The host asked for a later planned end of a temporary stay; reported to the origin (both read it here). */
    @Transactional
    public void extend(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).extend());
        TransferExtension extension = extensions.save(t.extend(form.plannedEnd(), form.reason(), actor.username()));
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "EXTENDED",
                AuditDetails.of()
                        .date("previousEnd", extension.getPreviousEnd())
                        .date("plannedEnd", extension.getPlannedEnd())
                        .text("reason", extension.getReason()));
    }

    /** The member came back from a temporary stay, with the host's comments: the temporary period closes. */
    @Transactional
    public void returned(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).returned());
        t.returned(form.returnedOn(), form.comments(), actor.username());
        if (t.getDirection() == TransferDirection.WITHIN) {
            members.endTemporaryAttendance(t.getMemberId(), form.returnedOn());
        }
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "RETURNED",
                AuditDetails.of().date("returnedOn", form.returnedOn()).text("comments", form.comments()));
    }

    /** The member presented the letter to the receiving committee on a day (its 30 working days end then). */
    @Transactional
    public void presented(Actor actor, long id, StepForm form) {
        Transfer t = lockedInScope(actor, id, form);
        requireStep(steps(actor, t).presented());
        t.presentedOn(form.presentedOn());
        audit.recordDetails(
                actor, AUDIT_TYPE, id, "PRESENTED", AuditDetails.of().date("presentedOn", form.presentedOn()));
    }

    /** A campaign member whose transfer was rejected or cancelled can be proposed again. */
    private void freeCampaignEntry(Transfer t) {
        if (t.getCampaignId() != null) {
            cohort.findByTransferId(t.getId()).ifPresent(CampaignMember::transferClosed);
        }
    }

    private Transfer lockedInScope(Actor actor, long id, StepForm form) {
        Transfer t = transfers.findForUpdate(id).orElseThrow(NotFoundException::new);
        policy.requireRead(actor, unit(t.getFromBranchId()), unit(t.getToBranchId()));
        if (form.version() == null || form.version() != t.getVersion()) {
            throw new ConflictException();
        }
        return t;
    }

    private TransferDetails.Steps steps(Actor actor, Transfer t) {
        return policy.steps(
                actor,
                t,
                unit(t.getFromBranchId()),
                unit(t.getToBranchId()),
                handlings.of(t).orElse(null));
    }

    private static void requireStep(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    private UnitView unit(Long id) {
        return id == null ? null : organisation.find(id).orElse(null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
