package vn.dangvu.engagement.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * The engagement lists and counts, each in a fixed number of statements, limited to a scope path. Columns
 * are named after the record components they fill (docs/scale.md, "Rows become records").
 */
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
                "r.id, r.kind, m.full_name as \"memberName\", r.member_id as \"memberId\","
                        + " b.name as \"branchName\", c.name as \"communeName\", r.decided_on as \"decidedOn\","
                        + " r.decided_by as \"decidedBy\", r.decision, r.reason",
                from + where,
                "r.decided_on desc, r.id desc",
                params,
                EngagementViews.RecognitionRow.class,
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
                "k.id, b.name as \"branchName\", c.name as \"communeName\", m.full_name as \"memberName\","
                        + " k.resident_name as \"residentName\", k.topic, k.details, k.raised_on as \"raisedOn\","
                        + " k.status, k.forwarded_on as \"forwardedOn\", k.resolved_on as \"resolvedOn\", k.response, "
                        + overdue + " as overdue, k.version",
                from + where,
                "(k.status = 'RESOLVED'), k.raised_on, k.id",
                params,
                EngagementViews.ConcernRow.class,
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
                "s.id, s.kind, u.name as \"unitName\", s.held_on as \"heldOn\", s.title,"
                        + " (select count(*) from follow_up f where f.session_id = s.id) as \"followUps\","
                        + " (select count(*) from follow_up f where f.session_id = s.id and f.done_on is null)"
                        + " as \"openFollowUps\"",
                from + where,
                "s.held_on desc, s.id desc",
                params,
                EngagementViews.SessionRow.class,
                page,
                size);
    }

    public EngagementViews.SessionView session(long id, LocalDate today) {
        Session session = jdbc.sql("""
                        select s.kind, u.name as "unitName", s.held_on as "heldOn", s.title, s.attendees, s.issues
                        from engagement_session s join org_unit u on u.id = s.unit_id where s.id = ?""").param(id).query(Session.class).single();
        return new EngagementViews.SessionView(
                id,
                session.kind(),
                session.unitName(),
                session.heldOn(),
                session.title(),
                session.attendees(),
                session.issues(),
                followUps(id, today));
    }

    /** A session as its own row holds it: the caller has the id, and a second statement reads the follow-ups. */
    private record Session(
            SessionKind kind, String unitName, LocalDate heldOn, String title, String attendees, String issues) {}

    public List<EngagementViews.FollowUpView> followUps(long sessionId, LocalDate today) {
        return jdbc.sql("""
                        select id, description, owner, due_on as "dueOn", done_on as "doneOn",
                               (done_on is null and due_on < :today) as overdue, version
                        from follow_up where session_id = :session order by due_on, id""")
                .param("session", sessionId)
                .param("today", today)
                .query(EngagementViews.FollowUpView.class)
                .list();
    }

    /**
     * Counts for the summary, as of a date within its year: commendations, reminders, concerns raised,
     * resolved and overdue, follow-ups open, done and overdue.
     */
    public Map<String, Long> summary(String path, LocalDate asOf, LocalDate openSince, LocalDate forwardedSince) {
        LocalDate from = asOf.withDayOfYear(1);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
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
                .query()
                .singleRow()
                .forEach((column, count) -> counts.put(column, (Long) count));
        return counts;
    }
}
