package vn.dangvu.branchwork.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.shared.Texts;

/** A guest at a meeting (the district liaison, commune officials), with their comments and guidance. */
@Entity
@Table(name = "meeting_guest")
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

    protected MeetingGuest() {}

    public MeetingGuest(long meetingId, GuestKind kind, String name, Long userId, String comment) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.name = name.trim();
        this.userId = userId;
        this.comment = Texts.blankToNull(comment);
        this.createdAt = Instant.now();
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
}
