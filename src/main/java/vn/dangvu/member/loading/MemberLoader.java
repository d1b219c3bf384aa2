package vn.dangvu.member.loading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.ExemptionForm;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LeavingForm;
import vn.dangvu.member.LeftReason;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberLifeService;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.domain.Member;
import vn.dangvu.member.domain.MemberExemption;
import vn.dangvu.member.domain.MemberExemptionRepository;
import vn.dangvu.member.domain.MemberImporter;
import vn.dangvu.member.domain.MemberLeaving;
import vn.dangvu.member.domain.MemberLeavingRepository;
import vn.dangvu.member.domain.MemberRules;
import vn.dangvu.member.domain.MembershipPeriodRepository;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.Violation;

/**
 * Writes members without checking an actor's scope, for the modules that check it themselves: imports
 * (in batches), the demo district. Every member still passes {@link MemberRules}, the rules of the form.
 */
@Component
@Transactional(readOnly = true)
public class MemberLoader {

    /** The audit trail's name for members, as the member form writes it. */
    private static final String AUDIT_TYPE = "MEMBER";

    private final MemberService members;
    private final JdbcClient jdbc;
    private final MembershipPeriodRepository periods;
    private final MemberRules rules;
    private final MemberImporter importer;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final CommitteeMemberships committees;
    private final MemberLifeService life;
    private final MemberExemptionRepository exemptions;
    private final MemberLeavingRepository leavings;

    MemberLoader(
            MemberService members,
            JdbcClient jdbc,
            MembershipPeriodRepository periods,
            MemberRules rules,
            MemberImporter importer,
            OrganisationService organisation,
            AuditLog audit,
            CommitteeMemberships committees,
            MemberLifeService life,
            MemberExemptionRepository exemptions,
            MemberLeavingRepository leavings) {
        this.committees = committees;
        this.life = life;
        this.exemptions = exemptions;
        this.leavings = leavings;
        this.members = members;
        this.jdbc = jdbc;
        this.periods = periods;
        this.rules = rules;
        this.importer = importer;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** A stored member as an import sees it: where they attend and what a form would show. */
    public record StoredMember(long id, long branchId, MemberStatus status, MemberForm form) {}

    /**
     * The stored members with these ID numbers, by ID number: what an import compares its rows with. Read
     * with plain SQL, so that an import's transaction does not hold (and re-check at every query) an
     * entity for each of its tens of thousands of rows.
     */
    public Map<String, StoredMember> findByIdNumbers(Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, StoredMember> found = new HashMap<>();
        // one index lookup per ID number, whatever the table's statistics say (see MemberRules)
        jdbc.sql("""
                        select m.id, m.full_name, m.birth_date, m.gender, m.id_number, m.party_card_number,
                               m.admitted_on, m.full_member_on, m.member_group, m.position, m.workplace,
                               m.branch_id, m.residence_branch_id, m.status, m.version
                        from unnest(?::varchar[]) as w (id_number)
                        join lateral (select * from member where member.id_number = w.id_number) m on true""")
                .param(idNumbers.stream().distinct().toArray(String[]::new))
                .query(MemberLoader::stored)
                .list()
                .forEach(m -> found.put(m.form().idNumber(), m));
        return found;
    }

    /**
     * A row as {@code Member#toForm} would show it, mapped by hand: a mapper that matches columns to the
     * record's components by reflection took as long as the rest of an import's check.
     */
    private static StoredMember stored(ResultSet rs, int row) throws SQLException {
        long branchId = rs.getLong("branch_id");
        MemberStatus status = MemberStatus.valueOf(rs.getString("status"));
        MemberForm form = new MemberForm(
                rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class),
                Gender.valueOf(rs.getString("gender")),
                rs.getString("id_number"),
                rs.getString("party_card_number"),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("full_member_on", LocalDate.class),
                MemberGroup.valueOf(rs.getString("member_group")),
                rs.getString("position"),
                rs.getString("workplace"),
                branchId,
                null,
                rs.getObject("residence_branch_id", Long.class),
                status,
                rs.getLong("version"));
        return new StoredMember(rs.getLong("id"), branchId, status, form);
    }

