package vn.dangvu.engagement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.dangvu.shared.BusinessRuleException;

/** Something a session decided to do: who, by when, and when it was done. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends Correctable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    private long sessionId;
    private String description;
    private String owner;
    private LocalDate dueOn;
    private LocalDate doneOn;

    protected FollowUp() {}

    public FollowUp(long sessionId, String description, String owner, LocalDate dueOn) {
        this.sessionId = sessionId;
        this.description = description.trim();
        this.owner = owner.trim();
        this.dueOn = dueOn;
    }

    public void done(LocalDate on, String username, Instant at) {
        if (doneOn != null) {
            throw new BusinessRuleException("followUp.alreadyDone");
        }
        doneOn = on;
        changedBy(username, at);
    }

    /** A correction of what was typed; clearing the day it was done opens it again. */
    public void correct(
            String description, String owner, LocalDate dueOn, LocalDate doneOn, String username, Instant at) {
        this.description = description.trim();
        this.owner = owner.trim();
        this.dueOn = dueOn;
        this.doneOn = doneOn;
        changedBy(username, at);
    }

    public long getSessionId() {
        return sessionId;
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
