package vn.dangvu.branchwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import vn.dangvu.shared.BusinessRuleException;

/**
 * Which files a meeting notice takes: documents members open in an office suite or a viewer (PDF, Word,
 * Excel, OpenDocument text, JPEG and PNG pictures), each at most {@link #MAX_BYTES}. The type is read from
 * the file's first bytes and must be the one its name ends with: a program renamed {@code .pdf} is refused,
 * and a download is always sent under the type the check found, never the one the browser claimed.
 */
final class NoticeDocumentCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_MEGABYTES = (int) (MAX_BYTES / (1024 * 1024));
    static final int MAX_FILE_NAME = 255;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    /** An OpenDocument file starts with an uncompressed entry "mimetype" that holds its type (at offset 30). */
    private static final byte[] ODT =
            "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);

    /** A file that passed the check: its name as kept, the type it is sent under, its bytes and digest. */
    record Checked(String fileName, String contentType, byte[] content, String sha256) {}

    /** The kinds of file taken, by the endings their names may have. */
    enum Kind {
        PDF_FILE("application/pdf", "pdf"),
        WORD_97("application/msword", "doc"),
        WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        EXCEL_97("application/vnd.ms-excel", "xls"),
        EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        OPEN_DOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "odt"),
        JPEG_PICTURE("image/jpeg", "jpg", "jpeg"),
        PNG_PICTURE("image/png", "png");

        final String contentType;
        final String[] endings;

        Kind(String contentType, String... endings) {
            this.contentType = contentType;
            this.endings = endings;
        }

        static Kind byEnding(String ending) {
            for (Kind kind : values()) {
                if (Arrays.asList(kind.endings).contains(ending)) {
                    return kind;
                }
            }
            return null;
        }

        /** Whether the bytes are a file of this kind, by the marks such files carry at known places. */
        boolean matches(byte[] b) {
            return switch (this) {
                case PDF_FILE -> startsWith(b, PDF);
                case WORD_97 -> startsWith(b, OLE2) && contains(b, utf16("WordDocument"));
                case EXCEL_97 -> startsWith(b, OLE2) && (contains(b, utf16("Workbook")) || contains(b, utf16("Book")));
                case WORD -> startsWith(b, ZIP) && contains(b, ascii("word/document.xml"));
                case EXCEL -> startsWith(b, ZIP) && contains(b, ascii("xl/workbook.xml"));
                case OPEN_DOCUMENT_TEXT -> startsWith(b, ZIP) && regionEquals(b, 30, ODT);
                case JPEG_PICTURE -> startsWith(b, JPEG);
                case PNG_PICTURE -> startsWith(b, PNG);
            };
        }
    }

    private NoticeDocumentCheck() {}

    /** The file, checked; a file too large, empty or of another type breaks a rule that names it. */
    static Checked check(DocumentUpload upload) {
        String name = fileName(upload.fileName());
        if (upload.size() > MAX_BYTES) {
            throw new BusinessRuleException("notice.document.tooLarge", name, MAX_MEGABYTES);
        }
        Kind kind = Kind.byEnding(ending(name));
        if (kind == null) {
            throw new BusinessRuleException("notice.document.type", name);
        }
        byte[] content = read(upload);
        if (content.length == 0) {
            throw new BusinessRuleException("notice.document.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("notice.document.tooLarge", name, MAX_MEGABYTES);
        }
        if (!kind.matches(content)) {
            throw new BusinessRuleException("notice.document.type", name);
        }
        return new Checked(name, kind.contentType, content, sha256(content));
    }

    /**
     * The name without the folders some browsers send, control characters or surrounding blanks, and no
     * longer than the column (the ending kept).
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "tai-lieu";
        }
        if (name.length() > MAX_FILE_NAME) {
            String ending = ending(name);
            int keep = MAX_FILE_NAME - (ending.isEmpty() ? 0 : ending.length() + 1);
            name = name.substring(0, keep) + (ending.isEmpty() ? "" : "." + ending);
        }
        return name;
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] read(DocumentUpload upload) {
        try {
            return upload.content().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return regionEquals(bytes, 0, prefix);
    }

    private static boolean regionEquals(byte[] bytes, int offset, byte[] expected) {
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }
}
