package vn.dangvu.engagement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.shared.Texts;

/** A citizen reception session (tiếp công dân) or the annual dialogue with branch secretaries. */
@Entity
@Table(name = "engagement_session")
public class EngagementSession extends Correctable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_session_seq")
    @SequenceGenerator(name = "engagement_session_seq", sequenceName = "engagement_session_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    private long unitId;
    private LocalDate heldOn;
    private String title;
    private String attendees;
    private String issues;
    private String createdBy;

    protected EngagementSession() {}

    /** What is typed about a session, as recorded and as corrected alike. */
    public record Held(
            SessionKind kind, long unitId, LocalDate heldOn, String title, String attendees, String issues) {}

    public EngagementSession(Held held, String createdBy) {
        hold(held);
        this.createdBy = createdBy;
    }

    public void correct(Held held, String username, Instant at) {
        hold(held);
        changedBy(username, at);
    }

    /** The title trimmed, blank text kept as none. */
    private void hold(Held held) {
        this.kind = held.kind();
        this.unitId = held.unitId();
        this.heldOn = held.heldOn();
        this.title = held.title().trim();
        this.attendees = Texts.blankToNull(held.attendees());
        this.issues = Texts.blankToNull(held.issues());
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getIssues() {
        return issues;
    }
}
