package vn.dangvu.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.member.ExportRow;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.BodyName;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.shared.web.XlsxTable;

/**
 * Writes the registers as .xlsx (streamed) or .csv (UTF-8 with BOM, so Excel reads the accents) with
 * the import's headers, so that an export imports back unchanged. CSV cells that start with =, +, - or @
 * get an apostrophe in front, so that a spreadsheet never runs them as formulas.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class RegisterExport {

    private final MemberService members;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final CommitteeMemberships committees;

    public void members(Actor actor, MemberSearch search, ImportFormat format, OutputStream out) throws IOException {
        Map<String, String> seats = seatsToday(actor);
        try (Table table = table(format, out, RegisterColumns.MEMBERS)) {
            IOException[] failure = {null};
            members.export(actor, search, row -> {
                try {
                    table.row(memberCells(row, seats.getOrDefault(row.person().idNumber(), "")));
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    public void branches(Actor actor, ImportFormat format, OutputStream out) throws IOException {
        List<UnitView> branches = organisation.subtreeOfKinds(actor.scope(), UnitKind.BRANCH_KINDS, true);
        Map<Long, UnitView> communes =
                organisation.findAll(branches.stream().map(UnitView::parentId).toList());
        try (Table table = table(format, out, RegisterColumns.BRANCHES)) {
            for (UnitView branch : branches) {
                table.row(List.of(
                        communes.get(branch.parentId()).name(), branch.name(), BranchRows.label(branch.kind())));
            }
        }
    }

    /** The import template: the headers and one example row. */
    public void template(ImportKind kind, OutputStream out) throws IOException {
        if (kind == ImportKind.BRANCHES) {
            try (Table table = table(ImportFormat.XLSX, out, RegisterColumns.BRANCHES)) {
                table.row(List.of("Xã Thông Bình", "Chi bộ Ấp Bình Thạnh", "Ấp"));
            }
            return;
        }
        if (kind == ImportKind.DUES) {
            try (Table table = table(ImportFormat.XLSX, out, RegisterColumns.DUES)) {
                table.row(List.of("087080012345", "01/2026", "25000", LocalDate.of(2026, 1, 5), "Tiền mặt", ""));
                table.row(List.of(
                        "30012345", "01/2026", "30000", LocalDate.of(2026, 1, 20), "Trực tuyến", "DVC2026012000123"));
            }
            return;
        }
        try (Table table = table(ImportFormat.XLSX, out, RegisterColumns.MEMBERS_IMPORTED)) {
            table.row(memberCells(ExportRow.of(new ExportRow.Person(
                    "Nguyễn Văn A",
                    LocalDate.of(1980, 5, 15),
                    vn.dangvu.member.Gender.MALE,
                    "087080012345",
                    "30012345",
                    LocalDate.of(2005, 3, 2),
                    LocalDate.of(2006, 3, 2),
                    "Xã Thông Bình",
                    "Chi bộ Ấp Bình Thạnh",
                    "Ấp Bình Thạnh",
                    "Công chức Tư pháp - Hộ tịch",
                    "UBND xã Thông Bình",
                    vn.dangvu.member.MemberGroup.COMMUNE_CIVIL_SERVANT))));
        }
    }

    /**
     * The "Cấp ủy" cell of each member of the scope by ID number: the seats held today, e.g. "Ủy viên BCH Đảng
     * ủy xã Tân Thành (2020–2025)", the committees named from their units (two statements in all).
     */
    private Map<String, String> seatsToday(Actor actor) {
        Map<String, List<CommitteeMemberships.Seat>> seats = committees.seatsOn(actor.scopePath(), LocalDate.now());
        Map<Long, UnitView> units = organisation.findAll(seats.values().stream()
                .flatMap(List::stream)
                .map(CommitteeMemberships.Seat::unitId)
                .distinct()
                .toList());
        Locale vietnamese = Locale.forLanguageTag("vi");
        Map<String, String> cells = new HashMap<>();
        seats.forEach((idNumber, held) -> cells.put(
                idNumber,
                String.join(
                        "; ",
                        held.stream()
                                .map(seat -> {
                                    BodyName committee =
                                            units.get(seat.unitId()).committee();
                                    String body = messages.getMessage(
                                            committee.key(), new Object[] {committee.place()}, vietnamese);
                                    String role = messages.getMessage(
                                            "register.seat." + seat.role().name(), null, vietnamese);
                                    return seat.term() == null
                                            ? messages.getMessage(
                                                    "register.seat", new Object[] {role, body}, vietnamese)
                                            : messages.getMessage(
                                                    "register.seat.term",
                                                    new Object[] {role, body, seat.term()},
                                                    vietnamese);
                                })
                                .toList())));
        return cells;
    }

    /** A member's cells with no seats: the import template's example. */
    private List<Object> memberCells(ExportRow r) {
        return memberCells(r, "");
    }

    private List<Object> memberCells(ExportRow r, String seats) {
        ExportRow.Person p = r.person();
        ExportRow.Exemption e = r.exemption();
        ExportRow.Leaving l = r.leaving();
        List<Object> cells = new ArrayList<>();
        cells.add(p.fullName());
        cells.add(p.birthDate());
        cells.add(p.gender() == vn.dangvu.member.Gender.MALE ? "Nam" : "Nữ");
        cells.add(p.idNumber());
        cells.add(p.partyCardNumber() == null ? "" : p.partyCardNumber());
        cells.add(p.admittedOn());
        cells.add(p.fullMemberOn());
        cells.add(p.communeName());
        cells.add(p.branchName());
        cells.add(p.residenceName() == null ? "" : p.residenceName());
        cells.add(p.position() == null ? "" : p.position());
        cells.add(p.workplace() == null ? "" : p.workplace());
        cells.add(CellValues.label(messages, p.group(), "vi"));
        cells.add(p.fullMemberOn() == null ? "Dự bị" : "Chính thức");
        cells.add(CellValues.labelOf(messages, e.exemptionKind()));
        cells.add(e.exemptionFrom());
        cells.add(e.exemptionTo());
        cells.add(e.exemptionResolution() == null ? "" : e.exemptionResolution());
        cells.add(e.exemptionResolutionOn());
        cells.add(e.exemptionDecidedBy() == null ? "" : e.exemptionDecidedBy());
        cells.add(CellValues.labelOf(messages, l.leftReason()));
        cells.add(l.leftOn());
        cells.add(l.leavingGround() == null ? "" : l.leavingGround());
        cells.add(l.leavingDecision() == null ? "" : l.leavingDecision());
        cells.add(l.leavingDecisionOn());
        cells.add(l.leavingDecidedBy() == null ? "" : l.leavingDecidedBy());
        cells.add(seats);
        return cells;
    }

    private static Table table(ImportFormat format, OutputStream out, List<String> headers) throws IOException {
        Table table = format == ImportFormat.XLSX ? new XlsxRows(out) : new CsvTable(out);
        table.row(new ArrayList<>(headers));
        return table;
    }

    private interface Table extends AutoCloseable {
        void row(List<Object> cells) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** The shared streaming sheet, behind the export's table interface. */
    private static final class XlsxRows implements Table {
        private final XlsxTable table;

        XlsxRows(OutputStream out) {
            this.table = new XlsxTable(out, "Danh sách");
        }

        @Override
        public void row(List<Object> cells) {
            table.row(cells);
        }

        @Override
        public void close() throws IOException {
            table.close();
        }
    }

    private static final class CsvTable implements Table {
        private final Writer writer;
        private final CSVPrinter printer;

        CsvTable(OutputStream out) throws IOException {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            List<String> texts = new ArrayList<>(cells.size());
            for (Object value : cells) {
                String text = value instanceof LocalDate d
                        ? LocalDateFormatter.DISPLAY.format(d)
                        : value == null ? "" : value.toString();
                texts.add(!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
            }
            printer.printRecord(texts);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            writer.flush();
        }
    }
}
