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
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;

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

    /** A member's own attendance lines of a year's meetings held by {@code today}, the newest first. */
    public PageView<BranchWorkViews.OwnAttendanceLine> attendanceOf(
            long memberId, int year, LocalDate today, int page, int size) {
        return PagedSql.page(
                jdbc,
                "m.held_on as \"heldOn\", m.kind, m.topic, b.name as \"branchName\", a.status, a.note",
                OWN_ATTENDANCE,
                "m.held_on desc, m.id desc",
                ownAttendanceParams(memberId, year, today),
                BranchWorkViews.OwnAttendanceLine.class,
                page,
                size);
    }

    /** A member's attendance at a year's branch meetings held by {@code today}; committee meetings count in none. */
    public BranchWorkViews.AttendanceTotals attendanceTotals(long memberId, int year, LocalDate today) {
        return jdbc.sql("select count(*) filter (where a.status = 'PRESENT') as present,"
                        + " count(*) filter (where a.status = 'EXCUSED') as excused,"
                        + " count(*) filter (where a.status = 'ABSENT') as absent,"
                        + " count(*) filter (where a.status = 'EXEMPT') as exempt"
                        + OWN_ATTENDANCE
                        + " and m.kind <> 'COMMITTEE'")
                .params(ownAttendanceParams(memberId, year, today))
                .query(BranchWorkViews.AttendanceTotals.class)
                .single();
    }

    private static final String OWN_ATTENDANCE = " from attendance a join meeting m on m.id = a.meeting_id"
            + " join org_unit b on b.id = m.branch_id"
            + " where a.member_id = :member and m.removed_at is null"
            + " and m.held_on between :from and :to and m.held_on <= :today";

    private static Map<String, Object> ownAttendanceParams(long memberId, int year, LocalDate today) {
        return Map.of(
                "member", memberId, "from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31), "today", today);
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
