package vn.dangvu.importing;

import static vn.dangvu.importing.RegisterColumns.ADMITTED;
import static vn.dangvu.importing.RegisterColumns.BIRTH_DATE;
import static vn.dangvu.importing.RegisterColumns.BRANCH;
import static vn.dangvu.importing.RegisterColumns.COMMITTEE;
import static vn.dangvu.importing.RegisterColumns.COMMUNE;
import static vn.dangvu.importing.RegisterColumns.FULL_MEMBER;
import static vn.dangvu.importing.RegisterColumns.FULL_NAME;
import static vn.dangvu.importing.RegisterColumns.GENDER;
import static vn.dangvu.importing.RegisterColumns.GROUP;
import static vn.dangvu.importing.RegisterColumns.ID_NUMBER;
import static vn.dangvu.importing.RegisterColumns.KEY_LEADER;
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
import java.util.function.Consumer;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Texts;

/**
 * Checks member rows against the rules of the member form, the actor's scope and each other, in
 * chunks, and hands each checked chunk to a writer (which does nothing for a preview).
 */
final class MemberRows implements FileRows {

    private static final int CHUNK = 500;

    private final Actor actor;
    private final MemberService members;
    private final CellValues values;
    private final ScopeUnits units;
    private final Map<Long, Map<String, UnitView>> branches = new HashMap<>();
    private final Map<Long, Map<String, UnitView>> residences = new HashMap<>();
    private final Map<String, UnitView> allResidences;
    private final Set<Long> branchesInScope = new HashSet<>();
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> seenCards = new HashSet<>();
    private final Consumer<RowOutcome> outcomes;
    private final Consumer<List<MemberService.Imported>> writer;
    private final List<Pending> chunk = new ArrayList<>();
    private Map<String, Integer> columns;

    private record Pending(int rowNumber, MemberForm form) {}

    MemberRows(
            Actor actor,
            OrganisationService organisation,
            MemberService members,
            CellValues values,
            Consumer<RowOutcome> outcomes,
            Consumer<List<MemberService.Imported>> writer) {
        this.actor = actor;
        this.members = members;
        this.values = values;
        this.outcomes = outcomes;
        this.writer = writer;
        this.units = new ScopeUnits(actor, organisation);
        for (UnitView commune : units.communes()) {
            List<UnitView> own = units.branchesOf(commune);
            branches.put(commune.id(), CellValues.index(own, UnitView::name));
            residences.put(
                    commune.id(),
                    CellValues.index(
                            own.stream().filter(u -> u.kind().isResidential()).toList(), UnitView::name));
            own.forEach(b -> branchesInScope.add(b.id()));
        }
        this.allResidences = CellValues.index(organisation.residences(actor), UnitView::name);
    }

    @Override
    public void header(List<Object> cells) {
        columns = Headers.locate(cells, RegisterColumns.MEMBERS, RegisterColumns.MEMBERS_REQUIRED);
    }

