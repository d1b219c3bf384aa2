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
import java.util.Objects;
import org.hibernate.annotations.SQLRestriction;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;

/**
 * A guest at a meeting (the district liaison, commune officials), with their comments and guidance. A
 * liaison's entry is theirs: it stays a liaison's, under their name; no other guest becomes one.
 */
@Entity
@Table(name = "meeting_guest")
@SQLRestriction("removed_at is null")
public class MeetingGuest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_guest_seq")
    @SequenceGenerator(name = "meeting_guest_seq", sequenceName = "meeting_guest_seq", allocationSize = 50)
    private Long id;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    private GuestKind kind;

    private String name;
    private Long userId;
    private String comment;
    private Instant createdAt;

    @Version
    private long version;

    @Embedded
    private Removal removal;

    protected MeetingGuest() {}

    public MeetingGuest(long meetingId, GuestKind kind, String name, Long userId, String comment) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.name = name.trim();
        this.userId = userId;
        this.comment = Texts.blankToNull(comment);
        this.createdAt = Instant.now();
    }

    public void correct(GuestKind kind, String name, String comment) {
        boolean liaison = this.kind == GuestKind.LIAISON;
        if (liaison != (kind == GuestKind.LIAISON)) {
            throw BusinessRuleException.onField("kind", "meeting.guestKindFixed");
        }
        if (liaison && !Objects.equals(this.name, name == null ? null : name.trim())) {
            throw BusinessRuleException.onField("name", "meeting.guestKindFixed");
        }
        if (liaison && (comment == null || comment.isBlank())) {
            throw BusinessRuleException.onField("comment", "liaison.commentRequired");
        }
        this.kind = kind;
        this.name = name.trim();
        this.comment = Texts.blankToNull(comment);
    }

    public void remove(String by, String reason) {
        this.removal = Removal.by(by, reason);
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public GuestKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getComment() {
        return comment;
    }

    public Long getUserId() {
        return userId;
    }

    public long getVersion() {
        return version;
    }
}
