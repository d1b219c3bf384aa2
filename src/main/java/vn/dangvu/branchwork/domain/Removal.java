package vn.dangvu.branchwork.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import vn.dangvu.shared.BusinessRuleException;

/**
 * Who removed a record, when and why. A removed meeting, duty or guest stays in its table (its entity
 * reads only rows without one), so that a removal is on record and can be looked into.
 */
@Embeddable
public class Removal {

    private Instant removedAt;
    private String removedBy;
    private String removalReason;

    protected Removal() {}

    /** A removal needs a reason: the record leaves every list and figure. */
    static Removal by(String username, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "removal.reasonRequired");
        }
        Removal removal = new Removal();
        removal.removedAt = Instant.now();
        removal.removedBy = username;
        removal.removalReason = reason.trim();
        return removal;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
