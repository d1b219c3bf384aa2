package vn.dangvu.engagement.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.FollowUpState;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.Scope;

/**
 * The engagement lists and counts, each in a fixed number of statements, limited to a scope path. Columns
 * are named after the record components they fill (docs/scale.md, "Rows become records"). Removed records
 * are left out of every list and count. A list's filter and the summary's figure it stands behind share
 * their conditions (the constants below), so that a figure and the rows its link lists cannot disagree.
 */
@Component
@RequiredArgsConstructor
public class EngagementQueries {

    /** A concern overdue as of {@code :asOf}: open past {@code :openSince}, or forwarded past {@code :forwardedSince}. */
    private static final String CONCERN_OVERDUE = "(k.raised_on <= :asOf and coalesce(k.resolved_on > :asOf, true)"
            + " and (coalesce(k.forwarded_on > :asOf, true) and k.raised_on < :openSince"
            + " or coalesce(k.forwarded_on <= :asOf and k.forwarded_on < :forwardedSince, false)))";

    /** A follow-up open as of {@code :asOf}: its session was held, and it was not done by then. */
    private static final String FOLLOW_UP_OPEN = "(s.held_on <= :asOf and coalesce(f.done_on > :asOf, true))";

    private static final String FOLLOW_UP_DONE = "(f.done_on <= :asOf)";

    private static final String FOLLOW_UP_OVERDUE = "(" + FOLLOW_UP_OPEN + " and f.due_on < :asOf)";

    private static final String RECOGNITION_COLUMNS = "r.id, r.kind, m.full_name as \"memberName\","
            + " r.member_id as \"memberId\", b.name as \"branchName\", c.name as \"communeName\","
            + " r.decided_on as \"decidedOn\", r.decided_by as \"decidedBy\", r.decision, r.reason";

    private static final String RECOGNITION_FROM = " from recognition r join org_unit b on b.id = r.branch_id"
            + " left join org_unit c on c.id = b.parent_id left join member m on m.id = r.member_id";

    private static final String CONCERN_COLUMNS = "k.id, b.name as \"branchName\", c.name as \"communeName\","
            + " m.full_name as \"memberName\", k.resident_name as \"residentName\", k.topic, k.details,"
            + " k.raised_on as \"raisedOn\", k.status, k.forwarded_on as \"forwardedOn\","
            + " k.resolved_on as \"resolvedOn\", k.response, " + CONCERN_OVERDUE + " as overdue, k.version";

    private static final String CONCERN_FROM = " from concern k join org_unit b on b.id = k.branch_id"
            + " left join org_unit c on c.id = b.parent_id left join member m on m.id = k.member_id";

    private static final String FOLLOW_UP_COLUMNS = "f.id, f.description, f.owner, f.due_on as \"dueOn\","
            + " f.done_on as \"doneOn\", " + FOLLOW_UP_OVERDUE + " as overdue, f.version,"
            + " s.id as \"sessionId\", s.kind as \"sessionKind\", s.title as \"sessionTitle\","
            + " s.held_on as \"sessionHeldOn\", u.name as \"unitName\"";

    private static final String FOLLOW_UP_FROM = " from follow_up f join engagement_session s on s.id = f.session_id"
            + " join org_unit u on u.id = s.unit_id";

    private final JdbcClient jdbc;

