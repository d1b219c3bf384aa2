package vn.dangvu.member.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.member.BadgeViews;

/**
 * Those due a Party badge on an award day as an .xlsx: one header row, then one row per member, dates as
 * date cells and numbers as number cells, written with POI's streaming workbook as the rows come.
 */
@Component
@RequiredArgsConstructor
class BadgeWorkbook {

    private static final String[] HEADERS = {
        "badge.col.fullName",
        "badge.col.birthDate",
        "badge.col.commune",
        "badge.col.branch",
        "badge.col.admittedOn",
        "badge.col.fullMemberOn",
        "badge.col.interruptedDays",
        "badge.col.partyAge",
        "badge.col.years",
        "badge.col.reachedOn",
        "badge.col.awarded",
        "badge.col.awardDay"
    };

    private final MessageSource messages;

    void write(LocalDate awardDay, Consumer<Consumer<BadgeViews.Due>> source, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet sheet = workbook.createSheet(messages.getMessage("badge.sheet", null, locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(messages.getMessage(HEADERS[i], null, locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 ? 28 : 16) * 256);
            }
            int[] r = {1};
            source.accept(due -> {
                Row row = sheet.createRow(r[0]++);
                row.createCell(0).setCellValue(due.fullName());
                dateCell(row, 1, due.birthDate(), date);
                row.createCell(2).setCellValue(due.communeName() == null ? "" : due.communeName());
                row.createCell(3).setCellValue(due.branchName());
                dateCell(row, 4, due.admittedOn(), date);
                dateCell(row, 5, due.fullMemberOn(), date);
                row.createCell(6).setCellValue(due.interruptedDays());
                row.createCell(7).setCellValue(due.partyAge());
                row.createCell(8).setCellValue(due.years());
                dateCell(row, 9, due.reachedOn(), date);
                row.createCell(10).setCellValue(due.awarded() == null ? "" : due.awarded());
                dateCell(row, 11, awardDay, date);
            });
            workbook.write(out);
        }
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
