package vn.dangvu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.audit.domain.AuditEvent;
import vn.dangvu.audit.domain.AuditEventRepository;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.PageView;

/** Stores audit events in the writer's transaction and reads a record's trail. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final int BATCH = 1000;

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    AuditService(AuditEventRepository events, JdbcTemplate jdbc, JdbcClient client) {
        this.client = client;
        this.events = events;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(AuditLog.Audited event) {
        events.save(new AuditEvent(
                event.username(), event.entityType(), event.entityId(), event.action(), event.details()));
    }

    /**
     * One statement per thousand entries (arrays unnested), for an import that writes tens of thousands of
     * records in one transaction.
     */
    @EventListener
    @Transactional
    void on(AuditLog.AuditedBatch batch) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<AuditLog.Change> changes = batch.changes();
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<AuditLog.Change> part = changes.subList(from, Math.min(changes.size(), from + BATCH));
            jdbc.execute("""
                    insert into audit_event (id, occurred_at, username, entity_type, entity_id, action, details)
                    select nextval('audit_event_seq'), ?, ?, c.entity_type, c.entity_id, c.action, c.details
                    from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::text[])
                         as c (entity_type, entity_id, action, details)""", (PreparedStatement ps) -> {
                Connection connection = ps.getConnection();
                ps.setObject(1, now);
                ps.setString(2, batch.username());
                ps.setArray(3, connection.createArrayOf("varchar", column(part, AuditLog.Change::entityType)));
                ps.setArray(4, connection.createArrayOf("bigint", column(part, AuditLog.Change::entityId)));
                ps.setArray(5, connection.createArrayOf("varchar", column(part, AuditLog.Change::action)));
                ps.setArray(6, connection.createArrayOf("text", column(part, AuditLog.Change::details)));
                return ps.executeUpdate();
            });
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuditLog.AuditedOnItsOwn entries) {
        on(new AuditLog.AuditedBatch(entries.username(), entries.changes()));
    }

    private static Object[] column(List<AuditLog.Change> changes, Function<AuditLog.Change, Object> value) {
        return changes.stream().map(value).toArray();
    }

    /** Many records' entries in one statement, at the same moment, in the writer's transaction. */
    @EventListener
    @Transactional
    void on(AuditLog.AuditedEach event) {
        client.sql("""
                        insert into audit_event (id, occurred_at, username, entity_type, entity_id, action, details)
                        select nextval('audit_event_seq'), :at, :username, :type, e.id, :action, :details
                        from unnest(:ids) with ordinality as e(id, n) order by e.n""")
                .param("at", Timestamp.from(Instant.now()))
                .param("username", event.username())
                .param("type", event.entityType())
                .param("action", event.action())
                .param("details", event.details())
                .param("ids", new SqlArrayValue("bigint", event.entityIds().toArray()))
                .update();
    }

    /** The trail of one record, newest first. Callers check that the user may read the record. */
    public PageView<Entry> trail(String entityType, long entityId, int page) {
        Page<AuditEvent> found = events.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(
                entityType, entityId, PageRequest.of(page, PageView.DEFAULT_SIZE));
        return new PageView<>(
                found.getContent().stream()
                        .map(e -> new Entry(e.getOccurredAt(), e.getUsername(), e.getAction(), e.getDetails()))
                        .toList(),
                page,
                PageView.DEFAULT_SIZE,
                found.getTotalElements());
    }

    public record Entry(Instant occurredAt, String username, String action, String details) {}
}
