package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.dues.DuesBook.Ledgers;
import vn.dangvu.dues.domain.DuesStore;
import vn.dangvu.dues.domain.Payment;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.ForbiddenException;

/**
 * A dues sheet (the payments of members' months, one a row) checked against the ledger and recorded, for
 * the import, which reads the file, shows the preview and writes all or nothing. A row names a member of
 * the importer's scope by ID number or party card number, a month that is not in the future, what was paid
 * for it (at most what the month still owes: a sheet pays months, it does not spread money ahead), the day
 * and the channel; each member's month once in a file. Recorded as the month screen records: the payments
 * and one audit entry per member.
 */
@Component
@RequiredArgsConstructor
public class DuesSheets {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DuesPolicy policy;
    private final DuesStore store;
    private final DuesBook book;
    private final OrganisationService organisation;
    private final AuditLog audit;

    /** A sheet read by {@code actor}: its rows are checked (and recorded) a chunk at a time, in file order. */
    public Sheet open(Actor actor) {
        if (!policy.mayRecord(actor)) {
            throw new ForbiddenException();
        }
        return new Sheet(actor);
    }

    /** The cells of a sheet's row, as read; a cell that could not be read is null (the import said why). */
    public record Line(
            int rowNumber,
            String member,
            YearMonth month,
            Long amount,
            LocalDate paidOn,
            DuesChannel channel,
            String reference) {}

    public enum DuesChannel {
        CASH,
        ONLINE
    }

    /** The cell a problem lies in. */
    public enum Field {
        MEMBER,
        MONTH,
        AMOUNT,
        PAID_ON,
        REFERENCE
    }

    public record Problem(Field field, String messageKey, List<String> arguments) {}

    /** What a row does: recorded (new), nothing (paid 0, or recorded already), or refused with its problems. */
    public record Checked(Line line, String label, boolean records, List<Problem> problems) {}

    /** One pass over a sheet: remembers the members' months seen, so that a month is paid once per file. */
    public final class Sheet {

        private final Actor actor;
        private final Set<String> seen = new HashSet<>();
        private final LocalDate today = LocalDate.now();

        private Sheet(Actor actor) {
            this.actor = actor;
        }

        /** Checks a chunk of rows against the ledger as it stands (a few statements for the chunk). */
        public List<Checked> check(List<Line> lines) {
            Map<String, DuesStore.Numbered> byNumber = new HashMap<>();
            for (DuesStore.Numbered m : store.membersNumbered(
                    lines.stream().map(Line::member).filter(Objects::nonNull).collect(Collectors.toSet()))) {
                if (m.partyCardNumber() != null) {
                    byNumber.putIfAbsent(m.partyCardNumber(), m);
                }
                byNumber.put(m.idNumber(), m); // an ID number wins over a card number that happens to equal it
            }
            Ledgers ledgers = book.ledgersOf(
                    byNumber.values().stream()
                            .map(DuesStore.Numbered::id)
                            .distinct()
                            .toList(),
                    today);
            Map<Long, UnitView> branches = new HashMap<>();
            List<Checked> out = new ArrayList<>();
            List<MonthLine> lineOf = new ArrayList<>();
            for (Line line : lines) {
                DuesStore.Numbered member = line.member() == null ? null : byNumber.get(line.member());
                MonthLine month = member == null || line.month() == null
                        ? null
                        : ledgers.line(member.id(), line.month()).orElse(null);
                lineOf.add(month);
                if (month != null) {
                    branches.put(month.branchId(), null);
                }
            }
            branches.putAll(organisation.findAll(branches.keySet()));
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                DuesStore.Numbered member = line.member() == null ? null : byNumber.get(line.member());
                out.add(check(line, member, lineOf.get(i), branches, ledgers));
            }
            return out;
        }

