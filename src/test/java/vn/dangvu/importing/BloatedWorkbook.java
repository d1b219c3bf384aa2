package vn.dangvu.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx as a scan found it: a small sheet and a shared-strings part of many distinct long
 * strings that deflates about 68 times, under the 100 times that POI refuses as a zip bomb.
 */
final class BloatedWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private BloatedWorkbook() {}

    /** The shared strings: long ones that deflate about 68 times, or many short ones, each a few words. */
    enum Strings {
        LONG,
        SHORT
    }

    /** Writes the file with shared strings of at least {@code sharedStringBytes} bytes; returns their exact size. */
    static long write(Path file, long sharedStringBytes, Strings kind) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            frame(zip, STYLES);
            // three rows of two cells, each a different shared string
            StringBuilder sheet = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            for (int r = 1; r <= 3; r++) {
                sheet.append("<row r=\"").append(r).append("\">");
                sheet.append("<c r=\"A")
                        .append(r)
                        .append("\" t=\"s\"><v>")
                        .append(2 * r - 2)
                        .append("</v></c>");
                sheet.append("<c r=\"B")
                        .append(r)
                        .append("\" t=\"s\"><v>")
                        .append(2 * r - 1)
                        .append("</v></c>");
                sheet.append("</row>");
            }
            text(
                    zip,
                    "xl/worksheets/sheet1.xml",
                    sheet.append("</sheetData></worksheet>").toString());
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            long written =
                    kind == Strings.LONG ? longStrings(zip, sharedStringBytes) : shortStrings(zip, sharedStringBytes);
            zip.closeEntry();
            return written;
        }
    }

    /**
     * Strings of 4,000 characters: a number, then a random 60-letter word repeated. Each one compresses
     * to its word and a chain of back-references, which is what gives the ratio.
     */
    private static long longStrings(OutputStream zip, long bytes) throws IOException {
        Random random = new Random(16);
        long strings = bytes / 4_020 + 1;
        CountingWriter out = new CountingWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + strings
                + "\" uniqueCount=\"" + strings + "\">");
        char[] word = new char[60];
        StringBuilder string = new StringBuilder(4_100);
        for (long i = 0; i < strings; i++) {
            for (int c = 0; c < word.length; c++) {
                word[c] = (char) ('a' + random.nextInt(26));
            }
            string.setLength(0);
            string.append("Dong ").append(i).append(' ');
            while (string.length() < 4_000) {
                string.append(word);
            }
            string.setLength(4_000);
            out.write("<si><t>");
            out.write(string);
            out.write("</t></si>");
        }
        out.write("</sst>");
        out.flush();
        return out.count;
    }

    /** Strings of 18 characters, a name and a number, each one different: POI keeps each as an object. */
    private static long shortStrings(OutputStream zip, long bytes) throws IOException {
        long strings = bytes / 34 + 1;
        CountingWriter out = new CountingWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + strings
                + "\" uniqueCount=\"" + strings + "\">");
        for (long i = 0; i < strings; i++) {
            out.write(String.format("<si><t>Nguyen Van %07d</t></si>", i));
        }
        out.write("</sst>");
        out.flush();
        return out.count;
    }

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"1\"><xf xfId=\"0\"/></cellXfs>"
            + "</styleSheet>";

    /** An .xlsx of the given sheet XML, no shared strings, and the given styles (or small ones). */
    static byte[] withSheet(String sheetXml, String styles) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            frame(zip, styles == null ? STYLES : styles);
            text(zip, "xl/worksheets/sheet1.xml", sheetXml);
            text(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"0\" uniqueCount=\"0\"/>");
        }
        return out.toByteArray();
    }

    /** The parts around the sheet and the shared strings. */
    private static void frame(ZipOutputStream zip, String styles) throws IOException {
        text(
                zip,
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPE + "worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE + "sharedStrings+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPE + "styles+xml\"/>"
                        + "</Types>");
        text(
                zip,
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        text(
                zip,
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        text(
                zip,
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                        + "</Relationships>");
        text(zip, "xl/styles.xml", styles);
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Counts the characters written: the strings are ASCII, so characters are bytes. */
    private static final class CountingWriter {
        private final Writer writer;
        private long count;

        CountingWriter(Writer writer) {
            this.writer = writer;
        }

        void write(CharSequence text) throws IOException {
            writer.append(text);
            count += text.length();
        }

        void flush() throws IOException {
            writer.flush();
        }
    }
}
