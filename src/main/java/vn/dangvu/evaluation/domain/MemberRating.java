package vn.dangvu.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import vn.dangvu.evaluation.Grades;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.RatingPeriod;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;

/**
 * A member's evaluation for a year or a quarter, through its four hands: the member's self-assessment, the
 * branch committee's proposal, the branch's vote and the commune Party committee's final {@code rating}. Under a
 * scored rule (366-QĐ/TW, from 2025) the final rating follows from the {@code score}; {@code ruleBasis} is the
 * rule it was made under, so that older ratings keep theirs.
 */
@Entity
@Table(name = "member_rating")
public class MemberRating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_rating_seq")
    @SequenceGenerator(name = "member_rating_seq", sequenceName = "member_rating_seq", allocationSize = 50)
    private Long id;

    private long memberId;
    private int year;

    @Enumerated(EnumType.STRING)
    private RatingPeriod period;

    private BigDecimal score;
    private boolean aboveRequirement;
    private String ruleBasis;

    @Enumerated(EnumType.STRING)
    private Rating selfRating;

    @Enumerated(EnumType.STRING)
    private Rating committeeRating;

    @Enumerated(EnumType.STRING)
    private Rating branchRating;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String failReason;

    private BigDecimal selfScore;
    private boolean selfAboveRequirement;

    @Version
    private long version;

    protected MemberRating() {}

    public MemberRating(long memberId, int year, RatingPeriod period, String ruleBasis) {
        this.memberId = memberId;
        this.year = year;
        this.period = period;
        this.ruleBasis = ruleBasis;
    }

    /** The branch's stages; a FAIL anywhere needs a reason. */
    public void rateInBranch(Rating self, Rating committee, Rating branch, String reason) {
        this.selfRating = self;
        this.selfScore = null;
        this.selfAboveRequirement = false;
        rateInBranch(committee, branch, reason);
    }

    /** The branch committee's proposal and the branch's vote; a FAIL anywhere needs a reason. */
    public void rateInBranch(Rating committee, Rating branch, String reason) {
        this.committeeRating = committee;
        this.branchRating = branch;
        this.failReason = Texts.blankToNull(reason);
        requireReasonForFail();
    }

    /** The member's self-assessment under a graded rule: the grade they chose. */
    public void assessSelf(Rating self, String reason) {
        this.selfRating = self;
        this.selfScore = null;
        this.selfAboveRequirement = false;
        this.failReason = Texts.blankToNull(reason);
        requireReasonForFail();
    }

    /**
     * The member's self-assessment under a scored rule: the grade follows from their total as the final one
     * follows from the commune's; no total leaves the step empty.
     */
    public void scoreSelf(BigDecimal total, boolean aboveRequirement, String reason) {
        if (total != null && (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw BusinessRuleException.onField("selfScore", "evaluation.scoreOutOfRange");
        }
        this.selfScore = total;
        this.selfAboveRequirement = total != null && aboveRequirement;
        this.selfRating = total == null ? null : Grades.fromScore(total, aboveRequirement);
        this.failReason = Texts.blankToNull(reason);
        requireReasonForFail();
    }

    /** The self-assessment is the member's own while no later step has been recorded; after that it is read. */
    public boolean selfOpen() {
        return committeeRating == null && branchRating == null && rating == null;
    }

    /** The commune Party committee's final rating. */
    public void rateInCommune(Rating finalRating, String reason) {
        this.rating = finalRating;
        if (reason != null && !reason.isBlank()) {
            this.failReason = reason.trim();
        }
        requireReasonForFail();
    }

    /**
     * The commune Party committee's final rating under a scored rule: the grade follows from the score and, for
     * the excellent grade, its extra conditions; no score leaves the member not yet rated.
     */
    public void scoreInCommune(BigDecimal score, boolean aboveRequirement, String reason) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw BusinessRuleException.onField("score", "evaluation.scoreOutOfRange");
        }
        this.score = score;
        this.aboveRequirement = score != null && aboveRequirement;
        rateInCommune(score == null ? null : Grades.fromScore(score, aboveRequirement), reason);
    }

    private void requireReasonForFail() {
        boolean fails = selfRating == Rating.FAIL
                || committeeRating == Rating.FAIL
                || branchRating == Rating.FAIL
                || rating == Rating.FAIL;
        if (fails && failReason == null) {
            throw BusinessRuleException.onField("failReason", "evaluation.failNeedsReason");
        }
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public boolean isSelfAboveRequirement() {
        return selfAboveRequirement;
    }

    public long getMemberId() {
        return memberId;
    }

    public int getYear() {
        return year;
    }

    public RatingPeriod getPeriod() {
        return period;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isAboveRequirement() {
        return aboveRequirement;
    }

    public String getRuleBasis() {
        return ruleBasis;
    }

    public Rating getSelfRating() {
        return selfRating;
    }

    public Rating getCommitteeRating() {
        return committeeRating;
    }

    public Rating getBranchRating() {
        return branchRating;
    }

    public Rating getRating() {
        return rating;
    }

    public String getFailReason() {
        return failReason;
    }
}