        private Checked check(
                Line line, DuesStore.Numbered member, MonthLine month, Map<Long, UnitView> branches, Ledgers ledgers) {
            List<Problem> problems = new ArrayList<>();
            String label = (member == null ? line.member() : member.fullName())
                    + (line.month() == null ? "" : " — " + MONTH.format(line.month()));
            if (line.member() != null && member == null) {
                problems.add(problem(Field.MEMBER, "dues.import.memberNotFound", line.member()));
            }
            if (line.month() != null && line.month().isAfter(YearMonth.from(today))) {
                problems.add(problem(Field.MONTH, "dues.import.futureMonth"));
            }
            if (line.paidOn() != null && line.paidOn().isAfter(today)) {
                problems.add(problem(Field.PAID_ON, "dues.paidOn.future"));
            } else if (line.paidOn() != null && line.paidOn().getYear() < 1930) {
                problems.add(problem(Field.PAID_ON, "dues.paidOn.tooEarly"));
            }
            if (line.channel() == DuesChannel.ONLINE && line.reference() == null) {
                problems.add(problem(Field.REFERENCE, "dues.import.referenceRequired"));
            }
            if (member != null && line.month() != null && !seen.add(member.id() + "/" + line.month())) {
                problems.add(problem(Field.MONTH, "import.error.duplicateInFile"));
            }
            boolean recordedAlready = false;
            if (member != null && line.month() != null) {
                UnitView branch = month == null ? null : branches.get(month.branchId());
                if (month == null) {
                    problems.add(problem(Field.MONTH, "dues.import.notInBranch"));
                } else if (branch == null || !actor.covers(branch.path())) {
                    problems.add(problem(Field.MEMBER, "dues.import.otherScope"));
                } else if (!month.dueKnown()) {
                    problems.add(problem(Field.MONTH, "dues.import.noDue"));
                } else if (line.amount() != null && line.amount() > 0) {
                    recordedAlready = recorded(ledgers, line, member.id());
                    if (!recordedAlready && line.amount() > month.remaining()) {
                        problems.add(problem(
                                Field.AMOUNT,
                                "dues.import.tooMuch",
                                String.format("%,d", month.remaining()).replace(',', '.'),
                                MONTH.format(line.month())));
                    }
                }
            }
            boolean readable = line.member() != null
                    && line.month() != null
                    && line.amount() != null
                    && line.paidOn() != null
                    && line.channel() != null;
            return new Checked(
                    line,
                    label,
                    problems.isEmpty() && readable && line.amount() > 0 && !recordedAlready,
                    List.copyOf(problems));
        }

        /**
         * Records the rows that record, as checked by {@link #check} in the same transaction: the payments
         * in one statement, one audit entry per member naming the file.
         */
        public void record(List<Checked> rows, String source) {
            List<Long> ids = new ArrayList<>();
            Map<String, Long> idOf = new HashMap<>();
            for (DuesStore.Numbered m : store.membersNumbered(rows.stream()
                    .filter(Checked::records)
                    .map(c -> c.line().member())
                    .collect(Collectors.toSet()))) {
                if (m.partyCardNumber() != null) {
                    idOf.putIfAbsent(m.partyCardNumber(), m.id());
                }
                idOf.put(m.idNumber(), m.id());
                ids.add(m.id());
            }
            Ledgers ledgers = book.ledgersOf(ids.stream().distinct().toList(), today);
            List<Payment> payments = new ArrayList<>();
            Map<Long, List<Payment>> byMember = new LinkedHashMap<>();
            for (Checked row : rows) {
                if (!row.records()) {
                    continue;
                }
                Line line = row.line();
                long memberId = idOf.get(line.member());
                MonthLine month = ledgers.line(memberId, line.month()).orElseThrow();
                Payment payment = new Payment(
                        0,
                        memberId,
                        line.month(),
                        month.branchId(),
                        line.amount(),
                        month.due(),
                        month.rateId(),
                        line.paidOn(),
                        line.channel().name(),
                        line.channel() == DuesChannel.ONLINE ? line.reference() : null,
                        null);
                payments.add(payment);
                byMember.computeIfAbsent(memberId, k -> new ArrayList<>()).add(payment);
            }
            store.insertPayments(payments, actor.username());
            audit.recordAll(
                    actor,
                    byMember.entrySet().stream()
                            .map(e -> new AuditLog.Change(
                                    DuesService.MEMBER,
                                    e.getKey(),
                                    "DUES_PAID",
                                    e.getValue().stream()
                                                    .map(p -> MONTH.format(p.month()) + ": " + p.amount() + " đ")
                                                    .collect(Collectors.joining(", "))
                                            + " (" + source + ")"))
                            .toList());
        }

        private boolean recorded(Ledgers ledgers, Line line, long memberId) {
            return ledgers.payments().getOrDefault(memberId, List.of()).stream()
                    .anyMatch(p -> p.month().equals(line.month())
                            && p.amount() == line.amount()
                            && p.paidOn().equals(line.paidOn())
                            && p.channel()
                                    .equals(
                                            line.channel() == null
                                                    ? null
                                                    : line.channel().name())
                            && Objects.equals(
                                    p.reference(), line.channel() == DuesChannel.ONLINE ? line.reference() : null));
        }
    }

    private static Problem problem(Field field, String key, String... arguments) {
        return new Problem(field, key, List.of(arguments));
    }
}
