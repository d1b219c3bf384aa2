package vn.dangvu.branchwork.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document attached to a meeting notice, kept in the database with its name, the type its bytes were
 * found to be, its size and SHA-256. The pages list documents without their bytes ({@link NoticeQueries});
 * this entity is read only to send one.
 */
@Entity
@Table(name = "meeting_notice_document")
public class NoticeDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_notice_document_seq")
    @SequenceGenerator(
            name = "meeting_notice_document_seq",
            sequenceName = "meeting_notice_document_seq",
            allocationSize = 50)
    private Long id;

    private long noticeId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected NoticeDocument() {}

    public NoticeDocument(
            long noticeId, String fileName, String contentType, byte[] content, String sha256, String by) {
        this.noticeId = noticeId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
