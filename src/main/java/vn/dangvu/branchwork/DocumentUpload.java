package vn.dangvu.branchwork;

import java.io.IOException;

/**
 * A file sent with a meeting notice, as the browser named it. Its bytes are read only once its size has
 * been checked, so that a file over the limit is refused without being held in memory.
 */
public record DocumentUpload(String fileName, long size, Content content) {

    /** Reads the file's bytes. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    public static DocumentUpload of(String fileName, byte[] bytes) {
        return new DocumentUpload(fileName, bytes.length, () -> bytes);
    }

    /** A file input left empty: the browser sends a part without a name or bytes. */
    boolean nothingChosen() {
        return (fileName == null || fileName.isBlank()) && size == 0;
    }
}