    @Override
    public void row(int rowNumber, List<Object> cells) {
        if (Headers.blank(cells)) {
            return;
        }
        Cells row = new Cells(columns, cells);
        List<RowOutcome.RowError> errors = new ArrayList<>();
        String name = row.text(FULL_NAME);
        if (name.isBlank()) {
            errors.add(new RowOutcome.RowError(FULL_NAME, "import.error.required"));
        } else if (name.length() > 120) {
            errors.add(new RowOutcome.RowError(FULL_NAME, "import.error.tooLong"));
        }
        LocalDate birth = row.date(BIRTH_DATE, errors, true);
        Gender gender = row.parse(GENDER, CellValues::gender, errors, true);
        String idNumber = row.text(ID_NUMBER);
        if (!idNumber.matches("\\d{12}")) {
            errors.add(new RowOutcome.RowError(ID_NUMBER, "import.error.idNumber"));
        } else if (!seenIds.add(idNumber)) {
            errors.add(new RowOutcome.RowError(ID_NUMBER, "import.error.duplicateInFile"));
        }
        String card = row.text(PARTY_CARD);
        if (!card.isEmpty() && (!card.matches("[0-9A-Za-z./-]{1,20}") || !seenCards.add(card))) {
            errors.add(new RowOutcome.RowError(PARTY_CARD, "import.error.partyCard"));
        }
        LocalDate admitted = row.date(ADMITTED, errors, true);
        LocalDate full = row.date(FULL_MEMBER, errors, false);
        notInFuture(BIRTH_DATE, birth, errors);
        notInFuture(ADMITTED, admitted, errors);
        notInFuture(FULL_MEMBER, full, errors);
        if (admitted != null && full != null && full.isBefore(admitted)) {
            errors.add(new RowOutcome.RowError(FULL_MEMBER, "member.fullBeforeAdmission"));
        }
        if (admitted != null && birth != null && admitted.isBefore(birth.plusYears(18))) {
            errors.add(new RowOutcome.RowError(ADMITTED, "import.error.tooYoung"));
        }
        MemberGroup group = row.parse(GROUP, values::group, errors, true);
        Boolean committee = row.parse(COMMITTEE, CellValues::yesNo, errors, false);
        Boolean leader = row.parse(KEY_LEADER, CellValues::yesNo, errors, false);
        UnitView commune = units.commune(row.text(COMMUNE));
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
        String position = row.text(POSITION);
        String workplace = row.text(WORKPLACE);
        if (position.length() > 200 || workplace.length() > 200) {
            errors.add(new RowOutcome.RowError(position.length() > 200 ? POSITION : WORKPLACE, "import.error.tooLong"));
        }
        if (!errors.isEmpty()) {
            outcomes.accept(RowOutcome.error(rowNumber, name, errors));
            return;
        }
        MemberForm form = new MemberForm(
                name.trim().replaceAll("\\s+", " "),
                birth,
                gender,
                idNumber,
                Texts.blankToNull(card),
                admitted,
                full,
                group,
                Texts.blankToNull(position),
                Texts.blankToNull(workplace),
                Boolean.TRUE.equals(committee),
                Boolean.TRUE.equals(leader),
                false,
                branch.id(),
                admitted,
                residence,
                MemberStatus.ACTIVE,
                null);
        chunk.add(new Pending(rowNumber, form));
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    /** Compares a chunk with the stored members, reports each row and passes the writable ones on. */
    @Override
    public void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, MemberService.StoredMember> stored = members.findByIdNumbers(
                chunk.stream().map(p -> p.form().idNumber()).toList());
        List<MemberService.Imported> writes = new ArrayList<>();
        for (Pending p : chunk) {
            MemberService.StoredMember existing = stored.get(p.form().idNumber());
            String label = p.form().fullName();
            if (existing == null) {
                outcomes.accept(new RowOutcome(p.rowNumber(), RowOutcome.Outcome.NEW, label, List.of()));
                writes.add(new MemberService.Imported(null, p.form()));
            } else if (!branchesInScope.contains(existing.branchId())) {
                outcomes.accept(RowOutcome.error(
                        p.rowNumber(), label, List.of(new RowOutcome.RowError(ID_NUMBER, "import.error.otherScope"))));
            } else if (existing.branchId() != p.form().branchId()) {
                outcomes.accept(RowOutcome.error(
                        p.rowNumber(), label, List.of(new RowOutcome.RowError(BRANCH, "import.error.branchChanged"))));
            } else if (existing.status() == MemberStatus.LEFT) {
                outcomes.accept(RowOutcome.error(
                        p.rowNumber(), label, List.of(new RowOutcome.RowError(ID_NUMBER, "member.hasLeft"))));
            } else if (same(existing.form(), p.form())) {
                outcomes.accept(new RowOutcome(p.rowNumber(), RowOutcome.Outcome.UNCHANGED, label, List.of()));
            } else {
                outcomes.accept(new RowOutcome(p.rowNumber(), RowOutcome.Outcome.UPDATE, label, List.of()));
                writes.add(new MemberService.Imported(existing.id(), p.form()));
            }
        }
        chunk.clear();
        if (!writes.isEmpty()) {
            writer.accept(writes);
        }
    }

    private static void notInFuture(String column, LocalDate date, List<RowOutcome.RowError> errors) {
        if (date != null && date.isAfter(LocalDate.now())) {
            errors.add(new RowOutcome.RowError(column, "import.error.future"));
        }
    }

    private static boolean same(MemberForm a, MemberForm b) {
        return Objects.equals(a.fullName(), b.fullName())
                && Objects.equals(a.birthDate(), b.birthDate())
                && a.gender() == b.gender()
                && Objects.equals(Texts.blankToNull(a.partyCardNumber()), Texts.blankToNull(b.partyCardNumber()))
                && Objects.equals(a.admittedOn(), b.admittedOn())
                && Objects.equals(a.fullMemberOn(), b.fullMemberOn())
                && a.group() == b.group()
                && Objects.equals(Texts.blankToNull(a.position()), Texts.blankToNull(b.position()))
                && Objects.equals(Texts.blankToNull(a.workplace()), Texts.blankToNull(b.workplace()))
                && a.communeCommittee() == b.communeCommittee()
                && a.keyLeader() == b.keyLeader()
                && Objects.equals(a.residenceBranchId(), b.residenceBranchId());
    }
}