    /**
     * Checks imported rows against the member form's rules, all of them at once: a row whose ID number
     * is stored updates that member (the fields a register file holds), any other registers a new member
     * in {@code form.branchId()} from {@code form.joinedBranchOn()}.
     */
    public List<CheckedMember> check(List<MemberForm> forms) {
        Map<String, StoredMember> stored =
                findByIdNumbers(forms.stream().map(MemberLoader::idNumber).toList());
        List<StoredMember> existing =
                forms.stream().map(f -> stored.get(idNumber(f))).toList();
        List<MemberRules.Candidate> candidates = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            MemberForm form = forms.get(i);
            StoredMember member = existing.get(i);
            candidates.add(
                    member == null
                            ? MemberRules.Candidate.newMember(form, form.joinedBranchOn())
                            : MemberRules.Candidate.stored(
                                    MemberImporter.merged(member.form(), form), member.id(), member.status()));
        }
        Map<String, Long> idNumberOwners = new HashMap<>();
        stored.forEach((idNumber, member) -> idNumberOwners.put(idNumber, member.id()));
        List<List<Violation>> violations = rules.checkAll(candidates, idNumberOwners);
        List<CheckedMember> checked = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            checked.add(new CheckedMember(existing.get(i), forms.get(i), violations.get(i)));
        }
        return checked;
    }

    private static String idNumber(MemberForm form) {
        return form.idNumber() == null ? "" : form.idNumber().trim();
    }

    /**
     * Writes checked rows in the caller's transaction: new members are registered in their branch from
     * their admission date, stored ones get the file's fields. Plain JDBC batches, for files of tens of
     * thousands of rows; each new or changed member gets its own audit entry naming {@code source}.
     * Unchanged rows are skipped; a row that broke a rule is refused. Returns each row's member id, in the
     * rows' order (the stored member's for an unchanged row).
     */
    @Transactional
    public List<Long> importBatch(Actor actor, String source, List<CheckedMember> rows) {
        List<MemberImporter.Write> writes = new ArrayList<>();
        List<CheckedMember> written = new ArrayList<>();
        for (CheckedMember row : rows) {
            if (!row.violations().isEmpty()) {
                throw new IllegalArgumentException("A row that broke the member rules cannot be imported");
            }
            if (row.isNew() || row.changes()) {
                writes.add(new MemberImporter.Write(
                        row.isNew() ? null : row.existing().id(), row.form()));
                written.add(row);
            }
        }
        if (writes.isEmpty()) {
            return rows.stream().map(r -> r.existing().id()).toList();
        }
        List<Long> newIds = importer.write(writes);
        Map<Long, UnitView> branches = organisation.findAll(written.stream()
                .filter(CheckedMember::isNew)
                .map(r -> r.form().branchId())
                .collect(Collectors.toSet()));
        List<AuditLog.Change> changes = new ArrayList<>(written.size());
        int next = 0;
        for (CheckedMember row : written) {
            if (row.isNew()) {
                UnitView branch = branches.get(row.form().branchId());
                changes.add(new AuditLog.Change(
                        AUDIT_TYPE,
                        newIds.get(next++),
                        "IMPORTED",
                        source + ": " + Member.storedName(row.form().fullName()) + " — " + branch.name()));
            } else {
                changes.add(new AuditLog.Change(
                        AUDIT_TYPE, row.existing().id(), "IMPORT_UPDATED", source + ": " + row.changeList()));
            }
        }
        audit.recordAll(actor, changes);
        List<Long> ids = new ArrayList<>(rows.size());
        int nextNew = 0;
        for (CheckedMember row : rows) {
            ids.add(row.isNew() ? newIds.get(nextNew++) : row.existing().id());
        }
        return ids;
    }

    /**
     * Checks the Party-life cells of checked rows ({@code rows}, in the same order) with the rules of the
     * member page's procedures: an exemption's resolution and dates (no overlap with the stored member's,
     * at most 12 months for another reason), a leaving's decision and the kinds the actor may record for
     * the member's branch. A stored exemption with the same first day, or the stored leaving of a member
     * who left, is the same record when it says the same; otherwise the row is refused. A few statements
     * for the whole chunk.
     */
    public List<LifeCheck> checkLife(Actor actor, List<CheckedMember> checked, List<LifeRow> rows) {
        List<Long> storedIds = checked.stream()
                .filter(c -> !c.isNew())
                .map(c -> c.existing().id())
                .toList();
        boolean anyLife = rows.stream().anyMatch(r -> !r.isEmpty());
        Map<Long, List<MemberExemption>> storedExemptions = new HashMap<>();
        Map<Long, MemberLeaving> storedLeavings = new HashMap<>();
        Map<Long, LocalDate> openSince = new HashMap<>();
        if (anyLife && !storedIds.isEmpty()) {
            exemptions
                    .findByMemberIdIn(storedIds)
                    .forEach(e -> storedExemptions
                            .computeIfAbsent(e.getMemberId(), k -> new ArrayList<>())
                            .add(e));
            leavings.findByMemberIdIn(storedIds).forEach(l -> storedLeavings.put(l.getMemberId(), l));
            jdbc.sql("select member_id, max(started_on) from membership_period where ended_on is null"
                            + " and member_id in (:ids) group by member_id")
                    .param("ids", storedIds)
                    .query((rs, n) -> openSince.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .list();
        }
        Map<Long, List<LeftReason>> kinds = new HashMap<>();
        List<LifeCheck> found = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LifeRow row = rows.get(i);
            CheckedMember member = checked.get(i);
            if (row.isEmpty()) {
                found.add(LifeCheck.NONE);
                continue;
            }
            StoredMember stored = member.existing();
            LocalDate admitted =
                    stored != null ? stored.form().admittedOn() : member.form().admittedOn();
            Long branchId = stored != null
                    ? Long.valueOf(stored.branchId())
                    : member.form().branchId();
            List<Violation> violations = new ArrayList<>();
            boolean newExemption = false;
            boolean newLeaving = false;
            ExemptionForm e = row.exemption();
            if (e != null) {
                List<MemberExemption> others =
                        stored == null ? List.of() : storedExemptions.getOrDefault(stored.id(), List.of());
                MemberExemption same = e.startsOn() == null
                        ? null
                        : others.stream()
                                .filter(o -> o.getStartsOn().equals(e.startsOn()))
                                .findFirst()
                                .orElse(null);
                if (same != null) {
                    if (!sameExemption(same, e)) {
                        violations.add(Violation.of("exemption.startsOn", "import.error.exemptionDiffers"));
                    }
                } else {
                    List<Violation> own = required(
                            "exemption.",
                            Map.of(
                                    "kind", e.kind() != null,
                                    "resolutionNumber", filled(e.resolutionNumber()),
                                    "resolutionOn", e.resolutionOn() != null,
                                    "decidedBy", filled(e.decidedBy()),
                                    "startsOn", e.startsOn() != null));
                    violations.addAll(own);
                    if (own.isEmpty() && admitted != null) {
                        MemberExemption.violations(e, admitted, others)
                                .forEach(v -> violations.add(prefixed("exemption.", v)));
                    }
                    newExemption = true;
                }
            }
            LeavingForm l = row.leaving();
            if (l != null) {
                MemberLeaving left = stored == null ? null : storedLeavings.get(stored.id());
                if (stored != null && stored.status() == MemberStatus.LEFT) {
                    if (left == null
                            || left.getReason() != l.reason()
                            || !left.getLeftOn().equals(l.leftOn())) {
                        violations.add(Violation.of("leaving.reason", "member.hasLeft"));
                    }
                } else {
                    List<Violation> own = required(
                            "leaving.",
                            Map.of(
                                    "reason", l.reason() != null,
                                    "leftOn", l.leftOn() != null,
                                    "decisionOn", l.decisionOn() != null,
                                    "decidedBy", filled(l.decidedBy())));
                    violations.addAll(own);
                    if (l.reason() != null
                            && branchId != null
                            && !kinds.computeIfAbsent(branchId, b -> life.leavingKindsIn(actor, b))
                                    .contains(l.reason())) {
                        violations.add(Violation.of("leaving.reason", "import.error.leavingNotAllowed"));
                    }
                    if (own.isEmpty() && admitted != null) {
                        MemberLeaving.violations(l, admitted).forEach(v -> violations.add(prefixed("leaving.", v)));
                    }
                    LocalDate since = stored == null ? member.form().joinedBranchOn() : openSince.get(stored.id());
                    if (l.leftOn() != null && since != null && l.leftOn().isBefore(since)) {
                        violations.add(Violation.of("leaving.leftOn", "leaving.beforePeriodStart"));
                    }
                    // as the form refuses it: a member held by an open transfer does not leave meanwhile
                    if (stored != null && life.transferHeld(actor, stored.id())) {
                        violations.add(Violation.of("leaving.reason", "leaving.openTransfer"));
                    }
                    newLeaving = true;
                }
            }
            if (e != null
                    && l != null
                    && e.startsOn() != null
                    && l.leftOn() != null
                    && !e.startsOn().isBefore(l.leftOn())) {
                violations.add(Violation.of("exemption.startsOn", "import.error.exemptionAfterLeaving"));
            }
            found.add(new LifeCheck(violations, newExemption, newLeaving));
        }
        return found;
    }

    /**
     * Writes the Party-life records of checked rows, in the caller's transaction: the exemption first,
     * then the leaving, which closes the member's open periods. {@code ids}: each row's member.
     */
    @Transactional
    public void importLife(Actor actor, String source, List<Long> ids, List<LifeRow> rows, List<LifeCheck> checks) {
        for (int i = 0; i < rows.size(); i++) {
            LifeCheck check = checks.get(i);
            if (!check.violations().isEmpty()) {
                throw new IllegalArgumentException("A row that broke the member rules cannot be imported");
            }
            if (check.newExemption()) {
                life.recordImportedExemption(actor, ids.get(i), rows.get(i).exemption(), source);
            }
            if (check.newLeaving()) {
                life.recordImportedLeaving(actor, ids.get(i), rows.get(i).leaving(), source);
            }
        }
    }

    private static boolean sameExemption(MemberExemption stored, ExemptionForm row) {
        return stored.getKind() == row.kind()
                && java.util.Objects.equals(stored.getEndsOn(), row.endsOn())
                && java.util.Objects.equals(stored.getResolutionNumber(), trimmed(row.resolutionNumber()));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static List<Violation> required(String prefix, Map<String, Boolean> present) {
        return present.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(e -> Violation.of(prefix + e.getKey(), "import.error.required"))
                .sorted(java.util.Comparator.comparing(Violation::field))
                .toList();
    }

    private static Violation prefixed(String prefix, Violation v) {
        return Violation.of(
                v.field() == null ? null : prefix + v.field(),
                v.code(),
                v.arguments().toArray());
    }

    /** Registers a member who attends {@code form.branchId()} from {@code joinedOn} (the demo district). */
    @Transactional
    public long register(MemberForm form, LocalDate joinedOn) {
        return members.register(form, joinedOn, null);
    }

    /**
     * Records a member's period in the committee of {@code unitId} (the demo district): the rules of the
     * member page's form, audited as the system. {@code validTo} is the last day held, null while it lasts.
     */
    @Transactional
    public long recordCommitteePeriod(
            long memberId, long unitId, CommitteeRole role, String term, LocalDate validFrom, LocalDate validTo) {
        return committees.record(memberId, unitId, role, term, validFrom, validTo);
    }
}
