package vn.dangvu.importing;

import static vn.dangvu.importing.RegisterColumns.DUES_AMOUNT;
import static vn.dangvu.importing.RegisterColumns.DUES_CHANNEL;
import static vn.dangvu.importing.RegisterColumns.DUES_MEMBER;
import static vn.dangvu.importing.RegisterColumns.DUES_MONTH;
import static vn.dangvu.importing.RegisterColumns.DUES_PAID_ON;
import static vn.dangvu.importing.RegisterColumns.DUES_REFERENCE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.dues.DuesSheets;
import vn.dangvu.dues.Money;
import vn.dangvu.shared.Texts;

/**
 * Reads dues sheet rows (member, month, amount, day, channel, reference) and has {@link DuesSheets} check
 * them against the ledger, a chunk at a time; when writing, each checked chunk is recorded before the next
 * is read.
 */
final class DuesRows extends FileRows {

    private static final int CHUNK = 500;

    private static final Map<DuesSheets.Field, String> COLUMNS = Map.of(
            DuesSheets.Field.MEMBER, DUES_MEMBER,
            DuesSheets.Field.MONTH, DUES_MONTH,
            DuesSheets.Field.AMOUNT, DUES_AMOUNT,
            DuesSheets.Field.PAID_ON, DUES_PAID_ON,
            DuesSheets.Field.REFERENCE, DUES_REFERENCE);

    private final DuesSheets.Sheet sheet;
    private final List<DuesSheets.Line> chunk = new ArrayList<>();
    private final Map<Integer, List<RowOutcome.RowError>> cellErrors = new HashMap<>();

    DuesRows(FileRows.Run run, DuesSheets sheets) {
        super(run, RegisterColumns.DUES, RegisterColumns.DUES_REQUIRED);
        this.sheet = sheets.open(run.actor());
    }

    static YearMonth month(Object cell) {
        if (cell instanceof LocalDate day) {
            return YearMonth.from(day); // Excel turns a typed "03/2026" into 1 March 2026
        }
        return Money.parseMonth(CellValues.text(cell))
                .orElseThrow(() -> new IllegalArgumentException("dues.import.month"));
    }

    static Long amount(Object cell) {
        return Money.parse(CellValues.text(cell)).orElseThrow(() -> new IllegalArgumentException("dues.import.amount"));
    }

    static DuesSheets.DuesChannel channel(Object cell) {
        return switch (RegisterColumns.key(CellValues.text(cell))) {
            case "tienmat", "cash" -> DuesSheets.DuesChannel.CASH;
            case "tructuyen", "online" -> DuesSheets.DuesChannel.ONLINE;
            default -> throw new IllegalArgumentException("dues.import.channel");
        };
    }

    @Override
    void read(int rowNumber, Cells row, List<RowOutcome.RowError> errors) {
        String member = row.text(DUES_MEMBER);
        if (member.isEmpty()) {
            errors.add(new RowOutcome.RowError(DUES_MEMBER, "import.error.required"));
        }
        chunk.add(new DuesSheets.Line(
                rowNumber,
                member.isEmpty() ? null : member,
                row.parse(DUES_MONTH, DuesRows::month, errors, true),
                row.parse(DUES_AMOUNT, DuesRows::amount, errors, true),
                row.parse(DUES_PAID_ON, CellValues::date, errors, true),
                row.parse(DUES_CHANNEL, DuesRows::channel, errors, true),
                Texts.blankToNull(row.text(DUES_REFERENCE))));
        if (!errors.isEmpty()) {
            cellErrors.put(rowNumber, errors);
        }
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<DuesSheets.Checked> checked = sheet.check(chunk);
        for (DuesSheets.Checked c : checked) {
            List<RowOutcome.RowError> errors =
                    new ArrayList<>(cellErrors.getOrDefault(c.line().rowNumber(), List.of()));
            c.problems()
                    .forEach(p ->
                            errors.add(new RowOutcome.RowError(COLUMNS.get(p.field()), p.messageKey(), p.arguments())));
            run.outcomes()
                    .accept(
                            !errors.isEmpty()
                                    ? RowOutcome.error(c.line().rowNumber(), c.label(), errors)
                                    : new RowOutcome(
                                            c.line().rowNumber(),
                                            c.records() ? RowOutcome.Outcome.NEW : RowOutcome.Outcome.UNCHANGED,
                                            c.label(),
                                            List.of()));
        }
        if (run.write()) {
            sheet.record(checked, run.source());
        }
        chunk.clear();
        cellErrors.clear();
    }
}
