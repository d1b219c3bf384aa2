package vn.dangvu.member;

/**
 * What the branch and the competent committee decide when a probationary member's 12 months end (Party
 * Charter art. 5; 29-QĐ/TW): recognition as a full member, or, for one who does not qualify, removal from
 * the list of probationary members (xóa tên), which is a leaving of the Party.
 */
public enum ProbationOutcome {
    RECOGNISED,
    NOT_RECOGNISED
}
