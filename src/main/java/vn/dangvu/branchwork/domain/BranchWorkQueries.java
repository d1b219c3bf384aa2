package vn.dangvu.branchwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.branchwork.MeetingKind;

/**
 * Attendance rows and the figures of the branch work views, each in a fixed number of statements. The
 * views join the member, membership and unit tables read-only.
 */
@Component
public class BranchWorkQueries {

    private final JdbcClient jdbc;

    BranchWorkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BranchWorkViews.MeetingRow> meetings(long branchId, int limit, long offset) {
        return jdbc.sql("""
                        select m.id, m.held_on, m.kind, m.topic,
                               count(a.member_id) filter (where a.status = 'PRESENT') as present,
                               count(a.member_id) as listed
                        from meeting m left join attendance a on a.meeting_id = m.id
                        where m.branch_id = :branch
                        group by m.id order by m.held_on desc, m.id desc limit :limit offset :offset""")
                .param("branch", branchId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) -> meetingRow(rs))
                .list();
    }

    public long countMeetings(long branchId) {
        return jdbc.sql("select count(*) from meeting where branch_id = ?")
                .param(branchId)
                .query(Long.class)
                .single();
    }

    /** The last meeting held on or before the date, and the first one after it. */
    public Optional<BranchWorkViews.MeetingRow> lastMeeting(long branchId, LocalDate onOrBefore) {
        return meetingNear(branchId, "m.held_on <= :date order by m.held_on desc", onOrBefore);
    }

    public Optional<BranchWorkViews.MeetingRow> nextMeeting(long branchId, LocalDate after) {
        return meetingNear(branchId, "m.held_on > :date order by m.held_on", after);
    }

    private Optional<BranchWorkViews.MeetingRow> meetingNear(long branchId, String condition, LocalDate date) {
        return jdbc.sql("select m.id, m.held_on, m.kind, m.topic,"
                        + " (select count(*) from attendance a where a.meeting_id = m.id and a.status = 'PRESENT') as present,"
                        + " (select count(*) from attendance a where a.meeting_id = m.id) as listed"
                        + " from meeting m where m.branch_id = :branch and " + condition + " limit 1")
                .param("branch", branchId)
                .param("date", date)
                .query((rs, i) -> meetingRow(rs))
                .optional();
    }

    private static BranchWorkViews.MeetingRow meetingRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BranchWorkViews.MeetingRow(
                rs.getLong("id"),
                rs.getObject("held_on", LocalDate.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("topic"),
                rs.getLong("present"),
                rs.getLong("listed"));
    }

    public Map<Long, AttendanceForm.Row> attendance(long meetingId) {
        return jdbc
                .sql(
                        "select member_id, status, spoke, contributed, directing_tone, note from attendance where meeting_id = ?")
                .param(meetingId)
                .query((rs, i) -> new AttendanceForm.Row(
                        rs.getLong("member_id"),
                        AttendanceStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("spoke"),
                        rs.getBoolean("contributed"),
                        rs.getBoolean("directing_tone"),
                        rs.getString("note")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(AttendanceForm.Row::memberId, r -> r));
    }

    public long insertMeeting(long branchId, vn.dangvu.branchwork.MeetingForm form, String by) {
        return jdbc.sql("""
                        insert into meeting (id, branch_id, held_on, kind, topic, resolution, created_by)
                        values (nextval('meeting_seq'), ?, ?, ?, ?, ?, ?) returning id""")
                .params(branchId, form.heldOn(), form.kind().name(), form.topic(), form.resolution(), by)
                .query(Long.class)
                .single();
    }

    public void insertGuest(
            long meetingId, vn.dangvu.branchwork.GuestKind kind, String name, Long userId, String comment) {
        jdbc.sql("""
                        insert into meeting_guest (id, meeting_id, kind, name, user_id, comment)
                        values (nextval('meeting_guest_seq'), ?, ?, ?, ?, ?)""").params(meetingId, kind.name(), name, userId, comment).update();
    }

    public void insertDuty(
            long memberId,
            long branchId,
            int year,
            String field,
            String title,
            vn.dangvu.branchwork.DutyStatus status,
            String by) {
        jdbc.sql("""
                        insert into duty (id, member_id, branch_id, year, field, title, status, assigned_by, assigned_at)
                        values (nextval('duty_seq'), ?, ?, ?, ?, ?, ?, ?, now())""")
                .params(memberId, branchId, year, field, title, status.name(), by)
                .update();
    }

    /** Replaces a meeting's attendance with these rows. */
    public void replaceAttendance(long meetingId, List<AttendanceForm.Row> rows) {
        jdbc.sql("delete from attendance where meeting_id = ?").param(meetingId).update();
        insertAttendance(meetingId, rows);
    }

    public void insertAttendance(long meetingId, List<AttendanceForm.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into attendance (meeting_id, member_id, status, spoke, contributed, directing_tone, note) values ");
        List<Object> params = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AttendanceForm.Row row = rows.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            boolean present = row.status() == AttendanceStatus.PRESENT;
            params.addAll(java.util.Arrays.asList(
                    meetingId,
                    row.memberId(),
                    row.status().name(),
                    present && row.spoke(),
                    present && row.contributed(),
                    present && row.directingTone(),
                    row.note() == null || row.note().isBlank()
                            ? null
                            : row.note().trim()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Per branch under the path, for a year: the figures of the commune and district views. */
    public List<BranchWorkViews.BranchFigures> overview(String path, int year) {
        return jdbc.sql("""
                        with branch as (
                            select b.id, b.name, c.name as commune_name from org_unit b
                            left join org_unit c on c.id = b.parent_id
                            where b.path like :path and b.kind in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER') and b.status = 'ACTIVE'
                        ), listed as (
                            select p.branch_id, m.id as member_id, (m.key_leader or m.commune_committee) as leader
                            from membership_period p join member m on m.id = p.member_id
                            where p.branch_id in (select id from branch)
                              and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from)
                            group by p.branch_id, m.id, m.key_leader, m.commune_committee
                        ), duty_holder as (
                            select distinct d.branch_id, d.member_id from duty d
                            where d.year = :year and d.branch_id in (select id from branch)
                        ), members as (
                            select l.branch_id, count(*) as members,
                                   count(*) filter (where d.member_id is null) as without_duty,
                                   count(*) filter (where l.leader and d.member_id is null) as leaders_without_duty
                            from listed l left join duty_holder d on d.branch_id = l.branch_id and d.member_id = l.member_id
                            group by l.branch_id
                        ), held as (
                            select m.branch_id, m.id from meeting m
                            where m.held_on between :from and :to and m.branch_id in (select id from branch)
                        ), meetings as (
                            select h.branch_id, count(*) as meetings from held h group by h.branch_id
                        ), att as (
                            select h.branch_id,
                                   coalesce(round(100.0 * count(*) filter (where a.status = 'PRESENT')
                                       / nullif(count(*) filter (where a.status <> 'EXEMPT'), 0)), 0) as attendance_rate,
                                   count(*) filter (where a.directing_tone) as directing_tone
                            from held h join attendance a on a.meeting_id = h.id group by h.branch_id
                        ), visits as (
                            select h.branch_id, count(distinct g.meeting_id) as liaison_visits
                            from held h join meeting_guest g on g.meeting_id = h.id
                            where g.kind = 'LIAISON' group by h.branch_id
                        )
                        select b.id, b.name, b.commune_name, coalesce(mb.members, 0) as members,
                               coalesce(mb.without_duty, 0) as without_duty,
                               coalesce(mb.leaders_without_duty, 0) as leaders_without_duty,
                               coalesce(mt.meetings, 0) as meetings, coalesce(a.attendance_rate, 0) as attendance_rate,
                               coalesce(v.liaison_visits, 0) as liaison_visits, coalesce(a.directing_tone, 0) as directing_tone
                        from branch b left join members mb on mb.branch_id = b.id left join meetings mt on mt.branch_id = b.id
                        left join att a on a.branch_id = b.id left join visits v on v.branch_id = b.id""")
                .param("path", path + "%")
                .param("year", year)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new BranchWorkViews.BranchFigures(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("commune_name"),
                        rs.getLong("members"),
                        rs.getLong("without_duty"),
                        rs.getLong("leaders_without_duty"),
                        rs.getLong("meetings"),
                        rs.getLong("attendance_rate"),
                        rs.getLong("liaison_visits"),
                        rs.getLong("directing_tone")))
                .list();
    }

    /** A member's attendance and contributions in a year: listed, present, spoke, contributed, directing tone. */
    public long[] memberYear(long memberId, int year) {
        return jdbc.sql("""
                        select count(*) filter (where a.status <> 'EXEMPT') as listed,
                               count(*) filter (where a.status = 'PRESENT') as present,
                               count(*) filter (where a.spoke) as spoke,
                               count(*) filter (where a.contributed) as contributed,
                               count(*) filter (where a.directing_tone) as directing
                        from attendance a join meeting m on m.id = a.meeting_id
                        where a.member_id = :member and m.held_on between :from and :to""")
                .param("member", memberId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new long[] {
                    rs.getLong("listed"),
                    rs.getLong("present"),
                    rs.getLong("spoke"),
                    rs.getLong("contributed"),
                    rs.getLong("directing")
                })
                .single();
    }

    public List<BranchWorkViews.LiaisonAssignment> assignments(String path) {
        return jdbc.sql("""
                        select l.id, u.full_name, b.name as branch_name, c.name as commune_name, l.assigned_on
                        from liaison l join app_user u on u.id = l.user_id join org_unit b on b.id = l.branch_id
                        left join org_unit c on c.id = b.parent_id
                        where b.path like :path order by c.name, b.name, u.full_name""")
                .param("path", path + "%")
                .query((rs, i) -> new BranchWorkViews.LiaisonAssignment(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("branch_name"),
                        rs.getString("commune_name"),
                        rs.getObject("assigned_on", LocalDate.class)))
                .list();
    }

    /** Members listed in branches under the path during [from, to], and how many of them hold a duty of the year. */
    public BranchWorkViews.DutyCoverage dutyCoverage(String path, int year, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with listed as (
                            select distinct m.id, (m.key_leader or m.commune_committee) as leader,
                                   exists (select 1 from duty d where d.member_id = m.id and d.year = :year) as has_duty
                            from membership_period p join member m on m.id = p.member_id join org_unit b on b.id = p.branch_id
                            where b.path like :path and b.kind in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')
                              and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from))
                        select count(*) as members, count(*) filter (where has_duty) as with_duty,
                               count(*) filter (where leader) as leaders,
                               count(*) filter (where leader and has_duty) as leaders_with_duty
                        from listed""")
                .param("path", path + "%")
                .param("year", year)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new BranchWorkViews.DutyCoverage(
                        rs.getLong("members"),
                        rs.getLong("with_duty"),
                        rs.getLong("leaders"),
                        rs.getLong("leaders_with_duty")))
                .single();
    }

    /** Meetings of branches under the path held in [from, to], with attendance split by who works at the commune. */
    public BranchWorkViews.MeetingFigures meetingFigures(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with held as (
                            select m.id from meeting m join org_unit b on b.id = m.branch_id
                            where b.path like :path and m.held_on between :from and :to),
                        rows as (
                            select a.*, (mb.member_group not in ('RETIRED', 'FARMER_OTHER')) as cadre
                            from attendance a join held h on h.id = a.meeting_id join member mb on mb.id = a.member_id)
                        select (select count(*) from held) as meetings,
                               count(*) filter (where cadre and status <> 'EXEMPT') as cadre_listed,
                               count(*) filter (where cadre and status = 'PRESENT') as cadre_present,
                               count(*) filter (where not cadre and status <> 'EXEMPT') as others_listed,
                               count(*) filter (where not cadre and status = 'PRESENT') as others_present,
                               count(*) filter (where directing_tone) as directing,
                               count(*) filter (where contributed) as contributed,
                               count(*) filter (where cadre and contributed) as cadre_contributed,
                               (select count(distinct g.meeting_id) from meeting_guest g join held h on h.id = g.meeting_id
                                  where g.kind = 'LIAISON') as liaison_visits
                        from rows""")
                .param("path", path + "%")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new BranchWorkViews.MeetingFigures(
                        rs.getLong("meetings"),
                        rs.getLong("cadre_listed"),
                        rs.getLong("cadre_present"),
                        rs.getLong("others_listed"),
                        rs.getLong("others_present"),
                        rs.getLong("directing"),
                        rs.getLong("contributed"),
                        rs.getLong("cadre_contributed"),
                        rs.getLong("liaison_visits")))
                .single();
    }

    /** Per commune under the path: duty coverage, meetings and attendance in [from, to]. */
    public List<BranchWorkViews.CommuneFigures> communeFigures(String path, int year, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with commune as (
                            select c.id, c.name from org_unit c
                            where c.path like :path and c.kind in ('COMMUNE', 'TOWN', 'WARD')),
                        branch as (
                            select b.id, c.id as commune_id from commune c join org_unit b on b.parent_id = c.id),
                        listed as (
                            select b.commune_id, p.member_id,
                                   exists (select 1 from duty d where d.member_id = p.member_id and d.year = :year) as has_duty
                            from branch b join membership_period p on p.branch_id = b.id
                            where p.started_on <= :to and (p.ended_on is null or p.ended_on > :from)
                            group by b.commune_id, p.member_id),
                        members as (
                            select commune_id, count(*) as members, count(*) filter (where has_duty) as with_duty
                            from listed group by commune_id),
                        held as (
                            select b.commune_id, count(*) as meetings from branch b
                            join meeting mt on mt.branch_id = b.id and mt.held_on between :from and :to
                            group by b.commune_id),
                        att as (
                            select b.commune_id,
                                   count(*) filter (where a.status <> 'EXEMPT') as listed,
                                   count(*) filter (where a.status = 'PRESENT') as present,
                                   count(*) filter (where a.directing_tone) as directing
                            from branch b join meeting mt on mt.branch_id = b.id and mt.held_on between :from and :to
                            join attendance a on a.meeting_id = mt.id
                            group by b.commune_id)
                        select c.id, c.name, coalesce(m.members, 0) as members, coalesce(m.with_duty, 0) as with_duty,
                               coalesce(h.meetings, 0) as meetings, coalesce(a.listed, 0) as listed,
                               coalesce(a.present, 0) as present, coalesce(a.directing, 0) as directing
                        from commune c left join members m on m.commune_id = c.id
                        left join held h on h.commune_id = c.id left join att a on a.commune_id = c.id
                        order by c.name""")
                .param("path", path + "%")
                .param("year", year)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new BranchWorkViews.CommuneFigures(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("members"),
                        rs.getLong("with_duty"),
                        rs.getLong("meetings"),
                        rs.getLong("listed"),
                        rs.getLong("present"),
                        rs.getLong("directing")))
                .list();
    }

    /** Meetings and attendance per year, from {@code fromYear} to the year of {@code to} (up to that date). */
    public List<BranchWorkViews.YearFigures> trend(String path, int fromYear, LocalDate to) {
        return jdbc.sql("""
                        with held as (
                            select mt.id, extract(year from mt.held_on)::int as y from meeting mt
                            join org_unit b on b.id = mt.branch_id
                            where b.path like :path and mt.held_on between make_date(:fromYear, 1, 1) and :to),
                        per_year as (
                            select h.y, count(distinct h.id) as meetings,
                                   count(a.meeting_id) filter (where a.status <> 'EXEMPT') as listed,
                                   count(a.meeting_id) filter (where a.status = 'PRESENT') as present
                            from held h left join attendance a on a.meeting_id = h.id group by h.y)
                        select g.y as year, coalesce(p.meetings, 0) as meetings, coalesce(p.listed, 0) as listed,
                               coalesce(p.present, 0) as present
                        from generate_series(:fromYear, :toYear) as g(y) left join per_year p on p.y = g.y order by g.y""")
                .param("path", path + "%")
                .param("fromYear", fromYear)
                .param("toYear", to.getYear())
                .param("to", to)
                .query((rs, i) -> new BranchWorkViews.YearFigures(
                        rs.getInt("year"), rs.getLong("meetings"), rs.getLong("listed"), rs.getLong("present")))
                .list();
    }
}
