package vn.dangvu.importing;

import static vn.dangvu.importing.RegisterColumns.ADMITTED;
import static vn.dangvu.importing.RegisterColumns.BIRTH_DATE;
import static vn.dangvu.importing.RegisterColumns.BRANCH;
import static vn.dangvu.importing.RegisterColumns.COMMUNE;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION_DECIDED_BY;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION_FROM;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION_KIND;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION_RESOLUTION;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION_RESOLUTION_ON;
import static vn.dangvu.importing.RegisterColumns.EXEMPTION_TO;
import static vn.dangvu.importing.RegisterColumns.FULL_MEMBER;
import static vn.dangvu.importing.RegisterColumns.FULL_NAME;
import static vn.dangvu.importing.RegisterColumns.GENDER;
import static vn.dangvu.importing.RegisterColumns.GROUP;
import static vn.dangvu.importing.RegisterColumns.ID_NUMBER;
import static vn.dangvu.importing.RegisterColumns.LEAVING;
import static vn.dangvu.importing.RegisterColumns.LEFT_DECIDED_BY;
import static vn.dangvu.importing.RegisterColumns.LEFT_DECISION;
import static vn.dangvu.importing.RegisterColumns.LEFT_DECISION_ON;
import static vn.dangvu.importing.RegisterColumns.LEFT_GROUND;
import static vn.dangvu.importing.RegisterColumns.LEFT_ON;
import static vn.dangvu.importing.RegisterColumns.LEFT_REASON;
import static vn.dangvu.importing.RegisterColumns.MEMBERSHIP;
import static vn.dangvu.importing.RegisterColumns.PARTY_CARD;
import static vn.dangvu.importing.RegisterColumns.POSITION;
import static vn.dangvu.importing.RegisterColumns.RESIDENCE;
import static vn.dangvu.importing.RegisterColumns.WORKPLACE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dangvu.member.ExemptionForm;
import vn.dangvu.member.ExemptionKind;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LeavingForm;
import vn.dangvu.member.LeftReason;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.loading.CheckedMember;
import vn.dangvu.member.loading.LifeCheck;
import vn.dangvu.member.loading.LifeRow;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violation;

/**
 * Reads member rows into member forms, which pass the member form's own rules ({@link MemberLoader#check}),
 * then this file's: the actor's scope, the branch a transfer would change, each ID number and party card
 * once. Works in chunks; when writing, each checked chunk is written before the next is read.
 */
final class MemberRows extends FileRows {

    private static final int CHUNK = 500;

    /** The file's column for each field of the member form. */
    private static final Map<String, String> COLUMNS_OF_FIELDS = Map.ofEntries(
            Map.entry("fullName", FULL_NAME),
            Map.entry("birthDate", BIRTH_DATE),
            Map.entry("gender", GENDER),
            Map.entry("idNumber", ID_NUMBER),
            Map.entry("partyCardNumber", PARTY_CARD),
            Map.entry("admittedOn", ADMITTED),
            Map.entry("fullMemberOn", FULL_MEMBER),
            Map.entry("group", GROUP),
            Map.entry("position", POSITION),
            Map.entry("workplace", WORKPLACE),
            Map.entry("branchId", BRANCH),
            Map.entry("joinedBranchOn", ADMITTED),
            Map.entry("residenceBranchId", RESIDENCE),
            Map.entry("exemption.kind", EXEMPTION_KIND),
            Map.entry("exemption.startsOn", EXEMPTION_FROM),
            Map.entry("exemption.endsOn", EXEMPTION_TO),
            Map.entry("exemption.resolutionNumber", EXEMPTION_RESOLUTION),
            Map.entry("exemption.resolutionOn", EXEMPTION_RESOLUTION_ON),
            Map.entry("exemption.decidedBy", EXEMPTION_DECIDED_BY),
            Map.entry("leaving.reason", LEFT_REASON),
            Map.entry("leaving.leftOn", LEFT_ON),
            Map.entry("leaving.ground", LEFT_GROUND),
            Map.entry("leaving.decisionNumber", LEFT_DECISION),
            Map.entry("leaving.decisionOn", LEFT_DECISION_ON),
            Map.entry("leaving.decidedBy", LEFT_DECIDED_BY));

    private final MemberLoader members;
    private final CellValues values;
    private final Map<Long, Map<String, UnitView>> branches = new HashMap<>();
    private final Map<Long, Map<String, UnitView>> residences = new HashMap<>();
    private final Map<String, UnitView> allResidences;
    private final Set<Long> branchesInScope = new HashSet<>();
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> seenCards = new HashSet<>();
    private final AuditLog audit;
    private final List<Pending> chunk = new ArrayList<>();

    /** A row read into a form, with the problems of its cells (a date that is no date, an unknown branch). */
    private record Pending(int rowNumber, MemberForm form, LifeRow life, List<RowOutcome.RowError> cellErrors) {}

