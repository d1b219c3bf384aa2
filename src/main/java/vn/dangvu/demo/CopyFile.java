package vn.dangvu.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.postgresql.PGConnection;

/**
 * Rows for one table, written to a file in PostgreSQL's COPY text format and loaded with {@code COPY ...
 * FROM STDIN}: the fastest way to put millions of rows into PostgreSQL over JDBC.
 */
final class CopyFile {

    private final String table;
    private final String columns;
    private final Path file;
    private final Writer out;
    private long rows;

    CopyFile(Path directory, String table, String columns) {
        this.table = table;
        this.columns = columns;
        this.file = directory.resolve(table + ".tsv");
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                write(values[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    /** Closes the file and copies it into the table, on the caller's connection and transaction. */
    long load(Connection connection) throws SQLException, IOException {
        out.close();
        String sql = "copy " + table + " (" + columns + ") from stdin";
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, reader, 1 << 16);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof Boolean b) {
            out.write(b ? "t" : "f");
        } else if (value instanceof String s) {
            writeEscaped(s);
        } else if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Number) {
            out.write(value.toString());
        } else if (value instanceof Enum<?> e) {
            out.write(e.name());
        } else {
            throw new IllegalArgumentException("No COPY text form for " + value.getClass());
        }
    }

    private void writeEscaped(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }
}
