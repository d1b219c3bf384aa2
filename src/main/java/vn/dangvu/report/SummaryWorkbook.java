package vn.dangvu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
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
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;

/**
 * The summary as an .xlsx workbook, one sheet per section, headers in the user's language, numbers as
 * number cells and the date as a date cell. Written with POI's streaming workbook straight to the
 * response, so rows are flushed to disk as they go rather than held in memory.
 */
@Component
public class SummaryWorkbook {

    private final MessageSource messages;

    SummaryWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public void write(Summary summary, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            Sheets sheets = new Sheets(workbook, styles, summary, locale);
            sheets.transfers();
            sheets.duties();
            sheets.meetings();
            sheets.communes();
            sheets.trend();
            sheets.engagement();
            workbook.write(out);
        }
    }

    private record Styles(CellStyle header, CellStyle date, CellStyle percent) {
        Styles(SXSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            percent.setDataFormat(workbook.createDataFormat().getFormat("0\"%\""));
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
                for (CampaignViews.Progress p : f.progress().communes()) {
                    row(
                            sheet,
                            r++,
                            f.campaign().name(),
                            f.campaign().directiveNumber(),
                            p.communeName(),
                            p.agencyDissolved(),
                            p.agencyBranches(),
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
                        t.agencyDissolved(),
                        t.agencyBranches(),
                        t.moved(),
                        t.cohort(),
                        t.receivingBranches());
            }
            row(sheet, r + 1, text("report.totalMoved"), "", "", "", "", summary.totalMoved());
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
                {"report.meetings.cadreRate", m.cadreAttendanceRate()},
                {"report.meetings.othersRate", m.othersAttendanceRate()},
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
                Row row = row(sheet, r++, c.name(), c.moved(), c.dutyCoverage(), c.attendanceRate(), c.directingTone());
                row.getCell(2).setCellStyle(styles.percent());
                row.getCell(3).setCellStyle(styles.percent());
            }
        }

        void trend() {
            Sheet sheet = sheet("report.sheet.trend");
            header(sheet, 2, "common.year", "report.meetings.held", "report.col.attendanceRate");
            int r = 3;
            for (BranchWorkViews.YearFigures y : summary.trend()) {
                Row row = row(sheet, r++, (long) y.year(), y.meetings(), y.attendanceRate());
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

        private Sheet sheet(String titleKey) {
            SXSSFSheet sheet = workbook.createSheet(text(titleKey));
            sheet.setColumnWidth(0, 40 * 256);
            for (int i = 1; i < 8; i++) {
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

        private Row row(Sheet sheet, int rowIndex, Object... values) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < values.length; i++) {
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
}
