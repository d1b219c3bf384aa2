package vn.dangvu.engagement.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;

/** The engagement lists and counts, each in a fixed number of statements, limited to a scope path. */
@Component
public class EngagementQueries {

    private final JdbcClient jdbc;

    EngagementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<EngagementViews.RecognitionRow> recognitions(
            String path, RecognitionKind kind, Integer year, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", path + "%");
        StringBuilder where = new StringBuilder(" where b.path like :path");
        if (kind != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", kind.name());
        }
        if (year != null) {
            where.append(" and extract(year from r.decided_on) = :year");
            params.put("year", year);
        }
        String from =
                " from recognition r join org_unit b on b.id = r.branch_id left join org_unit c on c.id = b.parent_id"
                        + " left join member m on m.id = r.member_id";
        return PagedSql.page(
                jdbc,
                "r.id, r.kind, m.full_name, r.member_id, b.name as branch_name,"
                        + " c.name as commune_name, r.decided_on, r.decided_by, r.decision, r.reason",
                from + where,
                "r.decided_on desc, r.id desc",
                params,
                (rs, i) -> new EngagementViews.RecognitionRow(
                        rs.getLong("id"),
                        RecognitionKind.valueOf(rs.getString("kind")),
                        rs.getString("full_name"),
                        (Long) rs.getObject("member_id"),
                        rs.getString("branch_name"),
                        rs.getString("commune_name"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("decided_by"),
                        rs.getString("decision"),
                        rs.getString("reason")),
                page,
                size);
    }

    /** Concerns of the scope, the overdue ones first when asked for. */
    public PageView<EngagementViews.ConcernRow> concerns(
            String path,
            ConcernStatus status,
            boolean overdueOnly,
            LocalDate openSince,
            LocalDate forwardedSince,
            int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", path + "%");
        params.put("openSince", openSince);
        params.put("forwardedSince", forwardedSince);
        String overdue = "((k.status = 'OPEN' and k.raised_on < :openSince)"
                + " or (k.status = 'FORWARDED' and k.forwarded_on < :forwardedSince))";
        StringBuilder where = new StringBuilder(" where b.path like :path");
        if (status != null) {
            where.append(" and k.status = :status");
            params.put("status", status.name());
        }
        if (overdueOnly) {
            where.append(" and ").append(overdue);
        }
        String from = " from concern k join org_unit b on b.id = k.branch_id left join org_unit c on c.id = b.parent_id"
                + " left join member m on m.id = k.member_id";
        return PagedSql.page(
                jdbc,
                "k.*, b.name as branch_name, c.name as commune_name," + " m.full_name, " + overdue + " as overdue",
                from + where,
                "(k.status = 'RESOLVED'), k.raised_on, k.id",
                params,
                (rs, i) -> new EngagementViews.ConcernRow(
                        rs.getLong("id"),
                        rs.getString("branch_name"),
                        rs.getString("commune_name"),
                        rs.getString("full_name"),
                        rs.getString("resident_name"),
                        rs.getString("topic"),
                        rs.getString("details"),
                        rs.getObject("raised_on", LocalDate.class),
                        ConcernStatus.valueOf(rs.getString("status")),
                        rs.getObject("forwarded_on", LocalDate.class),
                        rs.getObject("resolved_on", LocalDate.class),
                        rs.getString("response"),
                        rs.getBoolean("overdue"),
                        rs.getLong("version")),
                page,
                size);
    }

    public PageView<EngagementViews.SessionRow> sessions(String path, SessionKind kind, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", path + "%");
        StringBuilder where = new StringBuilder(" where u.path like :path");
        if (kind != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", kind.name());
        }
        String from = " from engagement_session s join org_unit u on u.id = s.unit_id";
        return PagedSql.page(
                jdbc,
                "s.id, s.kind, u.name, s.held_on, s.title,"
                        + " (select count(*) from follow_up f where f.session_id = s.id) as follow_ups,"
                        + " (select count(*) from follow_up f where f.session_id = s.id and f.done_on is null) as open_follow_ups",
                from + where,
                "s.held_on desc, s.id desc",
                params,
                (rs, i) -> new EngagementViews.SessionRow(
                        rs.getLong("id"),
                        SessionKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("title"),
                        rs.getLong("follow_ups"),
                        rs.getLong("open_follow_ups")),
                page,
                size);
    }

    public EngagementViews.SessionView session(long id, LocalDate today) {
        return jdbc.sql("""
                        select s.id, s.kind, u.name, s.held_on, s.title, s.attendees, s.issues
                        from engagement_session s join org_unit u on u.id = s.unit_id where s.id = ?""")
                .param(id)
                .query((rs, i) -> new EngagementViews.SessionView(
                        rs.getLong("id"),
                        SessionKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("title"),
                        rs.getString("attendees"),
                        rs.getString("issues"),
                        followUps(id, today)))
                .single();
    }

    public List<EngagementViews.FollowUpView> followUps(long sessionId, LocalDate today) {
        return jdbc.sql("select * from follow_up where session_id = ? order by due_on, id")
                .param(sessionId)
                .query((rs, i) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate done = rs.getObject("done_on", LocalDate.class);
                    return new EngagementViews.FollowUpView(
                            rs.getLong("id"),
                            rs.getString("description"),
                            rs.getString("owner"),
                            due,
                            done,
                            done == null && due.isBefore(today),
                            rs.getLong("version"));
                })
                .list();
    }

