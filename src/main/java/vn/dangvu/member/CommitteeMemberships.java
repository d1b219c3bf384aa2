package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.domain.CommitteeMembership;
import vn.dangvu.member.domain.CommitteeMembershipRepository;
import vn.dangvu.member.domain.Member;
import vn.dangvu.member.domain.MemberRepository;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Violation;

/**
 * Committee membership through time: who sat on which committee (or was a key leader) on a date, and the
 * periods on a member's page, which those who may edit the member add, end, correct and remove. Every
 * question other modules ask names its date: "huyện ủy viên 2020–2025" holds on 15/06/2021 and not on
 * 15/06/2026.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CommitteeMemberships {

    private final CommitteeMembershipRepository periods;
    private final MemberRepository members;
    private final OrganisationService organisation;
    private final MemberPolicy policy;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    /** Someone who holds a seat on a committee on a date: whom, in which unit's committee, with which title. */
    public record Holder(long memberId, String fullName, long unitId, CommitteeRole title) {}

    /** A member's standing on a date: a key leader; a seat on the committee of a Party organisation above the branches. */
    public record Standing(boolean keyLeader, boolean committee) {

        static final Standing NONE = new Standing(false, false);
    }

    // ---- questions on a date ----

    /** Whether the member holds a seat on any committee on {@code on}. */
    public boolean isCommitteeMember(long memberId, LocalDate on) {
        return jdbc.sql("""
                        select exists (select 1 from committee_membership c
                                       where c.member_id = :member and c.removed_at is null and c.role <> 'KEY_LEADER'
                                         and c.valid_from <= :on and (c.valid_to is null or c.valid_to >= :on))""")
                .param("member", memberId)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    /** The seats held on {@code on} in the committees of the units at or below {@code unitPath}, by name. */
    public List<Holder> holdersOn(String unitPath, LocalDate on) {
        return jdbc.sql("""
                        select c.member_id as "memberId", m.full_name as "fullName", c.unit_id as "unitId", c.role as title
                        from committee_membership c join org_unit u on u.id = c.unit_id join member m on m.id = c.member_id
                        where u.path like :path and c.removed_at is null and c.role <> 'KEY_LEADER'
                          and c.valid_from <= :on and (c.valid_to is null or c.valid_to >= :on)
                        order by m.sort_key, m.id, c.unit_id""")
                .param("path", unitPath + "%")
                .param("on", on)
                .query(Holder.class)
                .list();
    }

    /**
     * Whether the member holds on {@code on} a seat on the committee of a unit above the branch whose path
     * is {@code branchPath} (today's path: it names the branch): a cấp ủy viên cấp trên of that branch. The
     * units above are those of the tree of {@code on} (V14's {@code unit_path_on}), so that a district
     * committee member was above a hamlet in 2021 and is not once the hamlet's commune moved under the
     * province; a branch that did not exist that day has no one above it.
     */
    public boolean holdsSeatAbove(long memberId, String branchPath, LocalDate on) {
        List<Long> ids = unitIds(branchPath);
        if (ids.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from committee_membership c
                                       where c.member_id = :member and c.removed_at is null and c.role <> 'KEY_LEADER'
                                         and c.unit_id <> :branch
                                         and unit_path_on(:branch, :on) like '%/' || c.unit_id || '/%'
                                         and c.valid_from <= :on and (c.valid_to is null or c.valid_to >= :on))""")
                .param("member", memberId)
                .param("branch", ids.get(ids.size() - 1))
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    /** A seat on a committee held by the member of this ID number: the export names it in a cell. */
    public record Seat(String idNumber, long unitId, CommitteeRole role, String term) {}

    /**
     * The seats on committees (not key leadership) held on {@code on} by the members attending a branch at or
     * below {@code scopePath}, by member, in one statement: the highest committee first.
     */
    public Map<String, List<Seat>> seatsOn(String scopePath, LocalDate on) {
        Map<String, List<Seat>> found = new HashMap<>();
        jdbc.sql("""
                        select m.id_number as "idNumber", c.unit_id as "unitId", c.role, c.term
                        from committee_membership c join member m on m.id = c.member_id
                        join org_unit b on b.id = m.branch_id join org_unit u on u.id = c.unit_id
                        where b.path like :scope and c.removed_at is null and c.role <> 'KEY_LEADER'
                          and c.valid_from <= :on and (c.valid_to is null or c.valid_to >= :on)
                        order by m.id, length(u.path), c.valid_from, c.id""")
                .param("scope", scopePath + "%")
                .param("on", on)
                .query(Seat.class)
                .list()
                .forEach(seat -> found.computeIfAbsent(seat.idNumber(), k -> new ArrayList<>())
                        .add(seat));
        return found;
    }

    /**
     * Each member's standing on {@code on} (members with none are left out), in one statement: the same
     * definition as the figures' {@code committee_leader_on} (V15).
     */
    public Map<Long, Standing> standingOn(Collection<Long> memberIds, LocalDate on) {
        Map<Long, Standing> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select c.member_id,
                               bool_or(c.role = 'KEY_LEADER') as key_leader,
                               bool_or(c.role <> 'KEY_LEADER' and u.kind not in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')) as committee
                        from committee_membership c join org_unit u on u.id = c.unit_id
                        where c.member_id in (:members) and c.removed_at is null
                          and c.valid_from <= :on and (c.valid_to is null or c.valid_to >= :on)
                        group by c.member_id""")
                .param("members", memberIds)
                .param("on", on)
                .query((rs, n) -> found.put(
                        rs.getLong("member_id"), new Standing(rs.getBoolean("key_leader"), rs.getBoolean("committee"))))
                .list();
        return found;
    }

    static Standing standing(Map<Long, Standing> standings, long memberId) {
        return standings.getOrDefault(memberId, Standing.NONE);
    }

    // ---- the member's page ----

    /** A member's periods, oldest first, without a scope check: for a page whose member was checked. */
    public List<CommitteePeriod> periodsOf(long memberId) {
        List<CommitteeMembership> found = periods.findByMemberIdOrderByValidFromAscIdAsc(memberId);
        Map<Long, UnitView> units = organisation.findAll(
                found.stream().map(CommitteeMembership::getUnitId).distinct().toList());
        return found.stream().map(p -> view(p, units.get(p.getUnitId()))).toList();
    }

    /** A period of a member of the actor's scope, to those who may edit the member. */
    public CommitteePeriod get(Actor actor, long periodId) {
        policy.requireWrite(actor);
        CommitteeMembership period = load(actor, periodId);
        return view(period, organisation.find(period.getUnitId()).orElseThrow());
    }

    /** The member whose periods a page shows: who they are, for its title and links. */
    public record Holding(long memberId, String fullName) {}

    /** A member of the actor's scope whose periods the actor may write. */
    public Holding member(Actor actor, long memberId) {
        policy.requireWrite(actor);
        Member member = memberInScope(actor, memberId);
        return new Holding(member.getId(), member.getFullName());
    }

    /**
     * The committees a period may be in: the member's branch and every unit above it, highest first, and
     * the unit a stored period already names (a member who moved keeps their old committee's periods).
     */
    public List<UnitView> unitChoices(Actor actor, long memberId, Long periodId) {
        policy.requireWrite(actor);
        Member member = memberInScope(actor, memberId);
        List<Long> ids = new ArrayList<>(choiceIds(member));
        if (periodId != null) {
            ids.add(load(actor, periodId).getUnitId());
        }
        return organisation.findAll(ids).values().stream()
                .sorted(Comparator.comparing((UnitView u) -> u.path().length()).thenComparing(UnitView::name))
                .toList();
    }

    /** Every rule a new period breaks, at once, for a form that also has errors of its own (nulls skipped). */
    public List<BusinessRuleException> problemsOfNew(Actor actor, long memberId, CommitteePeriodForm form) {
        policy.requireWrite(actor);
        return MemberService.exceptions(violations(memberInScope(actor, memberId), values(form), null));
    }

    /** As {@link #problemsOfNew}, for a correction of a stored period. */
    public List<BusinessRuleException> problemsOfCorrection(Actor actor, long periodId, CommitteePeriodForm form) {
        policy.requireWrite(actor);
        CommitteeMembership period = load(actor, periodId);
        return MemberService.exceptions(
                violations(members.findById(period.getMemberId()).orElseThrow(), values(form), period));
    }

    @Transactional
    public long add(Actor actor, long memberId, CommitteePeriodForm form) {
        policy.requireWrite(actor);
        Member member = memberInScope(actor, memberId);
        CommitteeMembership.Values values = values(form);
        BusinessRuleException.throwIfAny(violations(member, values, null));
        CommitteeMembership period = periods.save(CommitteeMembership.open(memberId, values, actor.username()));
        audit.recordDetails(actor, MemberService.AUDIT_TYPE, memberId, "COMMITTEE_ADDED", described(period));
        return period.getId();
    }

    /** Corrects a period typed wrongly; returns its member. */
    @Transactional
    public long correct(Actor actor, long periodId, CommitteePeriodForm form) {
        policy.requireWrite(actor);
        CommitteeMembership period = loadAt(actor, periodId, form.version());
        CommitteeMembership.Values values = values(form);
        BusinessRuleException.throwIfAny(
                violations(members.findById(period.getMemberId()).orElseThrow(), values, period));
        Snapshot before = Snapshot.of(period.values());
        period.correct(values);
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                period.getMemberId(),
                "COMMITTEE_CORRECTED",
                AuditDetails.changes(before, Snapshot.of(period.values())));
        return period.getMemberId();
    }

    /** Ends an open period on its last day; returns its member. */
    @Transactional
    public long end(Actor actor, long periodId, CommitteeEndForm form) {
        policy.requireWrite(actor);
        CommitteeMembership period = loadAt(actor, periodId, form.version());
        period.end(form.validTo());
        audit.recordDetails(
                actor, MemberService.AUDIT_TYPE, period.getMemberId(), "COMMITTEE_ENDED", described(period));
        return period.getMemberId();
    }

    /** Removes a period entered by mistake, with a reason; returns its member. */
    @Transactional
    public long remove(Actor actor, long periodId, CommitteeRemovalForm form) {
        policy.requireWrite(actor);
        CommitteeMembership period = loadAt(actor, periodId, form.version());
        period.remove(actor.username(), form.reason());
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                period.getMemberId(),
                "COMMITTEE_REMOVED",
                described(period).text("reason", form.reason().trim()));
        return period.getMemberId();
    }

    /** A period recorded by a loader (the demo, the tests' fixtures): the same rules, audited as the system. */
    @Transactional
    public long record(
            long memberId, long unitId, CommitteeRole role, String term, LocalDate validFrom, LocalDate validTo) {
        CommitteeMembership.Values values =
                new CommitteeMembership.Values(unitId, role, term, validFrom, validTo, null);
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        BusinessRuleException.throwIfAny(violations(member, values, null));
        CommitteeMembership period = periods.save(CommitteeMembership.open(memberId, values, AuditLog.SYSTEM));
        audit.recordDetails(null, MemberService.AUDIT_TYPE, memberId, "COMMITTEE_ADDED", described(period));
        return period.getId();
    }

    /**
     * The committees of units that ended on {@code on} (merged, split, ended, dissolved) end with them: each
     * period held the day before and lasting beyond it gets that day as its last, audited as the change's
     * actor (null: the system). A period that begins on or after {@code on} is left for staff to correct.
     */
    @Transactional
    public void endWithUnits(Actor actor, Collection<Long> unitIds, LocalDate on) {
        LocalDate lastDay = on.minusDays(1);
        for (CommitteeMembership period : periods.findHeldBeyond(unitIds, lastDay)) {
            period.endWithUnit(lastDay);
            audit.recordDetails(
                    actor, MemberService.AUDIT_TYPE, period.getMemberId(), "COMMITTEE_ENDED", described(period));
        }
        periods.flush();
    }

    // ---- rules and helpers ----

    /** The values of a period's audit entries, named so that the trail shows units, codes and dates. */
    public record Snapshot(
            Long committeeUnitId,
            CommitteeRole committeeRole,
            String term,
            LocalDate validFrom,
            LocalDate validTo,
            String decision) {

        static Snapshot of(CommitteeMembership.Values v) {
            return new Snapshot(v.unitId(), v.role(), v.term(), v.validFrom(), v.validTo(), v.decision());
        }
    }

    private List<Violation> violations(Member member, CommitteeMembership.Values values, CommitteeMembership stored) {
        List<Violation> found = new ArrayList<>();
        boolean sameUnit = stored != null && stored.getUnitId() == values.unitId();
        if (values.unitId() != 0 && !sameUnit && !choiceIds(member).contains(values.unitId())) {
            found.add(Violation.of("unitId", "committee.unitNotAbove"));
        }
        if (values.validFrom() != null && values.validFrom().isBefore(member.getAdmittedOn())) {
            found.add(Violation.of("validFrom", "committee.beforeAdmission"));
        }
        found.addAll(CommitteeMembership.violations(values));
        if (found.isEmpty() && values.role() != null && values.validFrom() != null) {
            boolean overlaps = periods.findByMemberIdOrderByValidFromAscIdAsc(member.getId()).stream()
                    .filter(p -> stored == null || !p.getId().equals(stored.getId()))
                    .anyMatch(p -> p.overlaps(values));
            if (overlaps) {
                found.add(Violation.of(null, "committee.overlaps"));
            }
        }
        return found;
    }

    /** The member's branch and the units above it (the ids of its materialised path). */
    private List<Long> choiceIds(Member member) {
        UnitView branch = organisation.find(member.getBranchId()).orElseThrow();
        return unitIds(branch.path());
    }

    private static List<Long> unitIds(String path) {
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    private static CommitteeMembership.Values values(CommitteePeriodForm form) {
        return new CommitteeMembership.Values(
                form.unitId() == null ? 0 : form.unitId(),
                form.role(),
                form.term(),
                form.validFrom(),
                form.validTo(),
                form.decision());
    }

    private static AuditDetails described(CommitteeMembership p) {
        AuditDetails details = AuditDetails.of()
                .unit("committeeUnitId", p.getUnitId())
                .code("committeeRole", p.getRole())
                .date("validFrom", p.getValidFrom());
        if (p.getValidTo() != null) {
            details = details.date("validTo", p.getValidTo());
        }
        if (p.getTerm() != null) {
            details = details.text("term", p.getTerm());
        }
        return p.getDecision() == null ? details : details.text("decision", p.getDecision());
    }

    private static CommitteePeriod view(CommitteeMembership p, UnitView unit) {
        return new CommitteePeriod(
                p.getId(),
                p.getMemberId(),
                unit,
                p.getRole(),
                p.getTerm(),
                p.getValidFrom(),
                p.getValidTo(),
                p.getDecision(),
                p.getVersion());
    }

    private Member memberInScope(Actor actor, long memberId) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        UnitView branch = organisation.find(member.getBranchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        return member;
    }

    private CommitteeMembership load(Actor actor, long periodId) {
        CommitteeMembership period = periods.findById(periodId).orElseThrow(NotFoundException::new);
        memberInScope(actor, period.getMemberId());
        return period;
    }

    /** A period as the user saw it: a version that moved on meanwhile is a conflict. */
    private CommitteeMembership loadAt(Actor actor, long periodId, Long version) {
        CommitteeMembership period = load(actor, periodId);
        if (version == null || period.getVersion() != version) {
            throw new ConflictException();
        }
        return period;
    }
}
