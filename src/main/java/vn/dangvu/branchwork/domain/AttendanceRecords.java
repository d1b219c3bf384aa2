package vn.dangvu.branchwork.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.shared.Texts;

/**
 * A meeting's attendance rows, written in one statement. Every row passes {@link #stored}, the rule of
 * what an attendance row may hold, whoever writes it. Loaders write the meeting itself here too, as the
 * {@link Meeting} entity made it, so that its attendance can follow without flushing the session.
 */
@Component
@RequiredArgsConstructor
public class AttendanceRecords {

    private final JdbcClient jdbc;

    /**
     * A row as it is stored: only those present can have spoken, contributed or spoken in a directing
     * tone; a blank note is none.
     */
    public static AttendanceForm.Row stored(AttendanceForm.Row row) {
        boolean present = row.status() == AttendanceStatus.PRESENT;
        return new AttendanceForm.Row(
                row.memberId(),
                row.status(),
                present && row.spoke(),
                present && row.contributed(),
                present && row.directingTone(),
                Texts.blankToNull(row.note()));
    }

    /**
     * Inserts new meetings; their ids, in order. The ids are drawn from the entity's sequence first (each
     * value is one the entity's pooled allocation never hands out), so that one statement writes them all.
     */
    public List<Long> insert(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval('meeting_seq') from generate_series(1, ?)")
                .param(meetings.size())
                .query(Long.class)
                .list();
        for (int from = 0; from < meetings.size(); from += ROWS_PER_STATEMENT) {
            List<Meeting> chunk = meetings.subList(from, Math.min(meetings.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(
                    "insert into meeting (id, branch_id, held_on, kind, topic, resolution, created_by) values ");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Meeting meeting = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
                params.addAll(Arrays.asList(
                        ids.get(from + i),
                        meeting.getBranchId(),
                        meeting.getHeldOn(),
                        meeting.getKind().name(),
                        meeting.getTopic(),
                        meeting.getResolution(),
                        meeting.getCreatedBy()));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
        return ids;
    }

    /** Replaces a meeting's attendance with these rows. */
    public void replace(long meetingId, List<AttendanceForm.Row> rows) {
        jdbc.sql("delete from attendance where meeting_id = ?").param(meetingId).update();
        insert(Map.of(meetingId, rows));
    }

    /** Inserts the attendance rows of meetings, by meeting id. */
    public void insert(Map<Long, List<AttendanceForm.Row>> byMeeting) {
        List<Object[]> all = new ArrayList<>();
        byMeeting.forEach((meetingId, rows) -> {
            for (AttendanceForm.Row given : rows) {
                AttendanceForm.Row row = stored(given);
                all.add(new Object[] {
                    meetingId,
                    row.memberId(),
                    row.status().name(),
                    row.spoke(),
                    row.contributed(),
                    row.directingTone(),
                    row.note()
                });
            }
        });
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(
                    "insert into attendance (meeting_id, member_id, status, spoke, contributed, directing_tone, note) values ");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
                params.addAll(Arrays.asList(chunk.get(i)));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** Rows per statement: seven parameters each stay far below PostgreSQL's 65,535 per statement. */
    private static final int ROWS_PER_STATEMENT = 1000;
}
