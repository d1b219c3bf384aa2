package vn.dangvu.audit;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.audit.domain.AuditEvent;
import vn.dangvu.audit.domain.AuditEventRepository;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.PageView;

/** Stores audit events in the writer's transaction and reads a record's trail. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEventRepository events;
    private final JdbcClient jdbc;

    AuditService(AuditEventRepository events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(AuditLog.Audited event) {
        events.save(new AuditEvent(
                event.username(), event.entityType(), event.entityId(), event.action(), event.details()));
    }

    /** Many records' entries in one statement, at the same moment, in the writer's transaction. */
    @EventListener
    @Transactional
    void on(AuditLog.AuditedEach event) {
        jdbc.sql("""
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
