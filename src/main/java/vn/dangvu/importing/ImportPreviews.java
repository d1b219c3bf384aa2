package vn.dangvu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.shared.PageView;

/**
 * Import previews in PostgreSQL (V7), so that any app instance can show or confirm an upload checked by
 * another: the uploaded file in chunks of {@link #CHUNK_BYTES}, read back one chunk at a time, and every
 * row's outcome. A preview lives {@link #KEEP} at most.
 */
@Component
@RequiredArgsConstructor
class ImportPreviews {

    static final Duration KEEP = Duration.ofHours(2);

    /** A 20 MB upload is 20 rows; reading it back holds one of them in memory at a time. */
    static final int CHUNK_BYTES = 1024 * 1024;

    private static final String LIVE = "created_at > now() - make_interval(secs => " + KEEP.toSeconds() + ")";
    private static final TypeReference<List<RowOutcome.RowError>> ERRORS = new TypeReference<>() {};
    private static final int LABEL_LENGTH = 200;
    private static final int FILENAME_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    /** A stored preview: whose it is, what the file holds, and how many rows of each outcome. */
    record Stored(
            UUID token,
            String username,
            ImportKind kind,
            String filename,
            TabularReader.Format format,
            Map<RowOutcome.Outcome, Long> counts,
            boolean checked) {

        long rows() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Stores an uploaded file under a new token, copying it chunk by chunk; its rows are not checked yet
     * (until {@link #setCounts}).
     */
    UUID create(String username, ImportKind kind, String filename, TabularReader.Format format, InputStream content)
            throws IOException {
        UUID token = UUID.randomUUID();
        jdbc.update(
                "insert into import_preview (token, username, kind, filename, format, checked)"
                        + " values (?, ?, ?, ?, ?, false)",
                token,
                username,
                kind.name(),
                cut(filename, FILENAME_LENGTH),
                format.name());
        int seq = 0;
        byte[] chunk;
        while ((chunk = content.readNBytes(CHUNK_BYTES)).length > 0) {
            jdbc.update("insert into import_preview_chunk (token, seq, data) values (?, ?, ?)", token, seq++, chunk);
        }
        return token;
    }

    /** The stored file, opened anew at its start on every call. */
    TabularReader.Source file(UUID token) {
        return () -> new StoredFile(token);
    }

    /** Adds checked rows' outcomes, in one statement. */
    void addRows(UUID token, List<RowOutcome> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Integer[] numbers = new Integer[rows.size()];
        String[] outcomes = new String[rows.size()];
        String[] labels = new String[rows.size()];
        String[] errors = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RowOutcome row = rows.get(i);
            numbers[i] = row.rowNumber();
            outcomes[i] = row.outcome().name();
            labels[i] = cut(row.label(), LABEL_LENGTH);
            errors[i] = row.errors().isEmpty() ? null : json.writeValueAsString(row.errors());
        }
        jdbc.execute("""
                insert into import_preview_row (token, row_number, outcome, label, errors)
                select ?, * from unnest(?::integer[], ?::varchar[], ?::varchar[], ?::text[])""", (PreparedStatement ps) -> {
            ps.setObject(1, token);
            ps.setArray(2, array(ps, "integer", numbers));
            ps.setArray(3, array(ps, "varchar", outcomes));
            ps.setArray(4, array(ps, "varchar", labels));
            ps.setArray(5, array(ps, "text", errors));
            return ps.executeUpdate();
        });
    }

    /** The rows' outcomes are all stored: the preview is checked. */
    void setCounts(UUID token, Map<RowOutcome.Outcome, Long> counts) {
        jdbc.update(
                "update import_preview set new_rows = ?, updates = ?, unchanged = ?, errors = ?, checked = true"
                        + " where token = ?",
                counts.getOrDefault(RowOutcome.Outcome.NEW, 0L),
                counts.getOrDefault(RowOutcome.Outcome.UPDATE, 0L),
                counts.getOrDefault(RowOutcome.Outcome.UNCHANGED, 0L),
                counts.getOrDefault(RowOutcome.Outcome.ERROR, 0L),
                token);
    }

    /**
     * A preview that has not expired; with {@code lock}, locked until the transaction ends, so that two
     * confirmations of one upload (a double click, two instances) write it once.
     */
    Optional<Stored> find(UUID token, boolean lock) {
        return jdbc
                .query(
                        "select username, kind, filename, format, new_rows, updates, unchanged, errors, checked"
                                + " from import_preview where token = ? and " + LIVE + (lock ? " for update" : ""),
                        (rs, n) -> {
                            Map<RowOutcome.Outcome, Long> counts = new EnumMap<>(RowOutcome.Outcome.class);
                            counts.put(RowOutcome.Outcome.NEW, rs.getLong(5));
                            counts.put(RowOutcome.Outcome.UPDATE, rs.getLong(6));
                            counts.put(RowOutcome.Outcome.UNCHANGED, rs.getLong(7));
                            counts.put(RowOutcome.Outcome.ERROR, rs.getLong(8));
                            return new Stored(
                                    token,
                                    rs.getString(1),
                                    ImportKind.valueOf(rs.getString(2)),
                                    rs.getString(3),
                                    TabularReader.Format.valueOf(rs.getString(4)),
                                    counts,
                                    rs.getBoolean(9));
                        },
                        token)
                .stream()
                .findFirst();
    }

    /** One page of the rows' outcomes in file order, or of the rows with errors only. */
    PageView<RowOutcome> rows(Stored preview, boolean errorsOnly, int page, int size) {
        long total = errorsOnly ? preview.counts().get(RowOutcome.Outcome.ERROR) : preview.rows();
        List<RowOutcome> items = jdbc.query(
                "select row_number, outcome, label, errors from import_preview_row where token = ?"
                        + (errorsOnly ? " and outcome = 'ERROR'" : "")
                        + " order by row_number limit ? offset ?",
                (rs, n) -> new RowOutcome(
                        rs.getInt(1),
                        RowOutcome.Outcome.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4) == null ? List.of() : json.readValue(rs.getString(4), ERRORS)),
                preview.token(),
                size,
                (long) page * size);
        return new PageView<>(items, page, size, total);
    }

    void delete(UUID token) {
        jdbc.update("delete from import_preview where token = ?", token);
    }

    /** Forgets the previews nobody confirmed in time. */
    void deleteExpired() {
        jdbc.update("delete from import_preview where not (" + LIVE + ")");
    }

    private static Array array(PreparedStatement ps, String type, Object[] values) throws java.sql.SQLException {
        return ps.getConnection().createArrayOf(type, values);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The stored file as a stream that fetches its next chunk when it needs it. */
    private final class StoredFile extends InputStream {

        private final UUID token;
        private byte[] chunk = new byte[0];
        private int position;
        private int next;
        private boolean ended;

        StoredFile(UUID token) {
            this.token = token;
        }

        @Override
        public int read() throws IOException {
            return available() > 0 || fetch() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (available() == 0 && !fetch()) {
                return -1;
            }
            int count = Math.min(length, available());
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return chunk.length - position;
        }

        private boolean fetch() {
            while (!ended && available() == 0) {
                List<byte[]> found = jdbc.query(
                        "select data from import_preview_chunk where token = ? and seq = ?",
                        (rs, n) -> rs.getBytes(1),
                        token,
                        next++);
                if (found.isEmpty()) {
                    ended = true;
                    chunk = new byte[0];
                } else {
                    chunk = found.get(0);
                }
                position = 0;
            }
            return available() > 0;
        }
    }
}
