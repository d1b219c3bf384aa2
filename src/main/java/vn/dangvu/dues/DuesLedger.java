package vn.dangvu.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dangvu.dues.domain.Assignment;
import vn.dangvu.dues.domain.Payment;
import vn.dangvu.dues.domain.Rate;
import vn.dangvu.dues.domain.Stay;

/**
 * A member's months from their stays, category and payments: a month is owed to the branch of the latest
 * stay that covers some day of it, at the due of the member's category and base and of the category's rate
 * that hold on its last day. A month with no category recorded is not part of the ledger (the ledger
 * starts when a category is first recorded); a month whose rate or base is missing has an unknown due.
 */
final class DuesLedger {

    private DuesLedger() {}

    static List<MonthLine> months(
            long memberId,
            List<Stay> stays,
            List<Assignment> assignments,
            List<Rate> rates,
            List<Payment> payments,
            YearMonth from,
            YearMonth to) {
        List<MonthLine> lines = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            line(memberId, stays, assignments, rates, payments, month).ifPresent(lines::add);
        }
        return lines;
    }

    static Optional<MonthLine> line(
            long memberId,
            List<Stay> stays,
            List<Assignment> assignments,
            List<Rate> rates,
            List<Payment> payments,
            YearMonth month) {
        Optional<Stay> stay = stays.stream().filter(s -> s.overlaps(month)).max(Comparator.comparing(Stay::startedOn));
        Optional<Assignment> assignment = DuesRules.assignmentFor(assignments, month);
        if (stay.isEmpty() || assignment.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rate> rate = DuesRules.rateFor(rates, assignment.get().category(), month);
        Long due = rate.flatMap(r -> DuesRules.due(r, assignment.get())).orElse(null);
        List<Payment> paid =
                payments.stream().filter(p -> p.month().equals(month)).toList();
        Payment last = paid.isEmpty() ? null : paid.get(paid.size() - 1);
        return Optional.of(new MonthLine(
                memberId,
                month,
                stay.get().branchId(),
                assignment.get().category(),
                due,
                rate.map(Rate::id).orElse(null),
                rate.map(Rate::rule).orElse(null),
                paid.stream().mapToLong(Payment::amount).sum(),
                last == null ? null : last.paidOn(),
                last == null ? null : last.channel(),
                last == null ? null : last.reference(),
                last == null ? null : last.recordedBy()));
    }
}
