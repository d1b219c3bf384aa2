package vn.dangvu.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangvu.shared.Actor;

/**
 * What an import does with a file's rows: the header first, which locates the register's columns, then
 * every row that is not blank, read by its columns, then a final flush.
 */
abstract class FileRows {

    final Run run;
    private final List<String> known;
    private final List<String> required;
    private Map<String, Integer> columns;

    /**
     * One pass over a file, whatever it holds.
     *
     * @param actor who imports it; {@code units}: the units of their scope
     * @param outcomes where each row's outcome goes
     * @param source the file's name, which the audit entries of the rows it writes name
     * @param write whether the rows that pass are written, or only checked
     */
    record Run(
            Actor actor,
            ScopeUnits units,
            RuleMessages messages,
            Consumer<RowOutcome> outcomes,
            String source,
            boolean write) {}

    FileRows(Run run, List<String> known, List<String> required) {
        this.run = run;
        this.known = known;
        this.required = required;
    }

    final void header(List<Object> cells) {
        columns = Headers.locate(cells, known, required);
    }

    final void row(int rowNumber, List<Object> cells) {
        if (!Headers.blank(cells)) {
            read(rowNumber, new Cells(columns, cells), new ArrayList<>());
        }
    }

    /** Reads a row that is not blank; {@code errors} is where its cells' problems go, empty so far. */
    abstract void read(int rowNumber, Cells row, List<RowOutcome.RowError> errors);

    abstract void flush();
}
