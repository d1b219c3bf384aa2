package vn.dangvu.importing;

import java.util.Map;
import vn.dangvu.shared.PageView;

/** An uploaded file's outcome before anything is written. */
public record ImportPreview(
        String token,
        ImportKind kind,
        String filename,
        Map<RowOutcome.Outcome, Long> counts,
        PageView<RowOutcome> rows,
        boolean errorsOnly) {

    public long count(RowOutcome.Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    public long newRows() {
        return count(RowOutcome.Outcome.NEW);
    }

    public long updates() {
        return count(RowOutcome.Outcome.UPDATE);
    }

    public long unchanged() {
        return count(RowOutcome.Outcome.UNCHANGED);
    }

    public long errors() {
        return count(RowOutcome.Outcome.ERROR);
    }

    public boolean committable() {
        return count(RowOutcome.Outcome.ERROR) == 0
                && (count(RowOutcome.Outcome.NEW) + count(RowOutcome.Outcome.UPDATE)) > 0;
    }
}
