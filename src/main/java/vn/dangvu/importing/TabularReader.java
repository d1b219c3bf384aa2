package vn.dangvu.importing;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the first sheet of an .xlsx, or a .csv (UTF-8 with or without BOM, comma or semicolon), one row
 * at a time, so that a large file never sits in memory. A cell is a String, or a LocalDate for a real
 * Excel date cell.
 */
final class TabularReader {

    enum Format {
        XLSX,
        CSV
    }

    private TabularReader() {}

    static Format formatOf(String filename) {
        String lower = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        return null;
    }

    /** Calls {@code row} for every row, the header first, with its 1-based row number. */
    static void read(Path file, Format format, RowConsumer row) throws IOException {
        if (format == Format.XLSX) {
            readXlsx(file, row);
        } else {
            readCsv(file, row);
        }
    }

    interface RowConsumer {
        void accept(int rowNumber, List<Object> cells);
    }

    private static void readXlsx(Path file, RowConsumer consumer) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = StreamingReader.builder()
                        .rowCacheSize(200)
                        .bufferSize(8192)
                        .open(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(value(cell, formatter));
                }
                consumer.accept(row.getRowNum() + 1, cells);
            }
        }
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15
                    ? String.valueOf((long) number)
                    : formatter.formatCellValue(cell);
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static void readCsv(Path file, RowConsumer consumer) throws IOException {
        char delimiter = delimiterOf(file);
        try (Reader reader = bomless(Files.newInputStream(file));
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .get()
                        .parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            int number = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                List<Object> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(value.trim()));
                consumer.accept(number, cells);
            }
        }
    }

    /** Semicolon when the header line has more semicolons than commas (Excel in Vietnamese locale). */
    private static char delimiterOf(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(bomless(Files.newInputStream(file)))) {
            String header = reader.readLine();
            if (header == null) {
                return ',';
            }
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ',';
        }
    }

    private static Reader bomless(InputStream in) throws IOException {
        java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int read = pushback.read(bom, 0, 3);
        boolean isBom = read == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF;
        if (!isBom && read > 0) {
            pushback.unread(bom, 0, read);
        }
        return new InputStreamReader(pushback, StandardCharsets.UTF_8);
    }
}
