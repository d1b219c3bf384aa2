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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 *
 * <p>An .xlsx is a zip whose parts may expand far beyond the upload's size. Before POI opens it, every
 * part is inflated once into nothing, counting, and refused when over its limit: the shared strings,
 * which POI keeps in memory, have a limit of their own; a worksheet is streamed, but a text or tag over
 * {@link #MAX_XML_RUN} bytes or a row over {@link #MAX_ROW_BYTES} would still be built whole. So what a
 * read holds is bounded by the limits, whatever the file.
 */
final class TabularReader {

    /**
     * How many non-blank rows after the header, and how many columns up to the last filled cell, a file
     * may have; how many bytes a part of an .xlsx may expand to: a worksheet (streamed) or a part that is
     * never read, the shared strings (kept in memory while the sheet is read), and any other XML part
     * (styles, workbook, relations: read whole).
     */
    record Limits(int rows, int columns, long partBytes, long sharedStringsBytes, long otherPartBytes) {}

    /**
     * The longest run of bytes without a {@code <} that an .xlsx's XML may hold: a text, or a tag with
     * its attributes. Excel's own limit for a cell is 32,767 characters, which is at most 192 KiB of
     * escaped UTF-8.
     */
    static final int MAX_XML_RUN = 256 * 1024;

    /** The most XML one worksheet row may take; a register's row takes a few kilobytes. */
    static final int MAX_ROW_BYTES = 4 * 1024 * 1024;

    /** Rows the streaming reader parses ahead: with {@link #MAX_ROW_BYTES}, what it holds is bounded. */
    private static final int ROW_CACHE = 10;

    /** POI's zip-bomb ratio, checked here too so that such a file is refused before it is inflated whole. */
    private static final int MAX_RATIO = 100;

    private static final int RATIO_GRACE_BYTES = 100 * 1024;

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
        Path copy = Files.createTempFile("dangvu-import-", ".xlsx");
        try {
            try (InputStream in = file.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            checkParts(copy, limits);
            readXlsx(copy, limits, consumer);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void readXlsx(Path file, Limits limits, RowConsumer consumer) throws IOException {
        DataFormatter formatter = new DataFormatter();
        RowCounter counter = new RowCounter(limits);
        try (Workbook workbook = StreamingReader.builder()
                .rowCacheSize(ROW_CACHE)
                .bufferSize(8192)
                .open(file.toFile())) {
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

    /**
     * Inflates every part of the zip once, reading its central directory as POI will, and keeps
     * nothing: a part over its limit, an XML text or tag over {@link #MAX_XML_RUN}, or a part that
     * expands more than POI's zip-bomb ratio is refused before POI reads any of it.
     */
    private static void checkParts(Path file, Limits limits) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[65_536];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                boolean sheet = name.startsWith("xl/worksheets/");
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                long limit = name.equals("xl/sharedstrings.xml")
                        ? limits.sharedStringsBytes()
                        : sheet || !xml ? limits.partBytes() : limits.otherPartBytes();
                long compressed = entry.getCompressedSize();
                if (compressed >= 0
                        && entry.getSize() > RATIO_GRACE_BYTES
                        && entry.getSize() > MAX_RATIO * compressed) {
                    throw new ImportFailedException("import.unreadable"); // as POI says of a zip bomb
                }
                long expanded = 0;
                XmlRuns runs = new XmlRuns(sheet);
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        expanded += read;
                        if (expanded > limit) {
                            throw new ImportFailedException(
                                    name.equals("xl/sharedstrings.xml")
                                            ? "import.sharedStringsTooLarge"
                                            : "import.partTooLarge",
                                    limit / (1024 * 1024));
                        }
                        if (compressed >= 0 && expanded > RATIO_GRACE_BYTES && expanded > MAX_RATIO * compressed) {
                            throw new ImportFailedException("import.unreadable");
                        }
                        if (xml) {
                            runs.scan(buffer, read);
                        }
                    }
                }
            }
        }
    }

    /**
     * Counts the bytes since the last {@code <} through one part, refusing a run over
     * {@link #MAX_XML_RUN}, and in a worksheet the bytes since the last {@code <row} (or
     * {@code <x:row}), refusing a row over {@link #MAX_ROW_BYTES}. A CDATA section, a comment or a
     * processing instruction may hold {@code <} but is read as one text: it is one run from its start to
     * its end ({@code ]]>}, {@code -->}, {@code ?>}).
     */
    private static final class XmlRuns {
        private static final int TEXT = 0;
        private static final int NAME = 1;
        private static final int BANG = 2;
        private static final int CDATA = 3;
        private static final int COMMENT = 4;
        private static final int INSTRUCTION = 5;
        private static final int DECLARATION = 6;
        private static final int TAG = 7;

        private final boolean sheet;
        private int state = TEXT;
        private long run;
        private long row;
        private final byte[] name = new byte[8];
        private int nameLength;
        private byte previous;
        private byte beforePrevious;

        XmlRuns(boolean sheet) {
            this.sheet = sheet;
        }

        void scan(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                switch (state) {
                    case NAME -> state = name(b);
                    case BANG -> state = b == '[' ? CDATA : b == '-' ? COMMENT : DECLARATION;
                    case CDATA -> state = ends(b, ']') ? TEXT : CDATA;
                    case COMMENT -> state = ends(b, '-') ? TEXT : COMMENT;
                    case INSTRUCTION -> state = b == '>' && previous == '?' ? TEXT : INSTRUCTION;
                    case DECLARATION, TAG -> state = b == '>' ? TEXT : state;
                    default -> {}
                }
                if (b == '<' && state == TEXT) {
                    run = 0;
                    nameLength = 0;
                    state = NAME;
                } else if (++run > MAX_XML_RUN) {
                    throw new ImportFailedException("import.textTooLong", MAX_XML_RUN / 1024);
                }
                if (sheet && ++row > MAX_ROW_BYTES) {
                    throw new ImportFailedException("import.rowTooLarge", MAX_ROW_BYTES / (1024 * 1024));
                }
                beforePrevious = previous;
                previous = b;
            }
        }

        /** The element's name, read up to its end: a row starts the count of the row's bytes again. */
        private int name(byte b) {
            if (nameLength == 0 && b == '!') {
                return BANG;
            }
            if (nameLength == 0 && b == '?') {
                return INSTRUCTION;
            }
            if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                if (isRow()) {
                    row = nameLength + 1;
                }
                return b == '>' ? TEXT : TAG;
            }
            if (b == ':') {
                nameLength = 0; // a namespace prefix
            } else if (nameLength < name.length) {
                name[nameLength++] = b;
            } else {
                return TAG;
            }
            return NAME;
        }

        private boolean isRow() {
            return nameLength == 3 && name[0] == 'r' && name[1] == 'o' && name[2] == 'w';
        }

        private boolean ends(byte b, char twice) {
            return b == '>' && previous == twice && beforePrevious == twice;
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
