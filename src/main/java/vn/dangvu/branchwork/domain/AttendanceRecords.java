package vn.dangvu.branchwork.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
public class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    /** Inserts a new meeting; its id. */
    public long insert(Meeting meeting) {
        return jdbc.sql("""
                        insert into meeting (id, branch_id, held_on, kind, topic, resolution, created_by)
                        values (nextval('meeting_seq'), ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        meeting.getBranchId(),
                        meeting.getHeldOn(),
                        meeting.getKind().name(),
                        meeting.getTopic(),
                        meeting.getResolution(),
                        meeting.getCreatedBy())
                .query(Long.class)
                .single();
    }

    /** Replaces a meeting's attendance with these rows. */
    public void replace(long meetingId, List<AttendanceForm.Row> rows) {
        jdbc.sql("delete from attendance where meeting_id = ?").param(meetingId).update();
        insert(meetingId, rows);
    }

    public void insert(long meetingId, List<AttendanceForm.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into attendance (meeting_id, member_id, status, spoke, contributed, directing_tone, note) values ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AttendanceForm.Row row = stored(rows.get(i));
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(
                    meetingId,
                    row.memberId(),
                    row.status().name(),
                    row.spoke(),
                    row.contributed(),
                    row.directingTone(),
                    row.note()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }
}