    /**
     * Counts for the summary, as of a date within its year: commendations, reminders, concerns raised,
     * resolved and overdue, follow-ups open, done and overdue.
     */
    public Map<String, Long> summary(String path, LocalDate asOf, LocalDate openSince, LocalDate forwardedSince) {
        LocalDate from = asOf.withDayOfYear(1);
        return jdbc.sql("""
                        select
                          (select count(*) from recognition r join org_unit b on b.id = r.branch_id
                            where b.path like :path and r.kind = 'COMMENDATION' and r.decided_on between :from and :asOf) as commendations,
                          (select count(*) from recognition r join org_unit b on b.id = r.branch_id
                            where b.path like :path and r.kind = 'REMINDER' and r.decided_on between :from and :asOf) as reminders,
                          (select count(*) from concern k join org_unit b on b.id = k.branch_id
                            where b.path like :path and k.raised_on between :from and :asOf) as concerns_raised,
                          (select count(*) from concern k join org_unit b on b.id = k.branch_id
                            where b.path like :path and k.resolved_on between :from and :asOf) as concerns_resolved,
                          (select count(*) from concern k join org_unit b on b.id = k.branch_id
                            where b.path like :path and k.raised_on <= :asOf and (k.resolved_on is null or k.resolved_on > :asOf)
                              and ((k.forwarded_on is null or k.forwarded_on > :asOf) and k.raised_on < :openSince
                                   or k.forwarded_on <= :asOf and k.forwarded_on < :forwardedSince)) as concerns_overdue,
                          (select count(*) from follow_up f join engagement_session s on s.id = f.session_id join org_unit u on u.id = s.unit_id
                            where u.path like :path and s.held_on <= :asOf and (f.done_on is null or f.done_on > :asOf)) as follow_ups_open,
                          (select count(*) from follow_up f join engagement_session s on s.id = f.session_id join org_unit u on u.id = s.unit_id
                            where u.path like :path and f.done_on <= :asOf) as follow_ups_done,
                          (select count(*) from follow_up f join engagement_session s on s.id = f.session_id join org_unit u on u.id = s.unit_id
                            where u.path like :path and s.held_on <= :asOf and f.due_on < :asOf and (f.done_on is null or f.done_on > :asOf)) as follow_ups_overdue,
                          (select count(*) from engagement_session s join org_unit u on u.id = s.unit_id
                            where u.path like :path and s.kind = 'DIALOGUE' and s.held_on between :from and :asOf) as dialogues,
                          (select count(*) from engagement_session s join org_unit u on u.id = s.unit_id
                            where u.path like :path and s.kind = 'RECEPTION' and s.held_on between :from and :asOf) as receptions""")
                .param("path", path + "%")
                .param("from", from)
                .param("asOf", asOf)
                .param("openSince", openSince)
                .param("forwardedSince", forwardedSince)
                .query((rs, i) -> {
                    Map<String, Long> counts = new java.util.LinkedHashMap<>();
                    for (String column : List.of(
                            "commendations",
                            "reminders",
                            "concerns_raised",
                            "concerns_resolved",
                            "concerns_overdue",
                            "follow_ups_open",
                            "follow_ups_done",
                            "follow_ups_overdue",
                            "dialogues",
                            "receptions")) {
                        counts.put(column, rs.getLong(column));
                    }
                    return counts;
                })
                .single();
    }
}
