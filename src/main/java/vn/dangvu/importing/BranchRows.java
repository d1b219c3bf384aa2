package vn.dangvu.importing;

import static vn.dangvu.importing.RegisterColumns.BRANCH_KIND;
import static vn.dangvu.importing.RegisterColumns.BRANCH_NAME;
import static vn.dangvu.importing.RegisterColumns.COMMUNE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;

/** Checks branch rows (commune, name, kind) and creates the new branches when writing. */
final class BranchRows implements FileRows {

    private final Actor actor;
    private final OrganisationLoader loader;
    private final ScopeUnits units;
    private final Map<Long, Map<String, UnitView>> existing = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Consumer<RowOutcome> outcomes;
    private final boolean write;
    private Map<String, Integer> columns;

    BranchRows(
            Actor actor,
            OrganisationService organisation,
            OrganisationLoader loader,
            Consumer<RowOutcome> outcomes,
            boolean write) {
        this.actor = actor;
        this.loader = loader;
        this.outcomes = outcomes;
        this.write = write;
        this.units = new ScopeUnits(actor, organisation);
        for (UnitView commune : units.communes()) {
            existing.put(commune.id(), CellValues.index(units.branchesOf(commune), UnitView::name));
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
    public void header(List<Object> cells) {
        columns = Headers.locate(cells, RegisterColumns.BRANCHES, RegisterColumns.BRANCHES);
    }

    @Override
    public void row(int rowNumber, List<Object> cells) {
        if (Headers.blank(cells)) {
            return;
        }
        Cells row = new Cells(columns, cells);
        List<RowOutcome.RowError> errors = new ArrayList<>();
        String name = row.text(BRANCH_NAME);
        UnitView commune = units.commune(row.text(COMMUNE));
        if (commune == null) {
            errors.add(new RowOutcome.RowError(COMMUNE, "import.error.communeNotFound"));
        }
        if (name.isBlank() || name.length() > 200) {
            errors.add(new RowOutcome.RowError(
                    BRANCH_NAME, name.isBlank() ? "import.error.required" : "import.error.tooLong"));
        }
        UnitKind kind = row.parse(BRANCH_KIND, BranchRows::kind, errors, true);
        if (!errors.isEmpty()) {
            outcomes.accept(RowOutcome.error(rowNumber, name, errors));
            return;
        }
        String key = commune.id() + "/" + CellValues.unitKey(name);
        UnitView found = existing.get(commune.id()).get(CellValues.unitKey(name));
        if (!seen.add(key)) {
            outcomes.accept(RowOutcome.error(
                    rowNumber, name, List.of(new RowOutcome.RowError(BRANCH_NAME, "import.error.duplicateInFile"))));
        } else if (found != null && found.kind() != kind) {
            outcomes.accept(RowOutcome.error(
                    rowNumber, name, List.of(new RowOutcome.RowError(BRANCH_KIND, "import.error.kindDiffers"))));
        } else if (found != null) {
            outcomes.accept(new RowOutcome(rowNumber, RowOutcome.Outcome.UNCHANGED, name, List.of()));
        } else {
            outcomes.accept(new RowOutcome(rowNumber, RowOutcome.Outcome.NEW, name, List.of()));
            if (write) {
                loader.createBranchWithCode(actor, commune.id(), name.trim(), kind);
            }
        }
    }

    @Override
    public void flush() {
        // branches are written row by row: there are few of them
    }
}
