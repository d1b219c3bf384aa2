package vn.dangvu.importing;

import static vn.dangvu.importing.RegisterColumns.BRANCH_KIND;
import static vn.dangvu.importing.RegisterColumns.BRANCH_NAME;
import static vn.dangvu.importing.RegisterColumns.COMMUNE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.BranchRules;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Violation;

/**
 * Checks branch rows (commune, name, kind): a branch the commune has is unchanged, a new one passes the
 * branch form's rules ({@link BranchRules}) and is created when writing, with a code of its own.
 */
final class BranchRows extends FileRows {

    /** The file's column for each field of the branch form (the code is made on creation). */
    private static final Map<String, String> COLUMNS_OF_FIELDS =
            Map.of("parentId", COMMUNE, "name", BRANCH_NAME, "kind", BRANCH_KIND);

    private final OrganisationLoader loader;
    private final BranchRules rules;
    private final Map<Long, Map<String, UnitView>> existing = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    BranchRows(FileRows.Run run, OrganisationLoader loader, BranchRules rules) {
        super(run, RegisterColumns.BRANCHES, RegisterColumns.BRANCHES);
        this.loader = loader;
        this.rules = rules;
        for (UnitView commune : run.units().communes()) {
            existing.put(commune.id(), CellValues.index(run.units().branchesOf(commune), UnitView::name));
        }
    }

    static UnitKind kind(Object cell) {
        return switch (RegisterColumns.key(CellValues.text(cell))) {
            case "coquan", "agency" -> UnitKind.AGENCY;
            case "ap", "hamlet" -> UnitKind.HAMLET;
            case "khom", "quarter" -> UnitKind.QUARTER;
            case "khac", "other" -> UnitKind.OTHER;
            default -> throw new IllegalArgumentException("import.error.branchKind");
        };
    }

    static String label(UnitKind kind) {
        return switch (kind) {
            case AGENCY -> "Cơ quan";
            case HAMLET -> "Ấp";
            case QUARTER -> "Khóm";
            default -> "Khác";
        };
    }

    @Override
    void read(int rowNumber, Cells row, List<RowOutcome.RowError> errors) {
        String name = row.text(BRANCH_NAME);
        UnitView commune = run.units().commune(row.text(COMMUNE));
        if (commune == null) {
            errors.add(new RowOutcome.RowError(COMMUNE, "import.error.communeNotFound"));
        }
        UnitKind kind = row.parse(BRANCH_KIND, BranchRows::kind, errors, false);
        UnitView found = null;
        if (commune != null && !name.isBlank()) {
            found = existing.get(commune.id()).get(CellValues.unitKey(name));
            if (!seen.add(commune.id() + "/" + CellValues.unitKey(name))) {
                errors.add(new RowOutcome.RowError(BRANCH_NAME, "import.error.duplicateInFile"));
            }
        }
        if (errors.isEmpty() && found != null) {
            if (found.kind() != kind) {
                run.outcomes()
                        .accept(RowOutcome.error(
                                rowNumber,
                                name,
                                List.of(new RowOutcome.RowError(BRANCH_KIND, "import.error.kindDiffers"))));
            } else {
                run.outcomes().accept(new RowOutcome(rowNumber, RowOutcome.Outcome.UNCHANGED, name, List.of()));
            }
            return;
        }
        BranchForm form = new BranchForm(commune == null ? null : commune.id(), null, name, kind);
        Set<String> unreadable = new HashSet<>();
        errors.forEach(e -> unreadable.add(e.column()));
        for (Violation v : rules.check(form, true)) {
            String column = COLUMNS_OF_FIELDS.get(v.field());
            if (column == null || !unreadable.contains(column)) {
                errors.add(run.messages().rowError(column, v));
            }
        }
        if (!errors.isEmpty()) {
            run.outcomes().accept(RowOutcome.error(rowNumber, name, errors));
            return;
        }
        run.outcomes().accept(new RowOutcome(rowNumber, RowOutcome.Outcome.NEW, name, List.of()));
        if (run.write()) {
            loader.createBranchWithCode(run.actor(), commune.id(), name.trim(), kind, run.source());
        }
    }

    @Override
    void flush() {
        // branches are written row by row: there are few of them
    }
}
