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
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.web.LocalDateFormatter;

/** A resident's concern (tâm tư, nguyện vọng): OPEN → FORWARDED to the commune → RESOLVED with a response. */
@Entity
@Table(name = "concern")
public class Concern extends Correctable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_seq")
    @SequenceGenerator(name = "concern_seq", sequenceName = "concern_seq", allocationSize = 50)
    private Long id;

    private long branchId;
    private Long memberId;
    private String residentName;
    private String topic;
    private String details;
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    private ConcernStatus status = ConcernStatus.OPEN;

    private LocalDate forwardedOn;
    private LocalDate resolvedOn;
    private String response;
    private String createdBy;

    protected Concern() {}

    public Concern(
            long branchId,
            Long memberId,
            String residentName,
            String topic,
            String details,
            LocalDate raisedOn,
            String createdBy) {
        this.branchId = branchId;
        this.memberId = memberId;
        this.residentName = residentName.trim();
        this.topic = topic.trim();
        this.details = Texts.blankToNull(details);
        this.raisedOn = raisedOn;
        this.createdBy = createdBy;
    }

    public void forward(LocalDate on, String username, Instant at) {
        if (status != ConcernStatus.OPEN) {
            throw new BusinessRuleException("concern.notOpen");
        }
        status = ConcernStatus.FORWARDED;
        forwardedOn = on;
        changedBy(username, at);
    }

    public void resolve(LocalDate on, String answer, String username, Instant at) {
        if (status == ConcernStatus.RESOLVED) {
            throw new BusinessRuleException("concern.alreadyResolved");
        }
        if (answer == null || answer.isBlank()) {
            throw BusinessRuleException.onField("response", "concern.responseRequired");
        }
        if (forwardedOn == null) {
            forwardedOn = on;
        }
        status = ConcernStatus.RESOLVED;
        resolvedOn = on;
        response = answer.trim();
        changedBy(username, at);
    }

    /**
     * A correction of what was typed. The concern cannot have been raised after it was forwarded or
     * resolved; only a resolved concern has a response to correct, and it cannot be blanked.
     */
    public void correct(
            long branchId,
            String residentName,
            String topic,
            String details,
            LocalDate raisedOn,
            String response,
            String username,
            Instant at) {
        LocalDate next = forwardedOn != null ? forwardedOn : resolvedOn;
        if (next != null && raisedOn.isAfter(next)) {
            throw BusinessRuleException.onField(
                    "raisedOn", "concern.raisedAfterForwarded", LocalDateFormatter.DISPLAY.format(next));
        }
        if (status == ConcernStatus.RESOLVED) {
            if (response == null || response.isBlank()) {
                throw BusinessRuleException.onField("response", "concern.responseRequired");
            }
            this.response = response.trim();
        }
        this.branchId = branchId;
        this.residentName = residentName.trim();
        this.topic = topic.trim();
        this.details = Texts.blankToNull(details);
        this.raisedOn = raisedOn;
        changedBy(username, at);
    }

    public long getBranchId() {
        return branchId;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getResidentName() {
        return residentName;
    }

    public String getTopic() {
        return topic;
    }

    public String getDetails() {
        return details;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public LocalDate getForwardedOn() {
        return forwardedOn;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getResponse() {
        return response;
    }
}
