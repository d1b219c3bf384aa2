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
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.shared.Texts;

/**
 * A branch meeting (sinh hoạt chi bộ). Attendance and contributions are rows of their own. A removed
 * meeting is not read back: to the application it no longer exists.
 */
@Entity
@Table(name = "meeting")
@SQLRestriction("removed_at is null")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;

    private long branchId;
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String topic;
    private String resolution;
    private String createdBy;

    @Version
    private long version;

    @Embedded
    private Removal removal;

    protected Meeting() {}

    public Meeting(long branchId, MeetingForm form, String by) {
        this.branchId = branchId;
        this.createdBy = by;
        apply(form);
    }

    public void apply(MeetingForm form) {
        this.heldOn = form.heldOn();
        this.kind = form.kind();
        this.topic = form.topic().trim();
        this.resolution = Texts.blankToNull(form.resolution());
    }

    /** The meeting as its form shows it. */
    public MeetingForm toForm() {
        return new MeetingForm(heldOn, kind, topic, resolution);
    }

    public void remove(String by, String reason) {
        this.removal = Removal.by(by, reason);
    }

    public Long getId() {
        return id;
    }

    public long getBranchId() {
        return branchId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTopic() {
        return topic;
    }

    public String getResolution() {
        return resolution;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
