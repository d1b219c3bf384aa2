package vn.dangvu.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Rows for one table, written to a file in PostgreSQL's COPY text format and loaded with {@code COPY ...
 * FROM STDIN}: the fastest way to put millions of rows into PostgreSQL over JDBC. The columns are the
 * table's stored columns as the catalog lists them; a row names the values it gives ({@link Row#set}, or
 * {@link Row#from} an entity, whose rules made them). The first row fixes which columns the file holds:
 * those it gives and those without a default; a column left out of a row is NULL.
 */
final class CopyFile {

    /** A stored column as PostgreSQL's catalog describes it. */
    record Column(String name, boolean notNull, boolean hasDefault) {}

    private final String table;
    private final List<Column> columns;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Path file;
    private final Writer out;
    private final Row row;
    private int[] written;
    private boolean[] inFile;
    private long rows;

    CopyFile(Path directory, String table, List<Column> columns) {
        this.table = table;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
        }
        this.row = new Row();
        this.file = directory.resolve(table + ".tsv");
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next row, empty. */
    Row row() {
        Arrays.fill(row.values, null);
        Arrays.fill(row.given, false);
        return row;
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    /** Ends the file: no more rows. */
    void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the closed file into the table, on the caller's connection and transaction; {@code freeze}:
     * with its rows frozen and visible to all at once, for a table the transaction has emptied.
     */
    long load(Connection connection, boolean freeze) throws SQLException, IOException {
        if (written == null) {
            return 0;
        }
        List<String> names = new ArrayList<>();
        for (int i : written) {
            names.add(columns.get(i).name());
        }
        String sql = "copy " + table + " (" + String.join(", ", names) + ") from stdin" + (freeze ? " (freeze)" : "");
        // the file's UTF-8 bytes as they are (the driver's client encoding is UTF-8), not decoded and encoded again
        try (InputStream in = Files.newInputStream(file)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in, 1 << 16);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One row being filled: values by column name. */
    final class Row {

        private final Object[] values = new Object[columns.size()];
        private final boolean[] given = new boolean[columns.size()];

        Row set(String column, Object value) {
            Integer position = positions.get(column);
            if (position == null) {
                throw new IllegalArgumentException(table + " has no stored column " + column);
            }
            values[position] = value;
            given[position] = true;
            return this;
        }

        /** The values of an entity's persistent fields (see {@link EntityColumns}); null ones are left out. */
        Row from(Object entity) {
            EntityColumns.of(entity.getClass()).forEach(entity, (column, value) -> {
                if (value != null) {
                    set(column, value);
                }
            });
            return this;
        }

        void add() {
            if (written == null) {
                fix();
            }
            for (int i = 0; i < given.length; i++) {
                if (given[i] != inFile[i] && (given[i] || columns.get(i).notNull())) {
                    throw new IllegalStateException(table + "." + columns.get(i).name()
                            + (given[i]
                                    ? " has a default and was left out of the first row: give it in every row or none"
                                    : " is NOT NULL: every row must give it"));
                }
            }
            try {
                for (int k = 0; k < written.length; k++) {
                    if (k > 0) {
                        out.write('\t');
                    }
                    write(values[written[k]]);
                }
                out.write('\n');
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void fix() {
            inFile = new boolean[columns.size()];
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (given[i] || !columns.get(i).hasDefault()) {
                    inFile[i] = true;
                    chosen.add(i);
                }
            }
            written = chosen.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof Boolean b) {
            out.write(b ? "t" : "f");
        } else if (value instanceof String s) {
            writeEscaped(s);
        } else if (value instanceof LocalDate
                || value instanceof OffsetDateTime
                || value instanceof Instant
                || value instanceof Number) {
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
