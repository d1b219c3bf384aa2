package vn.dangvu.shared;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where services say what they changed. The audit module stores each {@link Audited} event in the
 * same transaction as the change, so a change and its record are written together or not at all.
 */
@Component
@RequiredArgsConstructor
public class AuditLog {

    /** The name recorded for changes made by the system itself (first start, demo data). */
    public static final String SYSTEM = "system";

    private final ApplicationEventPublisher events;

    public void record(Actor actor, String entityType, long entityId, String action, String details) {
        events.publishEvent(
                new Audited(actor == null ? SYSTEM : actor.username(), entityType, entityId, action, details));
    }

    /**
     * Records one change for each of many records written in one batch (an import), stored in batches
     * too: each record's trail shows it.
     */
    public void recordAll(Actor actor, List<Change> changes) {
        if (!changes.isEmpty()) {
            events.publishEvent(new AuditedBatch(actor == null ? SYSTEM : actor.username(), List.copyOf(changes)));
        }
    }

    /** A change whose details hold codes (ids, enum constants, dates) that the trail shows as words. */
    public void recordDetails(Actor actor, String entityType, long entityId, String action, AuditDetails details) {
        record(actor, entityType, entityId, action, details.isEmpty() ? null : details.toJson());
    }

    /**
     * The same change to many records of one type (a campaign's batch step): one entry per record, as
     * {@link #record} would write them one by one, stored in one statement.
     */
    public void recordEach(Actor actor, String entityType, List<Long> entityIds, String action, String details) {
        if (!entityIds.isEmpty()) {
            events.publishEvent(new AuditedEach(
                    actor == null ? SYSTEM : actor.username(), entityType, List.copyOf(entityIds), action, details));
        }
    }

    /**
     * Records changes in a transaction of their own, kept even when the caller's is rolled back: what a
     * refused request looked up (an ID number of another scope) must stay in the trail.
     */
    public void recordOnItsOwn(Actor actor, List<Change> changes) {
        if (!changes.isEmpty()) {
            events.publishEvent(new AuditedOnItsOwn(actor == null ? SYSTEM : actor.username(), List.copyOf(changes)));
        }
    }

    /** "field: old → new; …" for the components of two records of the same type that differ. */
    public static String changes(Record before, Record after) {
        StringJoiner joiner = new StringJoiner("; ");
        for (var component : before.getClass().getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                Object old = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!Objects.equals(normalise(old), normalise(now))) {
                    joiner.add(component.getName() + ": " + normalise(old) + " → " + normalise(now));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return joiner.toString();
    }

    /** "field: value; …" for the components of a record that hold something, e.g. what a removal took away. */
    public static String values(Record record) {
        StringJoiner joiner = new StringJoiner("; ");
        for (var component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                Object value = normalise(component.getAccessor().invoke(record));
                if (value != null) {
                    joiner.add(component.getName() + ": " + value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return joiner.toString();
    }

    private static Object normalise(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /** A change to one record, among others made together. */
    public record Change(String entityType, long entityId, String action, String details) {}

    /** Many changes made together by one user. */
    public record AuditedBatch(String username, List<Change> changes) {}

    /** Changes by one user, stored whatever becomes of the transaction they were made in. */
    public record AuditedOnItsOwn(String username, List<Change> changes) {}

    /** One change to one record, by one user. */
    public record Audited(String username, String entityType, long entityId, String action, String details) {}

    /** The same change to many records, by one user. */
    public record AuditedEach(
            String username, String entityType, List<Long> entityIds, String action, String details) {}
}
