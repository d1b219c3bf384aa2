package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.dues.DuesBook.Ledger;
import vn.dangvu.dues.DuesBook.Ledgers;
import vn.dangvu.dues.domain.Assignment;
import vn.dangvu.dues.domain.Category;
import vn.dangvu.dues.domain.DuesStore;
import vn.dangvu.dues.domain.Payment;
import vn.dangvu.dues.domain.Rate;
import vn.dangvu.dues.domain.Share;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violations;

/**
 * The dues use cases: rates and shares (district staff), a member's category and base, a branch's month on
 * one screen, and what other modules read of the ledger (the last month paid in full, for the transfer
 * letter). Every write is checked by {@link DuesPolicy}, all or nothing, and audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DuesService {

    static final String RATE = "DUES_RATE";
    static final String SHARE = "DUES_SHARE";
    static final String MEMBER = "MEMBER";
    static final String UNIT = "UNIT";

    /** How far ahead a payment may reach: two years of months. */
    static final int MONTHS_AHEAD = 24;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DuesStore store;
    private final DuesBook book;
    private final DuesPolicy policy;
    private final MemberService members;
    private final OrganisationService organisation;
    private final AuditLog audit;

    public DuesPages.Start start(Actor actor, YearMonth month) {
        return new DuesPages.Start(
                organisation.choices(actor.scope(), UnitKind.BRANCH_KINDS, true), month, policy.may(actor));
    }

    // ---- rates and shares ----

    public DuesPages.Rates rates(Actor actor) {
        return new DuesPages.Rates(store.categories(), store.rates(), store.shares(), policy.may(actor));
    }

    @Transactional
    public long addRate(Actor actor, RateForm form) {
        policy.requireKeepRates(actor);
        Violations broken = new Violations();
        if (!store.categoryExists(form.category())) {
            broken.onField("category", "dues.rate.noSuchCategory");
        }
        Integer points = null;
        Long amount = null;
        if (form.kind() == RateKind.PERCENT) {
            points = Money.parsePercent(form.value()).orElse(null);
            if (points == null) {
                broken.onField("value", "dues.rate.badPercent", form.value());
            }
        } else {
            amount = Money.parse(form.value()).filter(a -> a <= 100_000_000).orElse(null);
            if (amount == null) {
                broken.onField("value", "dues.amount.invalid", form.value());
            }
        }
        List<Rate> same = store.rates().stream()
                .filter(r -> r.category().equals(form.category()))
                .toList();
        Dated<Rate> place = Dated.place(same, Rate::validFrom, Rate::validTo, form.validFrom());
        if (place.taken()) {
            broken.onField("validFrom", "dues.rate.sameDay", DAY.format(form.validFrom()));
        }
        broken.throwIfAny();
        place.cut().ifPresent(r -> store.closeRate(r.id(), form.validFrom()));
        long id = store.insertRate(
                new Rate(
                        0,
                        form.category(),
                        form.rule().strip(),
                        points,
                        amount,
                        form.validFrom(),
                        place.until(),
                        Texts.blankToNull(form.note())),
                actor.username());
        audit.record(
                actor,
                RATE,
                id,
                "CREATED",
                form.category() + ": " + (points != null ? points + " bp" : amount + " đ") + ", "
                        + DAY.format(form.validFrom()) + ", " + form.rule().strip());
        return id;
    }

    @Transactional
    public long addShare(Actor actor, ShareForm form) {
        policy.requireKeepRates(actor);
        Violations broken = new Violations();
        Integer points = Money.parsePercent(form.percent()).orElse(null);
        if (points == null) {
            broken.onField("percent", "dues.rate.badPercent", form.percent());
        }
        List<Share> same = store.shares().stream()
                .filter(s -> s.level().equals(form.level().name()))
                .toList();
        Dated<Share> place = Dated.place(same, Share::validFrom, Share::validTo, form.validFrom());
        if (place.taken()) {
            broken.onField("validFrom", "dues.rate.sameDay", DAY.format(form.validFrom()));
        }
        broken.throwIfAny();
        place.cut().ifPresent(s -> store.closeShare(s.id(), form.validFrom()));
        long id = store.insertShare(form.level().name(), points, form.validFrom(), place.until(), actor.username());
        audit.record(
                actor, SHARE, id, "CREATED", form.level() + ": " + points + " bp, " + DAY.format(form.validFrom()));
        return id;
    }

    // ---- a member's category and months ----

    public DuesPages.Member member(Actor actor, long memberId, int year) {
        MemberSummary member = policy.readMember(actor, memberId);
        Ledger ledger = ledgerOf(memberId, LocalDate.now());
        List<MonthLine> months = yearOf(ledger, year);
        List<MonthLine> owedSoFar = ledger.linesUpTo(YearMonth.now().minusMonths(1));
        List<Category> categories = store.categories();
        Map<String, String> names = names(categories);
        List<DuesPages.AssignmentRow> assignments = ledger.assignments().stream()
                .map(a -> new DuesPages.AssignmentRow(
                        a.category(),
                        names.getOrDefault(a.category(), a.category()),
                        a.base(),
                        a.reductionPercent(),
                        YearMonth.from(a.validFrom()),
                        a.validTo() == null ? null : YearMonth.from(a.validTo()).minusMonths(1)))
                .toList();
        return new DuesPages.Member(
                member,
                organisation.find(member.branchId()).orElseThrow(NotFoundException::new),
                year,
                assignments,
                months,
                ledger.paidThrough(),
                owedSoFar.stream().filter(MonthLine::unpaid).count(),
                owedSoFar.stream().mapToLong(MonthLine::remaining).sum(),
                categories,
                policy.may(actor));
    }

    @Transactional
    public void assign(Actor actor, long memberId, AssignmentForm form) {
        policy.writeMember(actor, memberId);
        Violations broken = new Violations();
        boolean known = store.categoryExists(form.category());
        if (!known) {
            broken.onField("category", "dues.rate.noSuchCategory");
        }
        Optional<YearMonth> from = Money.parseMonth(form.fromMonth());
        if (from.isEmpty()) {
            broken.onField("fromMonth", "dues.month.invalid", form.fromMonth());
        }
        Optional<YearMonth> to = Optional.empty();
        if (Texts.blankToNull(form.toMonth()) != null) {
            to = Money.parseMonth(form.toMonth());
            if (to.isEmpty()) {
                broken.onField("toMonth", "dues.month.invalid", form.toMonth());
            } else if (from.isPresent() && to.get().isBefore(from.get())) {
                broken.onField("toMonth", "dues.month.beforeFrom");
            }
        }
        Long base = null;
        if (Texts.blankToNull(form.base()) != null) {
            base = Money.parse(form.base()).orElse(null);
            if (base == null) {
                broken.onField("base", "dues.amount.invalid", form.base());
            }
        } else if (known && store.rates().stream().anyMatch(r -> r.category().equals(form.category()) && r.percent())) {
            broken.onField("base", "dues.base.required");
        }
        int reduction = form.reductionPercent() == null ? 0 : form.reductionPercent();
        if (!List.of(0, 30, 50, 70).contains(reduction)) {
            broken.onField("reductionPercent", "dues.reduction.invalid");
        } else if (reduction > 0 && from.isPresent()) {
            if (to.isEmpty()) {
                broken.onField("toMonth", "dues.reduction.needsEnd");
            } else if (to.get().isAfter(from.get().plusMonths(11))) {
                broken.onField("toMonth", "dues.reduction.tooLong");
            }
        }
        List<Assignment> existing = store.assignmentsOf(List.of(memberId));
        Dated<Assignment> place = from.map(
                        f -> Dated.place(existing, Assignment::validFrom, Assignment::validTo, f.atDay(1)))
                .orElse(null);
        if (place != null && place.taken()) {
            broken.onField("fromMonth", "dues.assignment.sameMonth", MONTH.format(from.get()));
        }
        broken.throwIfAny();
        LocalDate start = from.get().atDay(1);
        place.cut().ifPresent(a -> store.closeAssignment(a.id(), start));
        LocalDate end = to.map(t -> t.plusMonths(1).atDay(1)).orElse(null);
        if (place.until() != null && (end == null || end.isAfter(place.until()))) {
            end = place.until(); // a later change already recorded keeps its place
        }
        store.insertAssignment(
                new Assignment(0, memberId, form.category(), base, reduction, start, end, actor.username()),
                actor.username());
        if (reduction > 0 && place.until() == null) {
            // a reduction lasts at most 12 months: the member goes on in the same category at the full rate
            store.insertAssignment(
                    new Assignment(0, memberId, form.category(), base, 0, end, null, actor.username()),
                    actor.username());
        }
        audit.record(
                actor,
                MEMBER,
                memberId,
                "DUES_CATEGORY_SET",
                form.category() + (base == null ? "" : ", " + base + " đ")
                        + (reduction > 0 ? ", -" + reduction + "%" : "") + ", " + MONTH.format(from.get())
                        + to.map(t -> "–" + MONTH.format(t)).orElse(""));
    }

    // ---- a branch's month ----

    public DuesPages.Month month(Actor actor, long branchId, YearMonth month) {
        UnitView branch = policy.readBranch(actor, branchId);
        return monthOf(branch, month, policy.may(actor), LocalDate.now());
    }

    /** The screen's form: every payable member ticked off with what remains due, cash at the branch. */
    public MonthForm monthForm(DuesPages.Month page) {
        List<MonthForm.Row> rows = new ArrayList<>();
        for (DuesPages.MonthRow row : page.rows()) {
            long remaining = row.payable() ? row.line().remaining() : 0;
            rows.add(new MonthForm.Row(
                    row.member().id(), false, remaining > 0 ? String.valueOf(remaining) : "", "CASH", ""));
        }
        return new MonthForm(DAY.format(LocalDate.now()), rows);
    }

    DuesPages.Month monthOf(UnitView branch, YearMonth month, DuesPolicy.May may, LocalDate asOf) {
        List<MemberSummary> people = members.inBranchDuring(branch.id(), month.atDay(1), month.atEndOfMonth());
        List<Long> ids = people.stream().map(MemberSummary::id).toList();
        Ledgers ledgers = ledgersOf(ids, asOf);
        Map<String, String> names = names(store.categories());
        List<DuesPages.MonthRow> rows = new ArrayList<>();
        for (MemberSummary person : people) {
            MonthLine line = ledgers.line(person.id(), month).orElse(null);
            if (line != null && line.branchId() != branch.id()) {
                continue; // the month is owed where the member's latest stay of that month was
            }
            rows.add(new DuesPages.MonthRow(person, line == null ? null : names.get(line.category()), line));
        }
        long due = rows.stream()
                .filter(r -> r.line() != null && r.line().dueKnown())
                .mapToLong(r -> r.line().due())
                .sum();
        long paid = rows.stream()
                .filter(r -> r.line() != null)
                .mapToLong(r -> r.line().paid())
                .sum();
        long paidCount = rows.stream()
                .filter(r -> r.line() != null && r.line().paidInFull())
                .count();
        return new DuesPages.Month(branch, month, rows, due, paid, paidCount, may);
    }

    /**
     * Records the ticked payments of a branch's month at once. A payment above what remains due pays the
     * next months ahead, each up to its due; a payment below leaves the month partly paid. Every bad value
     * is reported at once and nothing is written.
     */
    @Transactional
    public int saveMonth(Actor actor, long branchId, YearMonth month, MonthForm form) {
        UnitView branch = policy.writeBranch(actor, branchId);
        LocalDate today = LocalDate.now();
        DuesPages.Month page = monthOf(branch, month, policy.may(actor), today);
        Map<Long, DuesPages.MonthRow> rows =
                page.rows().stream().collect(Collectors.toMap(r -> r.member().id(), Function.identity()));
        Ledgers ledgers = ledgersOf(List.copyOf(rows.keySet()), today);
        Violations broken = new Violations();
        LocalDate paidOn = today;
        if (Texts.blankToNull(form.getPaidOn()) != null) {
            var parsed = vn.dangvu.shared.Dates.parse(form.getPaidOn().strip());
            if (!parsed.ok()) {
                broken.onField(
                        "paidOn",
                        parsed.problem().messageKey(),
                        form.getPaidOn().strip());
                paidOn = null;
            } else if (parsed.date().isAfter(today)) {
                broken.onField("paidOn", "dues.paidOn.future");
                paidOn = null;
            } else if (parsed.date().getYear() < 1930) {
                broken.onField("paidOn", "dues.paidOn.tooEarly");
                paidOn = null;
            } else {
                paidOn = parsed.date();
            }
        }
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            MonthForm.Row typed = form.getRows().get(i);
            DuesPages.MonthRow row = typed.getMemberId() == null ? null : rows.get(typed.getMemberId());
            if (row == null) {
                throw new NotFoundException();
            }
            if (!typed.isPaid()) {
                continue;
            }
            String name = row.member().fullName();
            String field = "rows[" + i + "].";
            if (!row.payable()) {
                broken.onField(field + "amount", "dues.row.noDue", name);
                continue;
            }
            Long amount = Money.parse(typed.getAmount()).filter(a -> a > 0).orElse(null);
            if (amount == null) {
                broken.onField(field + "amount", "dues.row.badAmount", name, String.valueOf(typed.getAmount()));
            }
            String channel = typed.getChannel();
            String reference = Texts.blankToNull(typed.getReference());
            if (!"CASH".equals(channel) && !"ONLINE".equals(channel)) {
                broken.onField(field + "channel", "dues.row.badChannel", name);
            } else if ("ONLINE".equals(channel) && reference == null) {
                broken.onField(field + "reference", "dues.row.referenceRequired", name);
            }
            if (amount == null || paidOn == null) {
                continue;
            }
            List<Payment> spread = spread(ledgers, row.line(), amount, paidOn, channel, reference);
            long placed = spread.stream().mapToLong(Payment::amount).sum();
            if (placed < amount) {
                broken.onField(field + "amount", "dues.row.tooMuch", name, placed);
                continue;
            }
            payments.addAll(spread);
        }
        broken.throwIfAny();
        store.insertPayments(payments, actor.username());
        Map<Long, List<Payment>> byMember =
                payments.stream().collect(Collectors.groupingBy(Payment::memberId, HashMap::new, Collectors.toList()));
        byMember.forEach((memberId, paid) -> audit.record(
                actor,
                MEMBER,
                memberId,
                "DUES_PAID",
                paid.stream()
                                .map(p -> MONTH.format(p.month()) + ": " + p.amount() + " đ")
                                .collect(Collectors.joining(", "))
                        + " (" + paid.get(0).channel()
                        + (paid.get(0).reference() == null
                                ? ""
                                : " " + paid.get(0).reference()) + ", "
                        + DAY.format(paid.get(0).paidOn()) + ")"));
        audit.record(
                actor,
                UNIT,
                branch.id(),
                "DUES_MONTH_SAVED",
                MONTH.format(month) + ": " + byMember.size() + ", "
                        + payments.stream().mapToLong(Payment::amount).sum() + " đ");
        return byMember.size();
    }

    /** The amount laid over the month and, beyond what it still owes, the months after it, each up to its due. */
    private static List<Payment> spread(
            Ledgers ledgers, MonthLine first, long amount, LocalDate paidOn, String channel, String reference) {
        List<Payment> out = new ArrayList<>();
        long left = amount;
        for (int ahead = 0; ahead <= MONTHS_AHEAD && left > 0; ahead++) {
            YearMonth month = first.month().plusMonths(ahead);
            MonthLine line =
                    ahead == 0 ? first : ledgers.line(first.memberId(), month).orElse(null);
            if (line == null || !line.dueKnown() || line.branchId() != first.branchId()) {
                break;
            }
            long take = Math.min(left, line.remaining());
            if (take > 0) {
                out.add(new Payment(
                        0,
                        first.memberId(),
                        month,
                        first.branchId(),
                        take,
                        line.due(),
                        line.rateId(),
                        paidOn,
                        channel,
                        "ONLINE".equals(channel) ? reference : null,
                        null));
                left -= take;
            }
        }
        return out;
    }

    // ---- what other modules read ----

    public Optional<YearMonth> paidThrough(long memberId, LocalDate asOf) {
        return book.paidThrough(memberId, asOf);
    }

    /** The last month paid in full of each member as of its day (left out: none), read together. */
    public Map<Long, YearMonth> paidThrough(Map<Long, LocalDate> dayByMember) {
        return book.paidThrough(dayByMember);
    }

    /**
     * A member's months of a year (what was due, paid, when and how), for the member's year page, which has
     * checked the member's scope; empty when no category was ever set for them.
     */
    public List<MonthLine> monthsOf(long memberId, int year) {
        Ledger ledger = ledgerOf(memberId, LocalDate.now());
        if (ledger.assignments().isEmpty()) {
            return List.of();
        }
        return yearOf(ledger, year);
    }

    private static List<MonthLine> yearOf(Ledger ledger, int year) {
        return DuesLedger.months(
                ledger.memberId(),
                ledger.stays(),
                ledger.assignments(),
                ledger.rates(),
                ledger.payments(),
                YearMonth.of(year, 1),
                YearMonth.of(year, 12));
    }

    Ledgers ledgersOf(List<Long> memberIds, LocalDate asOf) {
        return book.ledgersOf(memberIds, asOf);
    }

    private Ledger ledgerOf(long memberId, LocalDate asOf) {
        return book.ledgerOf(memberId, asOf);
    }

    private static Map<String, String> names(List<Category> categories) {
        return categories.stream().collect(Collectors.toMap(Category::code, Category::name));
    }
}
