package vn.dangvu.engagement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.dangvu.shared.BusinessRuleException;

/** Something a session decided to do: who, by when, and when it was done. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    private long sessionId;
    private String description;
    private String owner;
    private LocalDate dueOn;
    private LocalDate doneOn;

    @Version
    private long version;

    protected FollowUp() {}

    public FollowUp(long sessionId, String description, String owner, LocalDate dueOn) {
        this.sessionId = sessionId;
        this.description = description.trim();
        this.owner = owner.trim();
        this.dueOn = dueOn;
    }

    public void done(LocalDate on) {
        if (doneOn != null) {
            throw new BusinessRuleException("followUp.alreadyDone");
        }
        doneOn = on;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getVersion() {
        return version;
    }
}
