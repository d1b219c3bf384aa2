package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.dues.domain.DuesStore;
import vn.dangvu.dues.domain.Payment;
import vn.dangvu.dues.domain.Share;
import vn.dangvu.dues.domain.Stay;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageView;

/**
 * What the dues add up to: arrears as of a day, what was collected and where it went, and a branch's
 * monthly collection list. Each reads a fixed number of statements and computes in memory with the same
 * rules as the ledger ({@link DuesLedger}, {@link DuesRules}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DuesReports {

    private final DuesStore store;
    private final DuesPolicy policy;
    private final DuesService dues;
    private final MemberService members;
    private final OrganisationService organisation;

    /**
     * Members of the unit's branches (in the reader's scope) with months not paid in full, counting the
     * months up to the one before {@code asOf}'s and the payments made up to {@code asOf}. "In a year" for
     * the removal ground is the twelve months before {@code asOf}'s month.
     */
    public DuesPages.Arrears arrears(Actor actor, Long unitId, LocalDate asOf, boolean groundOnly, int page) {
        UnitView unit = policy.readUnit(actor, unitId);
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        YearMonth yearFrom = last.minusMonths(11);
        List<Stay> stays = store.staysUnder(unit.path(), actor.scope(), LocalDate.of(1930, 1, 1), last.atEndOfMonth());
        List<Long> ids = stays.stream().map(Stay::memberId).distinct().toList();
        DuesBook.Ledgers ledgers = new DuesBook.Ledgers(
                stays.stream().collect(Collectors.groupingBy(Stay::memberId)),
                store.assignmentsOf(ids).stream()
                        .collect(Collectors.groupingBy(vn.dangvu.dues.domain.Assignment::memberId)),
                store.rates(),
                store.paymentsOf(ids, asOf).stream().collect(Collectors.groupingBy(Payment::memberId)));
        List<Owing> owing = new ArrayList<>();
        for (long id : ids) {
            List<MonthLine> unpaid = ledgers.linesUpTo(id, last).stream()
                    .filter(MonthLine::unpaid)
                    .toList();
            if (!unpaid.isEmpty()) {
                owing.add(new Owing(
                        id,
                        unpaid,
                        unpaid.stream()
                                .filter(l -> !l.month().isBefore(yearFrom))
                                .count()));
            }
        }
        Map<Long, MemberSummary> people = members
                .findAll(owing.stream().map(Owing::memberId).toList())
                .stream()
                .collect(Collectors.toMap(MemberSummary::id, m -> m));
        Set<Long> unitIds = new java.util.HashSet<>();
        owing.forEach(o -> unitIds.add(o.lines().get(o.lines().size() - 1).branchId()));
        people.values().forEach(m -> unitIds.add(m.branchId()));
        Map<Long, UnitView> units = organisation.findAll(unitIds);
        List<DuesPages.ArrearsRow> rows = owing.stream()
                .map(o -> {
                    MemberSummary m = people.get(o.memberId());
                    UnitView owedTo =
                            units.get(o.lines().get(o.lines().size() - 1).branchId());
                    UnitView now = units.get(m.branchId());
                    return new DuesPages.ArrearsRow(
                            o.memberId(),
                            m.fullName(),
                            owedTo == null ? "" : owedTo.name(),
                            o.lines().stream().map(MonthLine::month).toList(),
                            o.lines().stream().mapToLong(MonthLine::remaining).sum(),
                            o.inLastYear(),
                            now != null && actor.covers(now.path()));
                })
                .sorted(Comparator.comparing(DuesPages.ArrearsRow::branchName)
                        .thenComparing(DuesPages.ArrearsRow::fullName)
                        .thenComparing(DuesPages.ArrearsRow::memberId))
                .toList();
        List<DuesPages.ArrearsRow> shown =
                groundOnly ? rows.stream().filter(DuesPages.ArrearsRow::ground).toList() : rows;
        int size = PageView.DEFAULT_SIZE;
        int from = (int) Math.min((long) page * size, shown.size());
        List<DuesPages.ArrearsRow> items = shown.subList(from, Math.min(from + size, shown.size()));
        return new DuesPages.Arrears(
                unit,
                asOf,
                groundOnly,
                new PageView<>(items, page, size, shown.size()),
                rows.size(),
                rows.stream().filter(DuesPages.ArrearsRow::ground).count(),
                rows.stream().mapToLong(DuesPages.ArrearsRow::owed).sum());
    }

    private record Owing(long memberId, List<MonthLine> lines, long inLastYear) {}

    /**
     * What the unit's branches collected in each month of the year (payments received that month, whatever
     * months they pay), what each branch keeps, what the grassroots organisation keeps of what the branches
     * send it, and what goes upward — by the shares that hold on each month's last day (none set: nothing
     * kept, all goes upward, and the page says so).
     */
    public DuesPages.Collection collection(Actor actor, Long unitId, int year) {
        UnitView unit = policy.readUnit(actor, unitId);
        List<Payment> payments = store.paymentsReceived(
                unit.path(), actor.scope(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Share> shares = store.shares();
        Map<Long, Map<YearMonth, Long>> byBranch = new LinkedHashMap<>();
        for (Payment p : payments) {
            byBranch.computeIfAbsent(p.branchId(), b -> new TreeMap<>())
                    .merge(YearMonth.from(p.paidOn()), p.amount(), Long::sum);
        }
        Map<Long, UnitView> units = organisation.findAll(byBranch.keySet());
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(year, m), new long[4]);
        }
        List<DuesPages.CollectionBranch> branches = new ArrayList<>();
        boolean sharesSet = false;
        for (var branch : byBranch.entrySet()) {
            long collected = 0;
            long kept = 0;
            for (var month : branch.getValue().entrySet()) {
                int branchShare = DuesRules.shareFor(shares, ShareLevel.BRANCH.name(), month.getKey())
                        .orElse(0);
                int grassrootsShare = DuesRules.shareFor(shares, ShareLevel.GRASSROOTS.name(), month.getKey())
                        .orElse(0);
                sharesSet |= DuesRules.shareFor(shares, ShareLevel.BRANCH.name(), month.getKey())
                        .isPresent();
                long amount = month.getValue();
                long branchKept = DuesRules.percentOf(amount, branchShare);
                long remitted = amount - branchKept;
                long grassrootsKept = DuesRules.percentOf(remitted, grassrootsShare);
                long[] sums = months.get(month.getKey());
                sums[0] += amount;
                sums[1] += branchKept;
                sums[2] += grassrootsKept;
                sums[3] += remitted - grassrootsKept;
                collected += amount;
                kept += branchKept;
            }
            UnitView b = units.get(branch.getKey());
            branches.add(new DuesPages.CollectionBranch(
                    branch.getKey(), b == null ? "" : b.name(), collected, kept, collected - kept));
        }
        branches.sort(Comparator.comparing(DuesPages.CollectionBranch::name));
        List<DuesPages.CollectionMonth> rows = months.entrySet().stream()
                .map(e -> new DuesPages.CollectionMonth(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        DuesPages.CollectionMonth total = new DuesPages.CollectionMonth(
                null,
                rows.stream().mapToLong(DuesPages.CollectionMonth::collected).sum(),
                rows.stream().mapToLong(DuesPages.CollectionMonth::branchKept).sum(),
                rows.stream()
                        .mapToLong(DuesPages.CollectionMonth::grassrootsKept)
                        .sum(),
                rows.stream().mapToLong(DuesPages.CollectionMonth::upward).sum());
        return new DuesPages.Collection(unit, year, rows, branches, total, sharesSet);
    }

    /** The branch's collection list for a month: who is listed, what is due, what was received from whom. */
    public DuesPages.CollectionList collectionList(Actor actor, long branchId, YearMonth month) {
        UnitView branch = policy.readBranch(actor, branchId);
        DuesPages.Month page = dues.monthOf(branch, month, policy.may(actor), LocalDate.now());
        Map<Long, List<Payment>> received = new HashMap<>();
        store.paymentsReceived(branch.path(), actor.scope(), month.atDay(1), month.atEndOfMonth()).stream()
                .filter(p -> p.branchId() == branch.id())
                .forEach(p -> received.computeIfAbsent(p.memberId(), m -> new ArrayList<>())
                        .add(p));
        List<DuesPages.ListRow> rows = new ArrayList<>();
        for (DuesPages.MonthRow row : page.rows()) {
            List<Payment> paid = received.getOrDefault(row.member().id(), List.of());
            rows.add(new DuesPages.ListRow(
                    row.member().fullName(),
                    row.member().birthYear(),
                    row.categoryName(),
                    row.line() == null ? null : row.line().due(),
                    paid.stream().mapToLong(Payment::amount).sum(),
                    paid.stream().map(Payment::month).distinct().sorted().toList(),
                    paid.stream().map(Payment::channel).distinct().collect(Collectors.joining(","))));
        }
        String parent = branch.parentId() == null
                ? ""
                : organisation.find(branch.parentId()).map(UnitView::name).orElse("");
        return new DuesPages.CollectionList(
                branch,
                parent,
                month,
                rows,
                page.totalDue(),
                rows.stream().mapToLong(DuesPages.ListRow::received).sum());
    }
}
