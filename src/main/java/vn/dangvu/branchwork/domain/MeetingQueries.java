package vn.dangvu.branchwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.BranchWorkViews;

/** What the meeting and liaison pages read: a branch's meetings, one meeting's attendance, the liaisons. */
@Component
@RequiredArgsConstructor
public class MeetingQueries {

    private final JdbcClient jdbc;

    public List<BranchWorkViews.MeetingRow> meetings(long branchId, int limit, long offset) {
        return jdbc.sql("""
                        select m.id, m.held_on as "heldOn", m.kind, m.topic,
                               count(a.member_id) filter (where a.status = 'PRESENT') as present,
                               count(a.member_id) as listed
                        from meeting m left join attendance a on a.meeting_id = m.id
                        where m.branch_id = :branch and m.removed_at is null
                        group by m.id order by m.held_on desc, m.id desc limit :limit offset :offset""")
                .param("branch", branchId)
                .param("limit", limit)
                .param("offset", offset)
                .query(BranchWorkViews.MeetingRow.class)
                .list();
    }

    public long countMeetings(long branchId) {
        return jdbc.sql("select count(*) from meeting where branch_id = :branch and removed_at is null")
                .param("branch", branchId)
                .query(Long.class)
                .single();
    }

    /** The last branch meeting held on or before the date, and the first one after it (họp chi ủy aside). */
    public Optional<BranchWorkViews.MeetingRow> lastMeeting(long branchId, LocalDate onOrBefore) {
        return meetingNear(branchId, "m.held_on <= :date order by m.held_on desc", onOrBefore);
    }

    public Optional<BranchWorkViews.MeetingRow> nextMeeting(long branchId, LocalDate after) {
        return meetingNear(branchId, "m.held_on > :date order by m.held_on", after);
    }

    private Optional<BranchWorkViews.MeetingRow> meetingNear(long branchId, String condition, LocalDate date) {
        return jdbc.sql("select m.id, m.held_on as \"heldOn\", m.kind, m.topic,"
                        + " (select count(*) from attendance a where a.meeting_id = m.id and a.status = 'PRESENT') as present,"
                        + " (select count(*) from attendance a where a.meeting_id = m.id) as listed"
                        + " from meeting m where m.branch_id = :branch and m.removed_at is null and m.kind <> 'COMMITTEE' and "
                        + condition
                        + " limit 1")
                .param("branch", branchId)
                .param("date", date)
                .query(BranchWorkViews.MeetingRow.class)
                .optional();
    }

    /** The attendance taken at a meeting, by member. */
    public Map<Long, AttendanceForm.Row> attendance(long meetingId) {
        return jdbc
                .sql(
                        "select member_id as \"memberId\", status, spoke, contributed, directing_tone as \"directingTone\", note"
                                + " from attendance where meeting_id = ?")
                .param(meetingId)
                .query(AttendanceForm.Row.class)
                .list()
                .stream()
                .collect(Collectors.toMap(AttendanceForm.Row::memberId, Function.identity()));
    }

    public List<BranchWorkViews.LiaisonAssignment> assignments(String path) {
        return jdbc.sql("""
                        select l.id, u.full_name as "userName", m.full_name as "memberName", b.name as "branchName",
                               c.name as "communeName", l.assigned_on as "assignedOn"
                        from liaison l join app_user u on u.id = l.user_id join org_unit b on b.id = l.branch_id
                        left join org_unit c on c.id = b.parent_id left join member m on m.id = l.member_id
                        where b.path like :path order by c.name, b.name, u.full_name""")
                .param("path", path + "%")
                .query(BranchWorkViews.LiaisonAssignment.class)
                .list();
    }
}
