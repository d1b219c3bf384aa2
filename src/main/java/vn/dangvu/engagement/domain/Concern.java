package vn.dangvu.engagement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;

/** A resident's concern (tâm tư, nguyện vọng): OPEN → FORWARDED to the commune → RESOLVED with a response. */
@Entity
@Table(name = "concern")
public class Concern {

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

    @Version
    private long version;

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

    public void forward(LocalDate on) {
        if (status != ConcernStatus.OPEN) {
            throw new BusinessRuleException("concern.notOpen");
        }
        status = ConcernStatus.FORWARDED;
        forwardedOn = on;
    }

    public void resolve(LocalDate on, String answer) {
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
    }

    public long getBranchId() {
        return branchId;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }
}
