package vn.dangvu.importing;

import java.util.List;

/** What an import does with one row of the file, or why it cannot. */
public record RowOutcome(int rowNumber, Outcome outcome, String label, List<RowError> errors) {

    public enum Outcome {
        NEW,
        UPDATE,
        UNCHANGED,
        ERROR
    }

    /** A problem in one column of a row: the column's header and a message key. */
    public record RowError(String column, String messageKey) {}

    static RowOutcome error(int rowNumber, String label, List<RowError> errors) {
        return new RowOutcome(rowNumber, Outcome.ERROR, label, List.copyOf(errors));
    }
}
