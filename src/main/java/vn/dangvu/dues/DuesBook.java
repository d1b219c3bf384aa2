package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.dues.domain.Assignment;
import vn.dangvu.dues.domain.DuesStore;
import vn.dangvu.dues.domain.Payment;
import vn.dangvu.dues.domain.Rate;
import vn.dangvu.dues.domain.Stay;

/**
 * Members' ledgers read from the store, without an actor: for the services, which check the actor first,
 * and for what other modules' pages show of a member they have already checked (the member page, a
 * transfer letter). It depends on nothing but the store, so that those pages' contributors can use it.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DuesBook {

    private final DuesStore store;

    /**
     * The last month paid in full with every owed month before it paid too ("đã đóng đảng phí hết tháng …"),
     * counting payments made up to {@code asOf}; empty when the first owed month is unpaid or nothing is owed.
     */
    Optional<YearMonth> paidThrough(long memberId, LocalDate asOf) {
        return Optional.ofNullable(ledgerOf(memberId, asOf).paidThrough());
    }

    /**
     * {@link #paidThrough} of many members, each as of its own day, in four statements per distinct day (the
     * letters of a campaign printed together); members paid through no month are left out.
     */
    Map<Long, YearMonth> paidThrough(Map<Long, LocalDate> dayByMember) {
        Map<Long, YearMonth> through = new java.util.HashMap<>();
        dayByMember.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((day, ids) -> {
                    Ledgers ledgers = ledgersOf(ids, day);
                    for (long id : ids) {
                        YearMonth month = new Ledger(
                                        id,
                                        ledgers.stays().getOrDefault(id, List.of()),
                                        ledgers.assignments().getOrDefault(id, List.of()),
                                        ledgers.rates(),
                                        ledgers.payments().getOrDefault(id, List.of()))
                                .paidThrough();
                        if (month != null) {
                            through.put(id, month);
                        }
                    }
                });
        return through;
    }

    /** What a member's page says of their dues: paid through, and unpaid months up to last month. */
    MemberStanding standing(long memberId, LocalDate asOf) {
        Ledger ledger = ledgerOf(memberId, asOf);
        List<MonthLine> owed = ledger.linesUpTo(YearMonth.from(asOf).minusMonths(1));
        return new MemberStanding(
                !ledger.assignments().isEmpty(),
                ledger.paidThrough(),
                owed.stream().filter(MonthLine::unpaid).count(),
                owed.stream().mapToLong(MonthLine::remaining).sum());
    }

    /** A member's dues as other pages show them. */
    record MemberStanding(boolean kept, YearMonth paidThrough, long unpaidMonths, long owed) {}

    Ledger ledgerOf(long memberId, LocalDate asOf) {
        return new Ledger(
                memberId,
                store.staysOf(memberId),
                store.assignmentsOf(List.of(memberId)),
                store.rates(),
                store.paymentsOf(List.of(memberId), asOf));
    }

    Ledgers ledgersOf(List<Long> memberIds, LocalDate asOf) {
        return new Ledgers(
                store.staysOfMembers(memberIds).stream().collect(Collectors.groupingBy(Stay::memberId)),
                store.assignmentsOf(memberIds).stream().collect(Collectors.groupingBy(Assignment::memberId)),
                store.rates(),
                store.paymentsOf(memberIds, asOf).stream().collect(Collectors.groupingBy(Payment::memberId)));
    }

    /** Many members' stays, categories and payments, read at once. */
    record Ledgers(
            Map<Long, List<Stay>> stays,
            Map<Long, List<Assignment>> assignments,
            List<Rate> rates,
            Map<Long, List<Payment>> payments) {

        Optional<MonthLine> line(long memberId, YearMonth month) {
            return DuesLedger.line(
                    memberId,
                    stays.getOrDefault(memberId, List.of()),
                    assignments.getOrDefault(memberId, List.of()),
                    rates,
                    payments.getOrDefault(memberId, List.of()),
                    month);
        }

        List<MonthLine> linesUpTo(long memberId, YearMonth last) {
            List<Assignment> own = assignments.getOrDefault(memberId, List.of());
            if (own.isEmpty()) {
                return List.of();
            }
            return DuesLedger.months(
                    memberId,
                    stays.getOrDefault(memberId, List.of()),
                    own,
                    rates,
                    payments.getOrDefault(memberId, List.of()),
                    YearMonth.from(own.get(0).validFrom()),
                    last);
        }
    }

    /** One member's ledger. */
    record Ledger(
            long memberId, List<Stay> stays, List<Assignment> assignments, List<Rate> rates, List<Payment> payments) {

        List<MonthLine> linesUpTo(YearMonth last) {
            if (assignments.isEmpty()) {
                return List.of();
            }
            return DuesLedger.months(
                    memberId,
                    stays,
                    assignments,
                    rates,
                    payments,
                    YearMonth.from(assignments.get(0).validFrom()),
                    last);
        }

        /** The last of the months paid in full from the first owed one on, without a gap; null if none. */
        YearMonth paidThrough() {
            if (assignments.isEmpty()) {
                return null;
            }
            YearMonth through = null;
            for (MonthLine line : linesUpTo(YearMonth.now().plusMonths(DuesService.MONTHS_AHEAD))) {
                if (!line.paidInFull()) {
                    break;
                }
                through = line.month();
            }
            return through;
        }
    }
}
