package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.domain.Member;
import vn.dangvu.member.domain.MemberExemption;
import vn.dangvu.member.domain.MemberExemptionRepository;
import vn.dangvu.member.domain.MemberLeaving;
import vn.dangvu.member.domain.MemberLeavingRepository;
import vn.dangvu.member.domain.MemberRepository;
import vn.dangvu.member.domain.MembershipPeriod;
import vn.dangvu.member.domain.MembershipPeriodRepository;
import vn.dangvu.member.domain.PartyCard;
import vn.dangvu.member.domain.PartyCardRepository;
import vn.dangvu.organisation.BodyName;
import vn.dangvu.organisation.Levels;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitOnDay;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.RecordLinks;
import vn.dangvu.shared.Violation;
import vn.dangvu.shared.web.LocalDateFormatter;

/**
 * A member's Party life beyond the register's fields, each procedure checked by {@link MemberPolicy} and
 * audited: leaving the Party (which closes every open membership period in the same transaction),
 * exemptions from Party work and meetings and the return from them, the outcome of probation, and new
 * Party cards. Another scope's member does not exist here either (404).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MemberLifeService {

    private final MemberRepository members;
    private final MembershipPeriodRepository periods;
    private final MemberLeavingRepository leavings;
    private final MemberExemptionRepository exemptions;
    private final PartyCardRepository cards;
    private final OrganisationService organisation;
    private final Levels levels;
    private final MemberPolicy policy;
    private final AuditLog audit;
    private final RecordLinks links;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    /** The member a procedure's page is about. */
    public record Subject(
            long memberId,
            String fullName,
            String branchName,
            MemberStatus status,
            LocalDate admittedOn,
            LocalDate fullMemberOn,
            LocalDate probationEnds,
            String partyCardNumber,
            long version) {}

    /**
     * The leaving page: the member, the kinds the actor may record, and the deciding body the form suggests
     * (the actor's own committee: the one above the grassroots organisation for those who decide there, the
     * grassroots committee for one who only reports a death).
     */
    public record LeavingPage(Subject member, List<LeftReason> kinds, String suggestedBody) {}

    /** A probation's outcome page: the member (a full member already gets no form) and the body that decides it. */
    public record RecognitionPage(Subject member, String competentBody) {}

    /** One line of the list of members whose probation ends in a window. */
    public record ProbationRow(
            long id,
            String fullName,
            LocalDate admittedOn,
            LocalDate probationEnds,
            long branchId,
            String branchName,
            String communeName) {}

    // ---- reads for the member's page and for other modules ----

    /** The path of the committee competent today for the member's leaving and probation, or null. */
    String competentPath(long branchId) {
        return levels.aboveGrassrootsOf(branchId, LocalDate.now())
                .map(UnitOnDay::path)
                .orElse(null);
    }

    /** The member's leaving, exemptions, cards and probation, in one statement. */
    MemberLife lifeOf(Member m) {
        LocalDate today = LocalDate.now();
        MemberLife.Leaving[] leaving = {null};
        List<MemberLife.Exemption> exempt = new ArrayList<>();
        List<MemberLife.Card> held = new ArrayList<>();
        jdbc.sql("""
                        select 'L' as t, reason as a, ground as b, decision_number as c, decided_by as d,
                               left_on as d1, decision_on as d2, null::date as d3, null::date as d4,
                               null::bigint as id, null::bigint as v
                        from member_leaving where member_id = :id
                        union all
                        select 'E', kind, reason, resolution_number, decided_by, starts_on, ends_on, returned_on,
                               resolution_on, id, version
                        from member_exemption where member_id = :id
                        union all
                        select 'C', number, kind, decision, null, issued_on, replaced_on, null, null, id, null
                        from party_card where member_id = :id
                        order by t, d1 nulls first, id""")
                .param("id", m.getId())
                .query((rs, n) -> {
                    String a = rs.getString("a");
                    switch (rs.getString("t")) {
                        case "L" ->
                            leaving[0] = new MemberLife.Leaving(
                                    LeftReason.valueOf(a),
                                    rs.getString("b"),
                                    rs.getObject("d1", LocalDate.class),
                                    rs.getString("c"),
                                    rs.getObject("d2", LocalDate.class),
                                    rs.getString("d"));
                        case "E" -> {
                            LocalDate starts = rs.getObject("d1", LocalDate.class);
                            LocalDate ends = rs.getObject("d2", LocalDate.class);
                            LocalDate returned = rs.getObject("d3", LocalDate.class);
                            exempt.add(new MemberLife.Exemption(
                                    rs.getLong("id"),
                                    a == null ? null : ExemptionKind.valueOf(a),
                                    rs.getString("b"),
                                    rs.getString("c"),
                                    rs.getObject("d4", LocalDate.class),
                                    rs.getString("d"),
                                    starts,
                                    ends,
                                    returned,
                                    !starts.isAfter(today)
                                            && (ends == null || !ends.isBefore(today))
                                            && (returned == null || returned.isAfter(today)),
                                    rs.getLong("v")));
                        }
                        default ->
                            held.add(new MemberLife.Card(
                                    a,
                                    PartyCardKind.valueOf(rs.getString("b")),
                                    rs.getObject("d1", LocalDate.class),
                                    rs.getString("c"),
                                    rs.getObject("d2", LocalDate.class)));
                    }
                    return n;
                })
                .list();
        MemberLife.Recognition recognition = m.getFullMemberDecision() == null
                ? null
                : new MemberLife.Recognition(
                        m.getFullMemberDecision(), m.getFullMemberDecisionOn(), m.getFullMemberDecidedBy());
        return new MemberLife(
                leaving[0],
                exempt,
                held,
                m.probationary(),
                MemberLife.probationEnd(m.getAdmittedOn()),
                recognition,
                m.getStatus() != MemberStatus.LEFT && exempt.stream().anyMatch(MemberLife.Exemption::current),
                new MemberLife.FileNumbers(m.getFileNumber(), m.getRegisterNumber()));
    }

    /** Which of these members are exempt from Party work and meetings on the day, in one statement. */
    public Set<Long> exemptOn(Collection<Long> memberIds, LocalDate day) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct e.member_id from member_exemption e
                        where e.member_id in (:members) and e.starts_on <= :day
                          and (e.ends_on is null or e.ends_on >= :day) and (e.returned_on is null or e.returned_on > :day)""")
                .param("members", memberIds)
                .param("day", day)
                .query(Long.class)
                .list());
    }

    // ---- leaving the Party ----

    public LeavingPage leavingPage(Actor actor, long memberId) {
        Scoped s = load(actor, memberId);
        List<LeftReason> kinds = policy.leavingKinds(actor, s.member().getStatus(), s.competentPath());
        policy.require(!kinds.isEmpty());
        String suggested = policy.decidesAboveGrassroots(actor, s.competentPath())
                ? s.competentBody()
                : grassrootsBodyOf(s.member().getBranchId());
        return new LeavingPage(subject(s), kinds, suggested);
    }

    /** Every rule the leaving breaks, at once, for a form that also has errors of its own (nulls skipped). */
    public List<BusinessRuleException> problemsOfLeaving(Actor actor, long memberId, LeavingForm form) {
        Scoped s = load(actor, memberId);
        requireLeavingKind(actor, s, form.reason());
        return MemberService.exceptions(leavingViolations(actor, s, form));
    }

    /**
     * Records that the member left the Party: closes every open membership period (official and temporary)
     * on the day they left, marks the member as left, keeps the decision; one transaction, audited.
     */
    @Transactional
    public void leave(Actor actor, long memberId, LeavingForm form) {
        Scoped s = load(actor, memberId);
        requireLeavingKind(actor, s, form.reason());
        requireVersion(s.member(), form.version());
        BusinessRuleException.throwIfAny(leavingViolations(actor, s, form));
        record(actor, s.member(), form, "LEFT");
    }

    private void record(Actor actor, Member member, LeavingForm form, String action) {
        for (MembershipPeriod open : periods.findByMemberIdAndEndedOnIsNullOrderByIdAsc(member.getId())) {
            open.close(form.leftOn());
        }
        member.leave(form.reason(), form.leftOn());
        leavings.save(MemberLeaving.of(member.getId(), form, actor.username()));
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                member.getId(),
                action,
                AuditDetails.of()
                        .code("leftReason", form.reason())
                        .text("ground", Texts(form.ground()))
                        .date("leftOn", form.leftOn())
                        .text("decision", Texts(form.decisionNumber()))
                        .date("decisionOn", form.decisionOn())
                        .text("decidedBy", form.decidedBy().trim()));
    }

    private static String Texts(String value) {
        String text = vn.dangvu.shared.Texts.blankToNull(value);
        return text == null ? "" : text;
    }

    private void requireLeavingKind(Actor actor, Scoped s, LeftReason reason) {
        List<LeftReason> kinds = policy.leavingKinds(actor, s.member().getStatus(), s.competentPath());
        policy.require(!kinds.isEmpty() && (reason == null || kinds.contains(reason)));
    }

    private List<Violation> leavingViolations(Actor actor, Scoped s, LeavingForm form) {
        List<Violation> found =
                new ArrayList<>(MemberLeaving.violations(form, s.member().getAdmittedOn()));
        if (form.leftOn() != null
                && periods.findByMemberIdAndEndedOnIsNullOrderByIdAsc(s.member().getId()).stream()
                        .anyMatch(p -> form.leftOn().isBefore(p.getStartedOn()))) {
            found.add(Violation.of("leftOn", "leaving.beforePeriodStart"));
        }
        if (transferHeld(actor, s.member().getId())) {
            found.add(Violation.of(null, "leaving.openTransfer"));
        }
        return found;
    }

    /** Whether another module holds the member by an open transfer: no leaving is recorded meanwhile. */
    public boolean transferHeld(Actor actor, long memberId) {
        return links.notesOn(actor, MemberService.AUDIT_TYPE, memberId).stream()
                .anyMatch(n -> n.holds(MemberPage.TRANSFER_ACTION));
    }

    // ---- probation ----

    public RecognitionPage recognitionPage(Actor actor, long memberId) {
        Scoped s = loadToRecognise(actor, memberId);
        return new RecognitionPage(subject(s), s.competentBody());
    }

    public List<BusinessRuleException> problemsOfRecognition(Actor actor, long memberId, RecognitionForm form) {
        Scoped s = loadToRecognise(actor, memberId);
        return MemberService.exceptions(recognitionViolations(actor, s, form));
    }

    /**
     * The outcome of the member's probation: recognised as a full member from the day given (12 months after
     * admission, or later), or not recognised, which removes them from the list (xóa tên) on the decision's
     * day and closes their periods, as a leaving does.
     */
    @Transactional
    public void recordOutcome(Actor actor, long memberId, RecognitionForm form) {
        Scoped s = loadToRecognise(actor, memberId);
        requireVersion(s.member(), form.version());
        BusinessRuleException.throwIfAny(recognitionViolations(actor, s, form));
        Member member = s.member();
        if (form.outcome() == ProbationOutcome.RECOGNISED) {
            member.recognise(
                    form.fullMemberOn(),
                    form.decisionNumber().trim(),
                    form.decisionOn(),
                    form.decidedBy().trim());
            audit.recordDetails(
                    actor,
                    MemberService.AUDIT_TYPE,
                    memberId,
                    "RECOGNISED",
                    AuditDetails.of()
                            .date("fullMemberOn", form.fullMemberOn())
                            .text("decision", form.decisionNumber().trim())
                            .date("decisionOn", form.decisionOn())
                            .text("decidedBy", form.decidedBy().trim()));
        } else {
            record(actor, member, notRecognised(form), "NOT_RECOGNISED");
        }
    }

    private static LeavingForm notRecognised(RecognitionForm form) {
        return new LeavingForm(
                LeftReason.REMOVED,
                form.ground(),
                form.decisionOn(),
                form.decisionNumber(),
                form.decisionOn(),
                form.decidedBy(),
                form.version());
    }

    private List<Violation> recognitionViolations(Actor actor, Scoped s, RecognitionForm form) {
        List<Violation> found = new ArrayList<>();
        Member m = s.member();
        if (!m.probationary()) {
            found.add(Violation.of(null, "probation.alreadyFull"));
            return found;
        }
        if (form.outcome() == ProbationOutcome.RECOGNISED) {
            if (form.fullMemberOn() == null) {
                found.add(Violation.of("fullMemberOn", "probation.dateRequired"));
            } else if (form.fullMemberOn().isBefore(MemberLife.probationEnd(m.getAdmittedOn()))) {
                found.add(Violation.of(
                        "fullMemberOn",
                        "probation.beforeEnd",
                        LocalDateFormatter.DISPLAY.format(MemberLife.probationEnd(m.getAdmittedOn()))));
            }
        } else if (form.outcome() == ProbationOutcome.NOT_RECOGNISED) {
            found.addAll(leavingViolations(actor, s, notRecognised(form)).stream()
                    .map(v -> "leftOn".equals(v.field()) ? Violation.of("decisionOn", v.code()) : v)
                    .toList());
        }
        return found;
    }

    /** Probationary members of the actor's scope whose 12 months end in [from, to], the soonest first. */
    public PageView<ProbationRow> probationEnding(Actor actor, LocalDate from, LocalDate to, int page) {
        Map<String, Object> params = new HashMap<>();
        params.putAll(actor.scope().params("scope"));
        params.put("from", from);
        params.put("to", to);
        return PagedSql.page(
                jdbc,
                """
                m.id, m.full_name as "fullName", m.admitted_on as "admittedOn",
                       (m.admitted_on + interval '12 months')::date as "probationEnds",
                       b.id as "branchId", b.name as "branchName", c.name as "communeName\"""",
                actor.scope().render("""
                 from member m join org_unit b on b.id = m.branch_id left join org_unit c on c.id = b.parent_id
                 where {b.path in scope} and m.status <> 'LEFT' and m.full_member_on is null
                   and (m.admitted_on + interval '12 months')::date between :from and :to""", "scope"),
                "\"probationEnds\", m.sort_key, m.id",
                params,
                ProbationRow.class,
                page,
                PageView.DEFAULT_SIZE);
    }

    // ---- exemption ----

    public Subject exemptionPage(Actor actor, long memberId) {
        return subject(loadToRecord(actor, memberId));
    }

    /** The grassroots committee that decides an exemption for another reason, by its name of today. */
    public String grassrootsBody(long memberId) {
        Member m = members.findById(memberId).orElseThrow(NotFoundException::new);
        return grassrootsBodyOf(m.getBranchId());
    }

    private String grassrootsBodyOf(long branchId) {
        return levels.grassrootsOf(branchId, LocalDate.now())
                .map(u -> body(u.committee()))
                .orElse("");
    }

    public List<BusinessRuleException> problemsOfExemption(Actor actor, long memberId, ExemptionForm form) {
        Scoped s = loadToRecord(actor, memberId);
        return MemberService.exceptions(exemptionViolations(s.member(), form));
    }

    @Transactional
    public long exempt(Actor actor, long memberId, ExemptionForm form) {
        Scoped s = loadToRecord(actor, memberId);
        lock(memberId);
        BusinessRuleException.throwIfAny(exemptionViolations(s.member(), form));
        MemberExemption saved = exemptions.save(MemberExemption.of(memberId, form, actor.username()));
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                memberId,
                "EXEMPTED",
                AuditDetails.of()
                        .code("kind", form.kind())
                        .text("reason", Texts(form.reason()))
                        .text("decision", form.resolutionNumber().trim())
                        .date("decisionOn", form.resolutionOn())
                        .text("decidedBy", form.decidedBy().trim())
                        .date("startsOn", form.startsOn())
                        .date("endsOn", form.endsOn()));
        return saved.getId();
    }

    private List<Violation> exemptionViolations(Member member, ExemptionForm form) {
        return MemberExemption.violations(
                form, member.getAdmittedOn(), exemptions.findByMemberIdOrderByStartsOnAscIdAsc(member.getId()));
    }

    /** An exemption of a member of the actor's scope, to those who record exemptions. */
    public MemberLife.Exemption exemption(Actor actor, long exemptionId) {
        MemberExemption e = exemptionToRecord(actor, exemptionId);
        return exemptionView(e, LocalDate.now());
    }

    public Subject exemptionHolder(Actor actor, long exemptionId) {
        policy.requireWrite(actor);
        MemberExemption e = exemptions.findById(exemptionId).orElseThrow(NotFoundException::new);
        return subject(load(actor, e.getMemberId()));
    }

    /** The member is back at Party work and meetings from the day given. */
    @Transactional
    public long returnFrom(Actor actor, long exemptionId, ExemptionReturnForm form) {
        MemberExemption e = exemptionToRecord(actor, exemptionId);
        if (form.version() == null || form.version() != e.getVersion()) {
            throw new ConflictException();
        }
        e.returnOn(form.returnedOn());
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                e.getMemberId(),
                "EXEMPTION_ENDED",
                AuditDetails.of().date("startsOn", e.getStartsOn()).date("returnedOn", form.returnedOn()));
        return e.getMemberId();
    }

    private static MemberLife.Exemption exemptionView(MemberExemption e, LocalDate today) {
        return new MemberLife.Exemption(
                e.getId(),
                e.getKind(),
                e.getReason(),
                e.getResolutionNumber(),
                e.getResolutionOn(),
                e.getDecidedBy(),
                e.getStartsOn(),
                e.getEndsOn(),
                e.getReturnedOn(),
                e.covers(today),
                e.getVersion());
    }

    // ---- Party cards ----

    public Subject cardPage(Actor actor, long memberId) {
        return subject(loadToRecord(actor, memberId));
    }

    public List<BusinessRuleException> problemsOfCard(Actor actor, long memberId, PartyCardForm form) {
        Scoped s = loadToRecord(actor, memberId);
        return MemberService.exceptions(cardViolations(s.member(), form));
    }

    /** The file numbers' form of a member whose Party life the actor records, filled with what is recorded. */
    public FileNumbersForm fileNumbersForm(Actor actor, long memberId) {
        Member m = loadToRecord(actor, memberId).member();
        return new FileNumbersForm(m.getFileNumber(), m.getRegisterNumber(), m.getVersion());
    }

    /** Records (or corrects, or clears) the numbers of the member's paper file; audited with both values. */
    @Transactional
    public void numberFile(Actor actor, long memberId, FileNumbersForm form) {
        Scoped s = loadToRecord(actor, memberId);
        requireVersion(s.member(), form.version());
        Member m = s.member();
        String oldFile = m.getFileNumber();
        String oldRegister = m.getRegisterNumber();
        m.numberFile(form.fileNumber(), form.registerNumber());
        members.saveAndFlush(m);
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                memberId,
                "FILE_NUMBERED",
                AuditDetails.of()
                        .changed("fileNumber", AuditDetails.Kind.TEXT, null, text(oldFile), text(m.getFileNumber()))
                        .changed(
                                "registerNumber",
                                AuditDetails.Kind.TEXT,
                                null,
                                text(oldRegister),
                                text(m.getRegisterNumber())));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A new card: the current one is replaced on the new one's issue day, and the member carries the new number. */
    @Transactional
    public void issueCard(Actor actor, long memberId, PartyCardForm form) {
        Scoped s = loadToRecord(actor, memberId);
        requireVersion(s.member(), form.version());
        BusinessRuleException.throwIfAny(cardViolations(s.member(), form));
        String old = s.member().getPartyCardNumber();
        for (PartyCard current : cards.findByMemberIdOrderByIdAsc(memberId)) {
            if (current.getReplacedOn() == null) {
                current.replace(form.issuedOn());
            }
        }
        // the replaced card leaves the "current" index before the new one enters it (Hibernate inserts first)
        cards.flush();
        cards.saveAndFlush(PartyCard.issue(
                memberId, form.kind(), form.number(), form.issuedOn(), form.decision(), actor.username()));
        s.member().carry(form.number().trim());
        members.saveAndFlush(s.member());
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                memberId,
                "CARD_ISSUED",
                AuditDetails.of()
                        .code("kind", form.kind())
                        .changed(
                                "partyCardNumber",
                                AuditDetails.Kind.TEXT,
                                null,
                                old == null ? "" : old,
                                form.number().trim())
                        .date("issuedOn", form.issuedOn()));
    }

    private List<Violation> cardViolations(Member member, PartyCardForm form) {
        List<Violation> found = new ArrayList<>();
        if (form.number() != null && !form.number().isBlank()) {
            String number = form.number().trim();
            if (number.equals(member.getPartyCardNumber())) {
                found.add(Violation.of("number", "card.sameAsCurrent"));
            } else if (members.existsByPartyCardNumber(number)
                    || jdbc.sql("select exists (select 1 from party_card where number = :n)")
                            .param("n", number)
                            .query(Boolean.class)
                            .single()) {
                found.add(Violation.of("number", "member.partyCardTaken"));
            }
        }
        if (form.issuedOn() != null && form.issuedOn().isBefore(member.getAdmittedOn())) {
            found.add(Violation.of("issuedOn", "card.beforeAdmission"));
        }
        return found;
    }

    // ---- for the import (member.loading), which checked the rows with the same rules ----

    /** Records an imported row's leaving of the Party, as {@link #leave} does, naming the file in the trail. */
    @Transactional
    public void recordImportedLeaving(Actor actor, long memberId, LeavingForm form, String source) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        record(actor, member, form, "LEFT");
        audit.record(actor, MemberService.AUDIT_TYPE, memberId, "IMPORT_UPDATED", source);
    }

    /** Records an imported row's exemption, as {@link #exempt} does, naming the file in the trail. */
    @Transactional
    public void recordImportedExemption(Actor actor, long memberId, ExemptionForm form, String source) {
        exemptions.save(MemberExemption.of(memberId, form, actor.username()));
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                memberId,
                "EXEMPTED",
                AuditDetails.of()
                        .code("kind", form.kind())
                        .text("decision", form.resolutionNumber().trim())
                        .date("startsOn", form.startsOn())
                        .date("endsOn", form.endsOn())
                        .text("source", source));
    }

    /** The kinds of leaving the actor may record for members of this branch (the import's check). */
    public List<LeftReason> leavingKindsIn(Actor actor, long branchId) {
        return policy.leavingKinds(actor, MemberStatus.ACTIVE, competentPath(branchId));
    }

    // ---- shared ----

    /** A member of the actor's scope with the committee competent for them today. */
    private record Scoped(Member member, UnitView branch, String competentPath, String competentBody) {}

    /** A member of the actor's scope whose exemptions and cards the actor may record. */
    private Scoped loadToRecord(Actor actor, long memberId) {
        Scoped s = load(actor, memberId);
        policy.require(policy.mayRecordLife(actor, s.member().getStatus()));
        return s;
    }

    /** A probationary member of the actor's scope whose probation the actor's committee decides. */
    private Scoped loadToRecognise(Actor actor, long memberId) {
        Scoped s = load(actor, memberId);
        policy.require(policy.mayRecognise(actor, s.member().getStatus(), s.competentPath()));
        return s;
    }

    /** An exemption of a member whose exemptions the actor may record (not found before forbidden). */
    private MemberExemption exemptionToRecord(Actor actor, long exemptionId) {
        policy.requireWrite(actor);
        MemberExemption e = exemptions.findById(exemptionId).orElseThrow(NotFoundException::new);
        loadToRecord(actor, e.getMemberId());
        return e;
    }

    /**
     * A member of the actor's scope, with the committee competent for them today: a role that never writes
     * members is refused first (403), whatever the scope; another scope's member does not exist (404).
     */
    private Scoped load(Actor actor, long memberId) {
        policy.requireWrite(actor);
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        UnitView branch = organisation.find(member.getBranchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        UnitOnDay competent =
                levels.aboveGrassrootsOf(branch.id(), LocalDate.now()).orElse(null);
        return new Scoped(
                member,
                branch,
                competent == null ? null : competent.path(),
                competent == null ? "" : body(competent.committee()));
    }

    /** A body's name in Vietnamese, as the decision it signs is written. */
    private String body(BodyName name) {
        return messages.getMessage(name.key(), new Object[] {name.place()}, name.key(), Locale.forLanguageTag("vi"));
    }

    private static Subject subject(Scoped s) {
        Member m = s.member();
        return new Subject(
                m.getId(),
                m.getFullName(),
                s.branch().name(),
                m.getStatus(),
                m.getAdmittedOn(),
                m.getFullMemberOn(),
                MemberLife.probationEnd(m.getAdmittedOn()),
                m.getPartyCardNumber(),
                m.getVersion());
    }

    private static void requireVersion(Member member, Long version) {
        if (version == null || member.getVersion() != version) {
            throw new ConflictException();
        }
    }

    private void lock(long memberId) {
        jdbc.sql("select id from member where id = :id for update")
                .param("id", memberId)
                .query(Long.class)
                .single();
    }
}
