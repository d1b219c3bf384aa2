package vn.dangvu.engagement.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.dangvu.shared.BusinessRuleException;

/**
 * A record that whoever may write it can correct and remove. A removal keeps the row, marked with who
 * removed it, when and why, so that nothing typed is ever lost; lists and figures leave removed rows out.
 * Who changed it last is kept so that a correction meeting someone else's change can say whose.
 */
@MappedSuperclass
public abstract class Correctable {

    @Version
    private long version;

    private String updatedBy;
    private Instant updatedAt;
    private Instant removedAt;
    private String removedBy;
    private String removalReason;

    /** Someone changed the record (a correction or a step of its lifecycle). */
    protected void changedBy(String username, Instant at) {
        updatedBy = username;
        updatedAt = at;
    }

    public void remove(String username, Instant at, String reason) {
        if (isRemoved()) {
            throw new BusinessRuleException("engagement.alreadyRemoved");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "engagement.removalReasonRequired");
        }
        removedBy = username;
        removedAt = at;
        removalReason = reason.strip();
        changedBy(username, at);
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
