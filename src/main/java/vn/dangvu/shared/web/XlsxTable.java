package vn.dangvu.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an .xlsx written as its rows come (POI's streaming workbook): the first row is the header, in
 * bold; dates are date cells (dd/mm/yyyy), whole numbers number cells, anything else text. Closing it writes
 * the workbook to the stream.
 */
public final class XlsxTable implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle date = workbook.createCellStyle();
    private final CellStyle header = workbook.createCellStyle();
    private final OutputStream out;
    private int next;

    public XlsxTable(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    public void row(List<?> cells) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = cells.get(i);
            if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof Integer || value instanceof Long) {
                cell.setCellValue(((Number) value).doubleValue());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                if (next == 0) {
                    cell.setCellStyle(header);
                }
            }
        }
        next++;
    }

    @Override
    public void close() throws IOException {
        workbook.write(out);
        workbook.close();
    }
}
