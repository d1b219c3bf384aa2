package vn.dangvu.me.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member's request to correct their record, open until their branch's secretary answers it. */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_request_seq")
    @SequenceGenerator(name = "correction_request_seq", sequenceName = "correction_request_seq", allocationSize = 50)
    private Long id;

    private long memberId;
    private String body;
    private Instant requestedAt;
    private String answer;
    private Instant answeredAt;
    private String answeredBy;

    @Version
    private long version;

    protected CorrectionRequest() {}

    public CorrectionRequest(long memberId, String body, Instant requestedAt) {
        this.memberId = memberId;
        this.body = body.strip();
        this.requestedAt = requestedAt;
    }

    /** Answered once: the answer closes the request. */
    public void answer(String answer, String answeredBy, Instant answeredAt) {
        if (this.answeredAt != null) {
            throw new IllegalStateException("already answered");
        }
        this.answer = answer.strip();
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public boolean open() {
        return answeredAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getBody() {
        return body;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public long getVersion() {
        return version;
    }
}
