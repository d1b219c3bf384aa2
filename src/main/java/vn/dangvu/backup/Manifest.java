package vn.dangvu.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written as {@code manifest.json} beside one CSV file per table: the schema
 * version it belongs to, when its snapshot was taken, each table with its columns and row count, and
 * each sequence's state.
 */
public record Manifest(
        int format, String schemaVersion, Instant createdAt, List<Table> tables, List<Sequence> sequences) {

    /** Raised when the layout of the backup file changes. */
    public static final int FORMAT = 1;

    public record Table(String name, String file, List<String> columns, long rows) {}

    public record Sequence(String name, long lastValue, boolean called) {}

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
