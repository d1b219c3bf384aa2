package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.domain.MembershipChangeQueries;
import vn.dangvu.shared.Scope;

/**
 * Tăng, giảm đảng viên: for a scope and each grassroots organisation in it, the members at the start of a
 * period, those who came (admitted, transferred in), those who went (transferred out, removed, resigned,
 * expelled, died), and those at its end, so that opening + increases − decreases = closing. Counted from
 * the official membership periods and the members' own dates; the units are those of the tree of the
 * period's last day, each with every branch under it that day, whose records count for it ("hồ sơ đi
 * theo tổ chức", docs/decisions/as-of-reads.md), so a reorganisation moves no one in or out.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MembershipChanges {

    private final MembershipChangeQueries queries;

    /**
     * One unit's figures for the period. {@code otherIn}: members first recorded in the unit during the
     * period without an admission in it or a transfer (registered late, say); {@code otherOut}: stays
     * that ended without a move or a recorded leaving. {@code recognised} (công nhận đảng viên chính thức)
     * changes no total: it is shown beside them. {@code closingProbationary}: of the closing total, those
     * still probationary (đảng viên dự bị) on the last day: admitted by then and recognised after it or not yet.
     */
    public record Row(
            long unitId,
            String name,
            boolean whole,
            long opening,
            long admitted,
            long transferredIn,
            long otherIn,
            long transferredOut,
            long removed,
            long resigned,
            long expelled,
            long died,
            long otherOut,
            long closing,
            long recognised,
            long closingProbationary) {

        public long increases() {
            return admitted + transferredIn + otherIn;
        }

        public long decreases() {
            return transferredOut + removed + resigned + expelled + died + otherOut;
        }
    }

    /**
     * The scope under {@code scopePath} as a whole (first, {@code whole}), then each commune-level unit under it
     * on {@code to} by name, for the days {@code from} to {@code to} included.
     */
    public List<Row> between(long scopeUnitId, Scope scope, LocalDate from, LocalDate to) {
        return queries.between(scopeUnitId, scope, from, to);
    }
}
