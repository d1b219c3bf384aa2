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
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.shared.Texts;

/** A commendation of a good model (biểu dương) or a criticism/reminder (phê bình, nhắc nhở). */
@Entity
@Table(name = "recognition")
public class Recognition extends Correctable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_seq")
    @SequenceGenerator(name = "recognition_seq", sequenceName = "recognition_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RecognitionKind kind;

    private Long memberId;
    private long branchId;
    private LocalDate decidedOn;
    private String decidedBy;
    private String decision;
    private String reason;
    private String createdBy;

    protected Recognition() {}

    public Recognition(
            RecognitionKind kind,
            Long memberId,
            long branchId,
            LocalDate decidedOn,
            String decidedBy,
            String decision,
            String reason,
            String createdBy) {
        this.kind = kind;
        this.memberId = memberId;
        this.branchId = branchId;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy.trim();
        this.decision = Texts.blankToNull(decision);
        this.reason = reason.trim();
        this.createdBy = createdBy;
    }

    /** A correction of what was typed; the member it names, if any, stays. */
    public void correct(
            RecognitionKind kind,
            long branchId,
            LocalDate decidedOn,
            String decidedBy,
            String decision,
            String reason,
            String username,
            Instant at) {
        this.kind = kind;
        this.branchId = branchId;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy.trim();
        this.decision = Texts.blankToNull(decision);
        this.reason = reason.trim();
        changedBy(username, at);
    }

    public Long getId() {
        return id;
    }

    public RecognitionKind getKind() {
        return kind;
    }

    public Long getMemberId() {
        return memberId;
    }

    public long getBranchId() {
        return branchId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }
}
