package vn.dangvu.transfer;

import java.time.LocalDate;
import java.util.List;

/** The home page's overdue transfers: those leaving the scope (the origin's), and those coming into it. */
public record OverdueTransfers(List<Row> outgoing, List<Row> incoming) {

    public boolean any() {
        return !outgoing.isEmpty() || !incoming.isEmpty();
    }

    /** Which deadline was missed: starting the procedure, or presenting the letter. */
    public enum Deadline {
        START,
        PRESENT
    }

    public record Row(
            long id,
            String memberName,
            TransferKind kind,
            String fromName,
            String toName,
            Deadline deadline,
            LocalDate due) {}
}
