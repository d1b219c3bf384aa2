package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.dues.domain.Assignment;
import vn.dangvu.dues.domain.DuesStore;
import vn.dangvu.dues.domain.Payment;
import vn.dangvu.dues.domain.Rate;
import vn.dangvu.dues.loading.DuesLoader;
import vn.dangvu.shared.AuditLog;

/** {@link DuesLoader} through the same store, rules and audit entries as the screens. */
@Component
@RequiredArgsConstructor
class DefaultDuesLoader implements DuesLoader {

    private static final String SYSTEM = AuditLog.SYSTEM;

    private final DuesStore store;
    private final DuesBook dues;
    private final AuditLog audit;

    @Override
    @Transactional
    public void addRate(
            String category, String rule, Integer basisPoints, Long amount, LocalDate validFrom, String note) {
        List<Rate> same = store.rates().stream()
                .filter(r -> r.category().equals(category))
                .toList();
        Dated<Rate> place = Dated.place(same, Rate::validFrom, Rate::validTo, validFrom);
        if (place.taken()) {
            throw new IllegalArgumentException("a rate of " + category + " from " + validFrom + " exists");
        }
        place.cut().ifPresent(r -> store.closeRate(r.id(), validFrom));
        long id = store.insertRate(
                new Rate(0, category, rule, basisPoints, amount, validFrom, place.until(), note), SYSTEM);
        audit.record(null, DuesService.RATE, id, "CREATED", category + ", " + validFrom + ", " + rule);
    }

    @Override
    @Transactional
    public void assignAll(List<Assigned> assignments) {
        List<AuditLog.Change> changes = new ArrayList<>();
        for (Assigned a : assignments) {
            store.insertAssignment(
                    new Assignment(
                            0, a.memberId(), a.category(), a.base(), 0, a.from().atDay(1), null, SYSTEM),
                    SYSTEM);
            changes.add(new AuditLog.Change(
                    DuesService.MEMBER,
                    a.memberId(),
                    "DUES_CATEGORY_SET",
                    a.category() + (a.base() == null ? "" : ", " + a.base() + " đ") + ", " + a.from()));
        }
        audit.recordAll(null, changes);
    }

    @Override
    @Transactional
    public void payAll(List<Paid> payments) {
        DuesBook.Ledgers ledgers =
                dues.ledgersOf(payments.stream().map(Paid::memberId).distinct().toList(), LocalDate.now());
        List<Payment> rows = new ArrayList<>();
        Map<Long, Long> paidBy = new LinkedHashMap<>();
        for (Paid paid : payments) {
            for (YearMonth month = paid.from(); !month.isAfter(paid.to()); month = month.plusMonths(1)) {
                MonthLine line = ledgers.line(paid.memberId(), month).orElse(null);
                if (line == null || !line.dueKnown() || line.due() == 0) {
                    continue;
                }
                rows.add(new Payment(
                        0,
                        paid.memberId(),
                        month,
                        line.branchId(),
                        line.due(),
                        line.due(),
                        line.rateId(),
                        paid.paidOn(),
                        paid.channel(),
                        paid.reference(),
                        SYSTEM));
                paidBy.merge(paid.memberId(), line.due(), Long::sum);
            }
        }
        store.insertPayments(rows, SYSTEM);
        audit.recordAll(
                null,
                paidBy.entrySet().stream()
                        .map(e -> new AuditLog.Change(DuesService.MEMBER, e.getKey(), "DUES_PAID", e.getValue() + " đ"))
                        .toList());
    }
}
