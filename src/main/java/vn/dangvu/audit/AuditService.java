package vn.dangvu.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    AuditService(AuditEventRepository events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(AuditLog.Audited event) {
        events.save(new AuditEvent(
                event.username(), event.entityType(), event.entityId(), event.action(), event.details()));
    }

    /** Plain JDBC batches: an import of tens of thousands of records writes as many entries. */
    @EventListener
    @Transactional
    void on(AuditLog.AuditedBatch batch) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.batchUpdate("""
                insert into audit_event (id, occurred_at, username, entity_type, entity_id, action, details)
                values (nextval('audit_event_seq'), ?, ?, ?, ?, ?, ?)""", batch.changes(), 1000, (ps, change) -> {
            ps.setObject(1, now);
            ps.setString(2, batch.username());
            ps.setString(3, change.entityType());
            ps.setLong(4, change.entityId());
            ps.setString(5, change.action());
            ps.setString(6, change.details());
        });
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