    MemberRows(
            FileRows.Run run,
            OrganisationService organisation,
            MemberLoader members,
            CellValues values,
            AuditLog audit) {
        super(run, RegisterColumns.MEMBERS, RegisterColumns.MEMBERS_REQUIRED);
        this.audit = audit;
        this.members = members;
        this.values = values;
        for (UnitView commune : run.units().communes()) {
            List<UnitView> own = run.units().branchesOf(commune);
            branches.put(commune.id(), CellValues.index(own, UnitView::name));
            residences.put(
                    commune.id(),
                    CellValues.index(
                            own.stream().filter(u -> u.kind().isResidential()).toList(), UnitView::name));
            own.forEach(b -> branchesInScope.add(b.id()));
        }
        this.allResidences = CellValues.index(organisation.residences(run.actor()), UnitView::name);
    }

    @Override
    void read(int rowNumber, Cells row, List<RowOutcome.RowError> errors) {
        String name = row.text(FULL_NAME);
        // an empty required cell is left to the form's own rule, which says so as the form does
        LocalDate birth = row.date(BIRTH_DATE, errors, false);
        Gender gender = row.parse(GENDER, CellValues::gender, errors, false);
        String idNumber = row.text(ID_NUMBER);
        if (!idNumber.isEmpty() && !seenIds.add(idNumber)) {
            errors.add(new RowOutcome.RowError(ID_NUMBER, "import.error.duplicateInFile"));
        }
        String card = row.text(PARTY_CARD);
        if (!card.isEmpty() && !seenCards.add(card)) {
            errors.add(new RowOutcome.RowError(PARTY_CARD, "import.error.duplicateInFile"));
        }
        LocalDate admitted = row.date(ADMITTED, errors, false);
        LocalDate full = row.date(FULL_MEMBER, errors, false);
        MemberGroup group = row.parse(GROUP, values::group, errors, false);
        UnitView commune = run.units().commune(row.text(COMMUNE));
        UnitView branch = null;
        Long residence = null;
        if (commune == null) {
            errors.add(new RowOutcome.RowError(COMMUNE, "import.error.communeNotFound"));
        } else {
            branch = branches.get(commune.id()).get(CellValues.unitKey(row.text(BRANCH)));
            if (branch == null) {
                errors.add(new RowOutcome.RowError(BRANCH, "import.error.branchNotFound"));
            }
            String home = row.text(RESIDENCE);
            if (!home.isEmpty()) {
                UnitView found = residences.get(commune.id()).get(CellValues.unitKey(home));
                found = found != null ? found : allResidences.get(CellValues.unitKey(home));
                if (found == null) {
                    errors.add(new RowOutcome.RowError(RESIDENCE, "import.error.residenceNotFound"));
                } else {
                    residence = found.id();
                }
            }
        }
        MemberForm form = new MemberForm(
                name,
                birth,
                gender,
                idNumber,
                Texts.blankToNull(card),
                admitted,
                full,
                group,
                Texts.blankToNull(row.text(POSITION)),
                Texts.blankToNull(row.text(WORKPLACE)),
                branch == null ? null : branch.id(),
                admitted,
                residence,
                MemberStatus.ACTIVE,
                null);
        checkMembership(row, full, errors);
        chunk.add(new Pending(rowNumber, form, life(row, errors), errors));
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    /** "Dự bị" or "Chính thức", when given, must agree with the full-membership date. */
    private static void checkMembership(Cells row, LocalDate fullMemberOn, List<RowOutcome.RowError> errors) {
        String key = RegisterColumns.key(row.text(MEMBERSHIP));
        if (key.isEmpty()) {
            return;
        }
        Boolean probationary = switch (key) {
            case "dubi", "probationary" -> true;
            case "chinhthuc", "full" -> false;
            default -> null;
        };
        if (probationary == null) {
            errors.add(new RowOutcome.RowError(MEMBERSHIP, "import.error.membership"));
        } else if (probationary != (fullMemberOn == null)
                && errors.stream().noneMatch(e -> FULL_MEMBER.equals(e.column()))) {
            errors.add(new RowOutcome.RowError(MEMBERSHIP, "import.error.membershipDiffers"));
        }
    }

    /** The row's exemption and leaving, each when one of its cells is filled. */
    private LifeRow life(Cells row, List<RowOutcome.RowError> errors) {
        ExemptionForm exemption = null;
        if (EXEMPTION.stream().anyMatch(c -> !row.text(c).isEmpty())) {
            exemption = new ExemptionForm(
                    row.parse(
                            EXEMPTION_KIND,
                            c -> values.labelled(ExemptionKind.class, c, "import.error.exemptionKind"),
                            errors,
                            false),
                    null,
                    Texts.blankToNull(row.text(EXEMPTION_RESOLUTION)),
                    row.date(EXEMPTION_RESOLUTION_ON, errors, false),
                    Texts.blankToNull(row.text(EXEMPTION_DECIDED_BY)),
                    row.date(EXEMPTION_FROM, errors, false),
                    row.date(EXEMPTION_TO, errors, false));
        }
        LeavingForm leaving = null;
        if (LEAVING.stream().anyMatch(c -> !row.text(c).isEmpty())) {
            leaving = new LeavingForm(
                    row.parse(
                            LEFT_REASON,
                            c -> values.labelled(LeftReason.class, c, "import.error.leftReason"),
                            errors,
                            false),
                    Texts.blankToNull(row.text(LEFT_GROUND)),
                    row.date(LEFT_ON, errors, false),
                    Texts.blankToNull(row.text(LEFT_DECISION)),
                    row.date(LEFT_DECISION_ON, errors, false),
                    Texts.blankToNull(row.text(LEFT_DECIDED_BY)),
                    null);
        }
        return exemption == null && leaving == null ? LifeRow.NONE : new LifeRow(exemption, leaving);
    }

    /**
     * Checks a chunk with the member rules (in a few statements for the whole chunk), reports each row
     * and, when writing, writes the new and changed members.
     */
    @Override
    void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<CheckedMember> checked =
                members.check(chunk.stream().map(Pending::form).toList());
        List<LifeCheck> lives = members.checkLife(
                run.actor(), checked, chunk.stream().map(Pending::life).toList());
        List<CheckedMember> writes = new ArrayList<>();
        List<LifeRow> writtenLives = new ArrayList<>();
        List<LifeCheck> writtenChecks = new ArrayList<>();
        List<AuditLog.Change> otherScope = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Pending p = chunk.get(i);
            CheckedMember member = checked.get(i);
            String label = p.form().fullName();
            LifeCheck life = lives.get(i);
            List<Violation> broken = new ArrayList<>(member.violations());
            broken.addAll(life.violations());
            List<RowOutcome.RowError> errors = errors(p, broken);
            MemberLoader.StoredMember existing = member.existing();
            if (!errors.isEmpty()) {
                run.outcomes().accept(RowOutcome.error(p.rowNumber(), label, errors));
            } else if (existing == null) {
                run.outcomes().accept(new RowOutcome(p.rowNumber(), RowOutcome.Outcome.NEW, label, List.of()));
                writes.add(member);
                writtenLives.add(p.life());
                writtenChecks.add(life);
            } else if (!branchesInScope.contains(existing.branchId())) {
                // the rule holds, but the row says only where to go: a transfer; the lookup is audited
                run.outcomes()
                        .accept(RowOutcome.error(
                                p.rowNumber(),
                                label,
                                List.of(new RowOutcome.RowError(ID_NUMBER, "import.error.otherScope"))));
                otherScope.add(new AuditLog.Change(
                        "UNIT",
                        run.actor().scopeUnitId(),
                        MemberService.ID_NUMBER_OTHER_SCOPE,
                        run.source() + ", " + p.rowNumber() + ": " + p.form().idNumber()));
            } else if (!Long.valueOf(existing.branchId()).equals(p.form().branchId())) {
                run.outcomes()
                        .accept(RowOutcome.error(
                                p.rowNumber(),
                                label,
                                List.of(new RowOutcome.RowError(BRANCH, "import.error.branchChanged"))));
            } else if (existing.status() == MemberStatus.LEFT
                    && (p.life().leaving() == null || member.changes() || life.changes())) {
                // a member who left is not changed by a file; a row that repeats their leaving is unchanged
                run.outcomes()
                        .accept(RowOutcome.error(
                                p.rowNumber(), label, List.of(new RowOutcome.RowError(ID_NUMBER, "member.hasLeft"))));
            } else if (!member.changes() && !life.changes()) {
                run.outcomes().accept(new RowOutcome(p.rowNumber(), RowOutcome.Outcome.UNCHANGED, label, List.of()));
            } else {
                run.outcomes().accept(new RowOutcome(p.rowNumber(), RowOutcome.Outcome.UPDATE, label, List.of()));
                writes.add(member);
                writtenLives.add(p.life());
                writtenChecks.add(life);
            }
        }
        chunk.clear();
        audit.recordOnItsOwn(run.actor(), otherScope);
        if (run.write() && !writes.isEmpty()) {
            List<Long> ids = members.importBatch(run.actor(), run.source(), writes);
            members.importLife(run.actor(), run.source(), ids, writtenLives, writtenChecks);
        }
    }

    /**
     * The cells' problems, then the member rules the row broke, each under its column; a rule about a
     * cell that could not be read (or a branch of a commune that was not found) adds nothing.
     */
    private List<RowOutcome.RowError> errors(Pending p, List<Violation> violations) {
        List<RowOutcome.RowError> errors = new ArrayList<>(p.cellErrors());
        Set<String> unreadable = new HashSet<>();
        p.cellErrors().forEach(e -> unreadable.add(e.column()));
        if (unreadable.contains(COMMUNE)) {
            unreadable.add(BRANCH);
            unreadable.add(RESIDENCE);
        }
        for (Violation v : violations) {
            String column = COLUMNS_OF_FIELDS.get(v.field());
            RowOutcome.RowError error = run.messages().rowError(column, v);
            // the admission date is also the first day in the branch: one of its problems is said once
            boolean said = errors.stream()
                    .anyMatch(e ->
                            Objects.equals(e.column(), column) && e.messageKey().equals(error.messageKey()));
            if ((column == null || !unreadable.contains(column)) && !said) {
                errors.add(error);
            }
        }
        return errors;
    }
}
