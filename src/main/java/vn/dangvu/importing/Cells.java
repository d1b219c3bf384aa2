package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One row's cells by column name; parse problems become row errors, never exceptions. */
final class Cells {

    private final Map<String, Integer> columns;
    private final List<Object> cells;

    Cells(Map<String, Integer> columns, List<Object> cells) {
        this.columns = columns;
        this.cells = cells;
    }

    Object raw(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size()) {
            return "";
        }
        Object value = cells.get(index);
        // undo the apostrophe an export puts before =, +, - and @ against formula injection
        if (value instanceof String text
                && text.length() > 1
                && text.charAt(0) == '\''
                && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return value;
    }

    String text(String column) {
        return CellValues.text(raw(column));
    }

    LocalDate date(String column, List<RowOutcome.RowError> errors, boolean required) {
        return parse(column, CellValues::date, errors, required);
    }

    <T> T parse(String column, Function<Object, T> parser, List<RowOutcome.RowError> errors, boolean required) {
        Object raw = raw(column);
        if (CellValues.text(raw).isEmpty()) {
            if (required) {
                errors.add(new RowOutcome.RowError(column, "import.error.required"));
            }
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new RowOutcome.RowError(column, e.getMessage()));
            return null;
        }
    }
}
