package vn.dangvu.branchwork.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;

/** A duty a branch gives a member for a year (Party Charter: members carry out what the branch assigns). */
@Entity
@Table(name = "duty")
@SQLRestriction("removed_at is null")
public class Duty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_seq")
    @SequenceGenerator(name = "duty_seq", sequenceName = "duty_seq", allocationSize = 50)
    private Long id;

    private long memberId;
    private long branchId;
    private int year;
    private String field;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private DutyStatus status = DutyStatus.ASSIGNED;

    private String resultNote;
    private String assessment;
    private String assignedBy;
    private Instant assignedAt;

    @Version
    private long version;

    @Embedded
    private Removal removal;

    protected Duty() {}

    public Duty(long memberId, long branchId, int year, String field, String title, String description, String by) {
        this.memberId = memberId;
        this.branchId = branchId;
        this.year = year;
        correct(field, title, description);
        this.assignedBy = by;
        this.assignedAt = Instant.now();
    }

    /** What the duty is: a field and a title, and a description if any. */
    public void correct(String field, String title, String description) {
        if (field == null || field.isBlank()) {
            throw BusinessRuleException.onField("field", "duty.fieldRequired");
        }
        if (title == null || title.isBlank()) {
            throw BusinessRuleException.onField("title", "duty.titleRequired");
        }
        this.field = field.trim();
        this.title = title.trim();
        this.description = Texts.blankToNull(description);
    }

    public void remove(String by, String reason) {
        this.removal = Removal.by(by, reason);
    }

    public void progress(DutyStatus status, String resultNote, String assessment) {
        this.status = status;
        this.resultNote = Texts.blankToNull(resultNote);
        this.assessment = Texts.blankToNull(assessment);
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getBranchId() {
        return branchId;
    }

    public int getYear() {
        return year;
    }

    public String getField() {
        return field;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DutyStatus getStatus() {
        return status;
    }

    public String getResultNote() {
        return resultNote;
    }

    public String getAssessment() {
        return assessment;
    }

    public long getVersion() {
        return version;
    }
}