    /** Commendations or reminders of the scope, decided within a year and between two dates, each optional. */
    public PageView<EngagementViews.RecognitionRow> recognitions(
            Scope scope, RecognitionKind kind, Integer year, LocalDate from, LocalDate to, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.params("path"));
        StringBuilder where =
                new StringBuilder(" where " + scope.where("b.path", "path") + " and r.removed_at is null");
        if (kind != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", kind.name());
        }
        if (year != null) {
            where.append(" and r.decided_on between :yearStart and :yearEnd");
            params.put("yearStart", LocalDate.of(year, 1, 1));
            params.put("yearEnd", LocalDate.of(year, 12, 31));
        }
        between(where, params, "r.decided_on", "from", from, "to", to);
        return PagedSql.page(
                jdbc,
                RECOGNITION_COLUMNS,
                RECOGNITION_FROM + where,
                "r.decided_on desc, r.id desc",
                params,
                EngagementViews.RecognitionRow.class,
                page,
                size);
    }

    /** One recognition as its list shows it, unless it was removed. */
    public Optional<EngagementViews.RecognitionRow> recognition(long id) {
        return jdbc.sql("select " + RECOGNITION_COLUMNS + RECOGNITION_FROM
                        + " where r.id = :id and r.removed_at is null")
                .param("id", id)
                .query(EngagementViews.RecognitionRow.class)
                .optional();
    }

    /**
     * What the concern list is filtered by: a status, overdue as of {@code asOf} (an open concern after
     * {@code openSince}, a forwarded one after {@code forwardedSince}), raised and resolved between dates.
     */
    public record ConcernCriteria(
            ConcernStatus status,
            boolean overdueOnly,
            LocalDate asOf,
            LocalDate openSince,
            LocalDate forwardedSince,
            LocalDate raisedFrom,
            LocalDate raisedTo,
            LocalDate resolvedFrom,
            LocalDate resolvedTo) {}

    /** Concerns of the scope, the unresolved ones first, each marked overdue as of the criteria's date. */
    public PageView<EngagementViews.ConcernRow> concerns(Scope scope, ConcernCriteria criteria, int page, int size) {
        Map<String, Object> params = overdueParams(criteria);
        params.putAll(scope.params("path"));
        StringBuilder where =
                new StringBuilder(" where " + scope.where("b.path", "path") + " and k.removed_at is null");
        if (criteria.status() != null) {
            where.append(" and k.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.overdueOnly()) {
            where.append(" and ").append(CONCERN_OVERDUE);
        }
        between(where, params, "k.raised_on", "raisedFrom", criteria.raisedFrom(), "raisedTo", criteria.raisedTo());
        between(
                where,
                params,
                "k.resolved_on",
                "resolvedFrom",
                criteria.resolvedFrom(),
                "resolvedTo",
                criteria.resolvedTo());
        return PagedSql.page(
                jdbc,
                CONCERN_COLUMNS,
                CONCERN_FROM + where,
                "(k.status = 'RESOLVED'), k.raised_on, k.id",
                params,
                EngagementViews.ConcernRow.class,
                page,
                size);
    }

    /** One concern as its list shows it, unless it was removed. */
    public Optional<EngagementViews.ConcernRow> concern(long id, ConcernCriteria overdueAsOf) {
        Map<String, Object> params = overdueParams(overdueAsOf);
        params.put("id", id);
        return jdbc.sql("select " + CONCERN_COLUMNS + CONCERN_FROM + " where k.id = :id and k.removed_at is null")
                .params(params)
                .query(EngagementViews.ConcernRow.class)
                .optional();
    }

    /** The concerns a member raised, the latest first, unless removed. */
    public PageView<EngagementViews.OwnConcernRow> concernsRaisedBy(long memberId, int page, int size) {
        return PagedSql.page(
                jdbc,
                "k.id, k.topic, k.resident_name as \"residentName\", b.name as \"branchName\","
                        + " k.raised_on as \"raisedOn\", k.status, k.forwarded_on as \"forwardedOn\","
                        + " k.resolved_on as \"resolvedOn\", k.response",
                " from concern k join org_unit b on b.id = k.branch_id"
                        + " where k.member_id = :member and k.removed_at is null",
                "k.raised_on desc, k.id desc",
                Map.of("member", memberId),
                EngagementViews.OwnConcernRow.class,
                page,
                size);
    }

    private static Map<String, Object> overdueParams(ConcernCriteria criteria) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", criteria.asOf());
        params.put("openSince", criteria.openSince());
        params.put("forwardedSince", criteria.forwardedSince());
        return params;
    }

    /** Receptions or dialogues of the scope held between two dates, each optional. */
    public PageView<EngagementViews.SessionRow> sessions(
            Scope scope, SessionKind kind, LocalDate from, LocalDate to, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.params("path"));
        StringBuilder where =
                new StringBuilder(" where " + scope.where("u.path", "path") + " and s.removed_at is null");
        if (kind != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", kind.name());
        }
        between(where, params, "s.held_on", "from", from, "to", to);
        String fromClause = " from engagement_session s join org_unit u on u.id = s.unit_id";
        return PagedSql.page(
                jdbc,
                "s.id, s.kind, u.name as \"unitName\", s.held_on as \"heldOn\", s.title,"
                        + " (select count(*) from follow_up f where f.session_id = s.id and f.removed_at is null)"
                        + " as \"followUps\","
                        + " (select count(*) from follow_up f where f.session_id = s.id and f.removed_at is null"
                        + " and f.done_on is null) as \"openFollowUps\"",
                fromClause + where,
                "s.held_on desc, s.id desc",
                params,
                EngagementViews.SessionRow.class,
                page,
                size);
    }

    public EngagementViews.SessionView session(long id, LocalDate today) {
        Session session = jdbc.sql("""
                        select s.kind, u.name as "unitName", s.held_on as "heldOn", s.title, s.attendees, s.issues,
                               s.version
                        from engagement_session s join org_unit u on u.id = s.unit_id where s.id = ?""").param(id).query(Session.class).single();
        return new EngagementViews.SessionView(
                id,
                session.kind(),
                session.unitName(),
                session.heldOn(),
                session.title(),
                session.attendees(),
                session.issues(),
                followUps(id, today),
                session.version());
    }

    /** A session as its own row holds it: the caller has the id, and a second statement reads the follow-ups. */
    private record Session(
            SessionKind kind,
            String unitName,
            LocalDate heldOn,
            String title,
            String attendees,
            String issues,
            long version) {}

    public List<EngagementViews.FollowUpView> followUps(long sessionId, LocalDate today) {
        return jdbc.sql("""
                        select id, description, owner, due_on as "dueOn", done_on as "doneOn",
                               (done_on is null and due_on < :today) as overdue, version
                        from follow_up where session_id = :session and removed_at is null order by due_on, id""")
                .param("session", sessionId)
                .param("today", today)
                .query(EngagementViews.FollowUpView.class)
                .list();
    }

    /**
     * The follow-ups of every session of the scope that was not removed, in the state asked for as of
     * {@code asOf} (all of them when none is asked for), each marked overdue as of that day.
     */
    public PageView<EngagementViews.FollowUpRow> followUps(
            Scope scope, FollowUpState state, LocalDate asOf, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.params("path"));
        params.put("asOf", asOf);
        StringBuilder where = new StringBuilder(
                " where " + scope.where("u.path", "path") + " and f.removed_at is null and s.removed_at is null");
        if (state != null) {
            where.append(" and ")
                    .append(
                            switch (state) {
                                case OPEN -> FOLLOW_UP_OPEN;
                                case DONE -> FOLLOW_UP_DONE;
                                case OVERDUE -> FOLLOW_UP_OVERDUE;
                            });
        }
        return PagedSql.page(
                jdbc,
                FOLLOW_UP_COLUMNS,
                FOLLOW_UP_FROM + where,
                "f.due_on, f.id",
                params,
                EngagementViews.FollowUpRow.class,
                page,
                size);
    }

    /** One follow-up as the list shows it, unless it or its session was removed. */
    public Optional<EngagementViews.FollowUpRow> followUp(long id, LocalDate asOf) {
        return jdbc.sql("select " + FOLLOW_UP_COLUMNS + FOLLOW_UP_FROM
                        + " where f.id = :id and f.removed_at is null and s.removed_at is null")
                .param("id", id)
                .param("asOf", asOf)
                .query(EngagementViews.FollowUpRow.class)
                .optional();
    }

    /**
     * Counts for the summary, as of a date within its year: commendations, reminders, concerns raised,
     * resolved and overdue, follow-ups open, done and overdue.
     */
    public Map<String, Long> summary(Scope scope, LocalDate asOf, LocalDate openSince, LocalDate forwardedSince) {
        LocalDate from = asOf.withDayOfYear(1);
        Map<String, Long> counts = new LinkedHashMap<>();
        String recognitions = "select count(*) from recognition r join org_unit b on b.id = r.branch_id"
                + " where " + scope.where("b.path", "path")
                + " and r.removed_at is null and r.decided_on between :from and :asOf";
        String concerns = "select count(*) from concern k join org_unit b on b.id = k.branch_id" + " where "
                + scope.where("b.path", "path") + " and k.removed_at is null";
        String followUps = "select count(*)" + FOLLOW_UP_FROM + " where " + scope.where("u.path", "path")
                + " and f.removed_at is null and s.removed_at is null";
        String sessions = "select count(*) from engagement_session s join org_unit u on u.id = s.unit_id"
                + " where " + scope.where("u.path", "path")
                + " and s.removed_at is null and s.held_on between :from and :asOf";
        jdbc.sql("select"
                        + " (" + recognitions + " and r.kind = 'COMMENDATION') as commendations,"
                        + " (" + recognitions + " and r.kind = 'REMINDER') as reminders,"
                        + " (" + concerns + " and k.raised_on between :from and :asOf) as concerns_raised,"
                        + " (" + concerns + " and k.resolved_on between :from and :asOf) as concerns_resolved,"
                        + " (" + concerns + " and " + CONCERN_OVERDUE + ") as concerns_overdue,"
                        + " (" + followUps + " and " + FOLLOW_UP_OPEN + ") as follow_ups_open,"
                        + " (" + followUps + " and " + FOLLOW_UP_DONE + ") as follow_ups_done,"
                        + " (" + followUps + " and " + FOLLOW_UP_OVERDUE + ") as follow_ups_overdue,"
                        + " (" + sessions + " and s.kind = 'DIALOGUE') as dialogues,"
                        + " (" + sessions + " and s.kind = 'RECEPTION') as receptions")
                .params(scope.params("path"))
                .param("from", from)
                .param("asOf", asOf)
                .param("openSince", openSince)
                .param("forwardedSince", forwardedSince)
                .query()
                .singleRow()
                .forEach((column, count) -> counts.put(column, (Long) count));
        return counts;
    }

    private static void between(
            StringBuilder where,
            Map<String, Object> params,
            String column,
            String fromName,
            LocalDate from,
            String toName,
            LocalDate to) {
        if (from != null) {
            where.append(" and ").append(column).append(" >= :").append(fromName);
            params.put(fromName, from);
        }
        if (to != null) {
            where.append(" and ").append(column).append(" <= :").append(toName);
            params.put(toName, to);
        }
    }
}
