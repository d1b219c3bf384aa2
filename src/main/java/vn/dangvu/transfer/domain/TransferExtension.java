package vn.dangvu.transfer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One extension of a temporary stay, asked at the host and reported to the origin; never overwritten. */
@Entity
@Table(name = "transfer_extension")
public class TransferExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_extension_seq")
    @SequenceGenerator(name = "transfer_extension_seq", sequenceName = "transfer_extension_seq", allocationSize = 50)
    private Long id;

    private Long transferId;
    private LocalDate previousEnd;
    private LocalDate plannedEnd;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected TransferExtension() {}

    TransferExtension(Long transferId, LocalDate previousEnd, LocalDate plannedEnd, String reason, String by) {
        this.transferId = transferId;
        this.previousEnd = previousEnd;
        this.plannedEnd = plannedEnd;
        this.reason = reason;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getTransferId() {
        return transferId;
    }

    public LocalDate getPreviousEnd() {
        return previousEnd;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
