package vn.dangvu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.member.MembershipChanges;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;
import vn.dangvu.transfer.CohortKind;

/**
 * The summary as an .xlsx workbook, one sheet per section, headers in the user's language, numbers as
 * number cells, rates as fractions in percent format and the date as a date cell. Written with POI's streaming workbook straight to the
 * response, so rows are flushed to disk as they go rather than held in memory.
 */
@Component
@RequiredArgsConstructor
public class SummaryWorkbook {

    private final MessageSource messages;

    public void write(Summary summary, Locale locale, OutputStream out) throws IOException {
        write(summary, locale, out, JobProgress.NONE);
    }

    /** The parts {@link #write(Summary, Locale, OutputStream, JobProgress)} advances by: its sheets, then the file. */
    static long parts(Summary summary) {
        return (summary.compliance() != null ? 8 : 7) + 1;
    }

    /** As {@link #write(Summary, Locale, OutputStream)}, advancing {@code progress} by one a sheet and one for the file. */
    void write(Summary summary, Locale locale, OutputStream out, JobProgress progress) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            Sheets sheets = new Sheets(workbook, styles, summary, locale);
            List<Runnable> parts = new ArrayList<>(List.of(
                    sheets::transfers,
                    sheets::memberChanges,
                    sheets::duties,
                    sheets::meetings,
                    sheets::communes,
                    sheets::trend,
                    sheets::engagement));
            if (summary.compliance() != null) {
                parts.add(sheets::compliance);
            }
            for (Runnable part : parts) {
                part.run();
                progress.advance(1);
            }
            workbook.write(out);
            progress.advance(1);
        }
    }

    private record Styles(CellStyle header, CellStyle date, CellStyle percent) {
        Styles(SXSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
    }

    private final class Sheets {
        private final SXSSFWorkbook workbook;
        private final Styles styles;
        private final Summary summary;
        private final Locale locale;

        Sheets(SXSSFWorkbook workbook, Styles styles, Summary summary, Locale locale) {
            this.workbook = workbook;
            this.styles = styles;
            this.summary = summary;
            this.locale = locale;
        }

        void transfers() {
            Sheet sheet = sheet("report.sheet.transfers");
            header(
                    sheet,
                    2,
                    "report.col.campaign",
                    "report.col.directive",
                    "report.col.commune",
                    "report.col.agencyDissolved",
                    "report.col.agencyTotal",
                    "report.col.moved",
                    "report.col.cohort",
                    "report.col.receiving");
            int r = 3;
            for (CampaignService.CampaignFigures f : summary.campaigns()) {
                // A campaign of one member group dissolves no agency branches: its columns stay empty.
                boolean agency = f.campaign().cohortKind() == CohortKind.AGENCY_BRANCHES;
                for (CampaignViews.Progress p : f.progress().communes()) {
                    row(
                            sheet,
                            r++,
                            f.campaign().name(),
                            f.campaign().directiveNumber(),
                            p.communeName(),
                            agency ? p.agencyDissolved() : null,
                            agency ? p.agencyBranches() : null,
                            p.moved(),
                            p.cohort(),
                            p.receivingBranches());
                }
                CampaignViews.Progress t = f.progress().total();
                row(
                        sheet,
                        r++,
                        f.campaign().name(),
                        f.campaign().directiveNumber(),
                        text("campaign.total"),
                        agency ? t.agencyDissolved() : null,
                        agency ? t.agencyBranches() : null,
                        t.moved(),
                        t.cohort(),
                        t.receivingBranches());
            }
            row(sheet, r + 1, text("report.totalMoved"), "", "", "", "", summary.totalMoved());
        }

        /** Tăng, giảm đảng viên: one row per unit, the scope first; the period's days in the title row. */
        void memberChanges() {
            Sheet sheet = sheet("report.sheet.changes");
            Summary.MemberChanges changes = summary.memberChanges();
            Row period = sheet.getRow(0);
            period.createCell(3).setCellValue(text("report.changes.from"));
            Cell from = period.createCell(4);
            from.setCellValue(changes.from());
            from.setCellStyle(styles.date());
            header(
                    sheet,
                    2,
                    "report.col.unit",
                    "report.changes.opening",
                    "report.changes.admitted",
                    "report.changes.transferredIn",
                    "report.changes.otherIn",
                    "report.changes.transferredOut",
                    "report.changes.removed",
                    "report.changes.resigned",
                    "report.changes.expelled",
                    "report.changes.died",
                    "report.changes.otherOut",
                    "report.changes.closing",
                    "report.changes.recognised",
                    "report.changes.closingProbationary");
            int r = 3;
            for (MembershipChanges.Row c : changes.rows()) {
                row(
                        sheet,
                        r++,
                        c.name(),
                        c.opening(),
                        c.admitted(),
                        c.transferredIn(),
                        c.otherIn(),
                        c.transferredOut(),
                        c.removed(),
                        c.resigned(),
                        c.expelled(),
                        c.died(),
                        c.otherOut(),
                        c.closing(),
                        c.recognised(),
                        c.closingProbationary());
            }
        }

        void duties() {
            Sheet sheet = sheet("report.sheet.duties");
            BranchWorkViews.DutyCoverage d = summary.duties();
            pairs(sheet, Map.of(), new Object[][] {
                {"report.duties.members", d.members()},
                {"report.duties.withDuty", d.withDuty()},
                {"report.duties.withoutDuty", d.withoutDuty()},
                {"report.duties.leaders", d.leaders()},
                {"report.duties.leadersWithDuty", d.leadersWithDuty()},
                {"report.duties.leadersWithoutDuty", d.leadersWithoutDuty()}
            });
        }

        void meetings() {
            Sheet sheet = sheet("report.sheet.meetings");
            BranchWorkViews.MeetingFigures m = summary.meetings();
            pairs(sheet, Map.of("report.meetings.cadreRate", true, "report.meetings.othersRate", true), new Object[][] {
                {"report.meetings.held", m.meetings()},
                {"report.meetings.cadreRate", fraction(m.cadrePresent(), m.cadreListed())},
                {"report.meetings.othersRate", fraction(m.othersPresent(), m.othersListed())},
                {"report.meetings.directing", m.directingTone()},
                {"report.meetings.contributed", m.contributed()},
                {"report.meetings.cadreContributed", m.cadreContributed()},
                {"report.meetings.liaisonVisits", m.liaisonVisits()}
            });
        }

        void communes() {
            Sheet sheet = sheet("report.sheet.communes");
            header(
                    sheet,
                    2,
                    "report.col.commune",
                    "report.col.moved",
                    "report.col.dutyCoverage",
                    "report.col.attendanceRate",
                    "report.col.directing");
            int r = 3;
            for (Summary.CommuneRow c : summary.communes()) {
                Row row = row(sheet, r++, c.name(), c.moved(), c.dutyShare(), c.attendanceShare(), c.directingTone());
                row.getCell(2).setCellStyle(styles.percent());
                row.getCell(3).setCellStyle(styles.percent());
            }
        }

        void trend() {
            Sheet sheet = sheet("report.sheet.trend");
            header(sheet, 2, "common.year", "report.meetings.held", "report.col.attendanceRate");
            int r = 3;
            for (BranchWorkViews.YearFigures y : summary.trend()) {
                Row row = row(sheet, r++, (long) y.year(), y.meetings(), fraction(y.present(), y.listed()));
                row.getCell(2).setCellStyle(styles.percent());
            }
        }

        void engagement() {
            Sheet sheet = sheet("report.sheet.engagement");
            Object[][] pairs = summary.engagement().entrySet().stream()
                    .map(e -> new Object[] {"report.engagement." + e.getKey(), e.getValue()})
                    .toArray(Object[][]::new);
            pairs(sheet, Map.of(), pairs);
        }

        /**
         * Meetings missed as of the day read: per commune (summed over its branches), then per branch (every
         * branch; the months and quarters missed as "4, 7", blank for none).
         */
        void compliance() {
            Sheet sheet = sheet("report.sheet.compliance");
            header(
                    sheet,
                    2,
                    "report.col.commune",
                    "report.compliance.branches",
                    "report.compliance.monthsMissed",
                    "report.compliance.branchesMissingMonths",
                    "report.compliance.quartersMissed",
                    "report.compliance.branchesMissingQuarters");
            int r = 3;
            for (BranchWorkViews.CommuneCompliance c : summary.compliance().communes()) {
                row(
                        sheet,
                        r++,
                        c.name(),
                        c.branches(),
                        c.monthsMissed(),
                        c.branchesMissingMonths(),
                        c.quartersMissed(),
                        c.branchesMissingQuarters());
            }
            r++;
            header(
                    sheet,
                    r++,
                    "report.col.commune",
                    "report.compliance.branch",
                    "report.compliance.monthsMissed",
                    "report.compliance.months",
                    "report.compliance.quartersMissed",
                    "report.compliance.quarters");
            for (BranchWorkViews.BranchCompliance b : summary.compliance().branches()) {
                row(
                        sheet,
                        r++,
                        b.communeName(),
                        b.branchName(),
                        b.monthsMissed(),
                        b.missingMonths(),
                        b.quartersMissed(),
                        b.missingQuarters());
            }
        }

        private Sheet sheet(String titleKey) {
            SXSSFSheet sheet = workbook.createSheet(text(titleKey));
            sheet.setColumnWidth(0, 40 * 256);
            for (int i = 1; i < 13; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            Row title = sheet.createRow(0);
            Cell name = title.createCell(0);
            name.setCellValue(text(titleKey) + " — " + summary.scope().name());
            name.setCellStyle(styles.header());
            title.createCell(1).setCellValue(text("campaign.asOf"));
            Cell date = title.createCell(2);
            date.setCellValue(summary.asOf());
            date.setCellStyle(styles.date());
            return sheet;
        }

        private void header(Sheet sheet, int rowIndex, String... keys) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < keys.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(text(keys[i]));
                cell.setCellStyle(styles.header());
            }
        }

        private void pairs(Sheet sheet, Map<String, Boolean> percents, Object[][] pairs) {
            int r = 2;
            for (Object[] pair : pairs) {
                Row row = row(sheet, r++, text((String) pair[0]), pair[1]);
                if (percents.containsKey(pair[0])) {
                    row.getCell(1).setCellStyle(styles.percent());
                }
            }
        }

        /** A row of number and text cells; a null value leaves its cell out (a figure that does not apply). */
        private Row row(Sheet sheet, int rowIndex, Object... values) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (values[i] instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(values[i]));
                }
            }
            return row;
        }

        private String text(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }

    /** A rate as the fraction Excel computes with (0.85, shown 85% by the cell's format); 0 of nothing is 0. */
    static double fraction(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
