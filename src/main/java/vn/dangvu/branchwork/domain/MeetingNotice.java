package vn.dangvu.branchwork.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
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
import java.time.LocalDate;
import java.time.LocalTime;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.NoticeForm;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;

/**
 * A branch meeting announced ahead of time (thông báo sinh hoạt chi bộ), with documents of its own. A
 * cancelled notice stays, with who cancelled it, when and why: members must see that the meeting will not
 * take place. Only a notice still standing is changed, and only to a day that has not passed.
 */
@Entity
@Table(name = "meeting_notice")
public class MeetingNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_notice_seq")
    @SequenceGenerator(name = "meeting_notice_seq", sequenceName = "meeting_notice_seq", allocationSize = 50)
    private Long id;

    private long branchId;
    private LocalDate meetsOn;

    @Convert(converter = WallClock.class)
    private LocalTime startsAt;

    private String place;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String topic;
    private String agenda;
    private String createdBy;
    private Instant createdAt;
    private Instant cancelledAt;
    private String cancelledBy;
    private String cancelReason;

    @Version
    private long version;

    protected MeetingNotice() {}

    public MeetingNotice(long branchId, NoticeForm form, String by, LocalDate today) {
        this.branchId = branchId;
        this.createdBy = by;
        this.createdAt = Instant.now();
        apply(form, today);
    }

    /** The notice as the form says; a committee meeting or a day already passed breaks a rule. */
    public void apply(NoticeForm form, LocalDate today) {
        requireStanding();
        if (form.kind() == MeetingKind.COMMITTEE) {
            throw BusinessRuleException.onField("kind", "notice.kindNotAnnounced");
        }
        if (form.meetsOn().isBefore(today)) {
            throw BusinessRuleException.onField("meetsOn", "notice.dateInPast");
        }
        this.meetsOn = form.meetsOn();
        this.startsAt = form.startsAt();
        this.place = Texts.blankToNull(form.place());
        this.kind = form.kind();
        this.topic = form.topic().strip();
        this.agenda = Texts.blankToNull(form.agenda());
    }

    public NoticeForm toForm() {
        return new NoticeForm(meetsOn, startsAt, place, kind, topic, agenda);
    }

    /** The meeting will not take place: members see the notice marked cancelled, with the reason. */
    public void cancel(String by, String reason) {
        requireStanding();
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "notice.cancel.reasonRequired");
        }
        this.cancelledAt = Instant.now();
        this.cancelledBy = by;
        this.cancelReason = reason.strip();
    }

    /** A cancelled notice is kept as it was when cancelled: no change, no document added or removed. */
    public void requireStanding() {
        if (isCancelled()) {
            throw new BusinessRuleException("notice.cancelled");
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /**
     * The hour stored as the text the branch means ("07:30"): a {@code time} column would be shifted by the
     * zone conversion the app applies to instants ({@code hibernate.jdbc.time_zone=UTC}).
     */
    @Converter
    static class WallClock implements AttributeConverter<LocalTime, String> {

        private static final java.time.format.DateTimeFormatter HOURS =
                java.time.format.DateTimeFormatter.ofPattern("HH:mm");

        @Override
        public String convertToDatabaseColumn(LocalTime time) {
            return time == null ? null : HOURS.format(time);
        }

        @Override
        public LocalTime convertToEntityAttribute(String text) {
            return text == null ? null : LocalTime.parse(text, HOURS);
        }
    }

    public Long getId() {
        return id;
    }

    public long getBranchId() {
        return branchId;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTopic() {
        return topic;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
