package vn.dangvu.importing;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * Excel date cell. A file with more rows or wider rows than {@link Limits} allow is refused with a
 * message before its rows are checked.
 */
final class TabularReader {

    /**
     * How many non-blank rows after the header, and how many columns up to the last filled cell, a file
     * may have.
     */
    record Limits(int rows, int columns) {}

    /** No spreadsheet has more columns (Excel's XFD): a CSV record with more fields is not a register. */
    static final int MAX_FIELDS = 16_384;

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

    /** Where a file's bytes come from; a CSV is read more than once, each time from the start. */
    interface Source {
        InputStream open() throws IOException;
    }

    /** Calls {@code row} for every row, the header first, with its 1-based row number. */
    static void read(Source file, Format format, Limits limits, RowConsumer row) throws IOException {
        if (format == Format.XLSX) {
            readXlsx(file, limits, row);
        } else {
            readCsv(file, limits, row);
        }
    }

    interface RowConsumer {
        void accept(int rowNumber, List<Object> cells);
    }

    private static void readXlsx(Source file, Limits limits, RowConsumer consumer) throws IOException {
        DataFormatter formatter = new DataFormatter();
        RowCounter counter = new RowCounter(limits);
        try (InputStream in = file.open();
                Workbook workbook = StreamingReader.builder()
                        .rowCacheSize(200)
                        .bufferSize(8192)
                        .open(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                int width = Math.max(0, row.getLastCellNum());
                if (width > limits.columns()) {
                    // formatted but empty cells far to the right do not count
                    width = lastFilledColumn(row, formatter) + 1;
                    if (width > limits.columns()) {
                        throw new ImportFailedException("import.tooManyColumns", limits.columns());
                    }
                }
                List<Object> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(value(cell, formatter));
                }
                counter.count(cells);
                consumer.accept(row.getRowNum() + 1, cells);
            }
        }
    }

    private static int lastFilledColumn(Row row, DataFormatter formatter) {
        int last = -1;
        for (Cell cell : row) {
            if (!CellValues.text(value(cell, formatter)).isEmpty()) {
                last = Math.max(last, cell.getColumnIndex());
            }
        }
        return last;
    }

    /** Counts the non-blank rows as they come and stops the read when there are too many. */
    private static final class RowCounter {
        private final Limits limits;
        private long rows;

        RowCounter(Limits limits) {
            this.limits = limits;
        }

        void count(List<Object> cells) {
            if (!Headers.blank(cells) && ++rows > limits.rows() + 1L) { // the header is a row too
                throw new ImportFailedException("import.tooManyRows", limits.rows());
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

    private static void readCsv(Source file, Limits limits, RowConsumer consumer) throws IOException {
        char delimiter = delimiterOf(file);
        checkCsvShape(file, delimiter, limits);
        RowCounter counter = new RowCounter(limits);
        try (Reader reader = bomless(file.open());
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
                int width = cells.size();
                while (width > limits.columns()
                        && CellValues.text(cells.get(width - 1)).isEmpty()) {
                    width--;
                }
                if (width > limits.columns()) {
                    throw new ImportFailedException("import.tooManyColumns", limits.columns());
                }
                List<Object> row = width == cells.size() ? cells : new ArrayList<>(cells.subList(0, width));
                counter.count(row);
                consumer.accept(number, row);
            }
        }
    }

    /**
     * Goes through the file once, character by character, before the CSV parser builds any record: a
     * single line of millions of delimiters, or millions of short lines, is refused without being held
     * in memory. Delimiters inside quotes do not count; trailing empty fields do not make a row wide.
     */
    private static void checkCsvShape(Source file, char delimiter, Limits limits) throws IOException {
        try (Reader reader = new BufferedReader(bomless(file.open()), 65_536)) {
            boolean quoted = false;
            int field = 0;
            int lastFilled = -1;
            long rows = 0;
            int c;
            while (true) {
                c = reader.read();
                boolean endOfRecord = c == -1 || (!quoted && (c == '\n' || c == '\r'));
                if (endOfRecord) {
                    if (lastFilled >= limits.columns()) {
                        throw new ImportFailedException("import.tooManyColumns", limits.columns());
                    }
                    if (lastFilled >= 0 && ++rows > limits.rows() + 1L) {
                        throw new ImportFailedException("import.tooManyRows", limits.rows());
                    }
                    if (c == -1) {
                        return;
                    }
                    field = 0;
                    lastFilled = -1;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == delimiter && !quoted) {
                    if (++field >= MAX_FIELDS) {
                        throw new ImportFailedException("import.tooManyColumns", limits.columns());
                    }
                } else if (!Character.isWhitespace(c)) {
                    lastFilled = field;
                }
            }
        }
    }

    /** Semicolon when the header line has more semicolons than commas (Excel in Vietnamese locale). */
    private static char delimiterOf(Source file) throws IOException {
        try (BufferedReader reader = new BufferedReader(bomless(file.open()))) {
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
