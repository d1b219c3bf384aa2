package vn.dangvu.dues;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A branch's monthly collection list as an .xlsx (the summary workbook's style): headers in the user's
 * language, amounts as number cells in a thousands format so that Excel adds them up, and the total.
 */
@Component
@RequiredArgsConstructor
public class DuesWorkbook {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;

    public void write(DuesPages.CollectionList list, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet sheet = workbook.createSheet(text("dues.list.sheet", locale));
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(messages.getMessage(
                            "dues.list.title",
                            new Object[] {list.branch().name(), MONTH.format(list.month())},
                            locale));
            title.getCell(0).setCellStyle(header);
            String[] columns = {
                "dues.list.no",
                "dues.list.name",
                "dues.list.category",
                "dues.list.due",
                "dues.list.received",
                "dues.list.months",
                "dues.list.channel"
            };
            Row head = sheet.createRow(2);
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(text(columns[c], locale));
                head.getCell(c).setCellStyle(header);
            }
            int r = 3;
            int no = 1;
            for (DuesPages.ListRow row : list.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(no++);
                line.createCell(1).setCellValue(row.fullName());
                line.createCell(2).setCellValue(row.categoryName() == null ? "" : row.categoryName());
                if (row.due() != null) {
                    line.createCell(3).setCellValue(row.due());
                    line.getCell(3).setCellStyle(money);
                }
                line.createCell(4).setCellValue(row.received());
                line.getCell(4).setCellStyle(money);
                line.createCell(5)
                        .setCellValue(row.months().stream().map(MONTH::format).collect(Collectors.joining(", ")));
                line.createCell(6)
                        .setCellValue(
                                row.channel().isEmpty()
                                        ? ""
                                        : text(
                                                "enum.DuesChannel."
                                                        + row.channel().split(",")[0],
                                                locale));
            }
            Row total = sheet.createRow(r);
            total.createCell(1).setCellValue(text("dues.list.total", locale));
            total.getCell(1).setCellStyle(header);
            total.createCell(3).setCellValue(list.totalDue());
            total.getCell(3).setCellStyle(money);
            total.createCell(4).setCellValue(list.collected());
            total.getCell(4).setCellStyle(money);
            workbook.write(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
