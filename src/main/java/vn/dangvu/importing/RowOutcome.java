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

    /**
     * A problem in one column of a row: the column's header (null when the problem is the row's as a
     * whole), a message key and its arguments.
     */
    public record RowError(String column, String messageKey, List<String> arguments) {

        public RowError {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        RowError(String column, String messageKey) {
            this(column, messageKey, List.of());
        }
    }

    static RowOutcome error(int rowNumber, String label, List<RowError> errors) {
        return new RowOutcome(rowNumber, Outcome.ERROR, label, List.copyOf(errors));
    }
}
