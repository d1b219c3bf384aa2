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
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;

/**
 * A branch's rating for a year, by the commune Party committee, under the rule of that year ({@code ruleBasis});
 * under a scored rule the grade follows from the score.
 */
@Entity
@Table(name = "branch_rating")
public class BranchRating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "branch_rating_seq")
    @SequenceGenerator(name = "branch_rating_seq", sequenceName = "branch_rating_seq", allocationSize = 50)
    private Long id;

    private long branchId;
    private int year;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String note;
    private BigDecimal score;
    private String ruleBasis;

    @Version
    private long version;

    protected BranchRating() {}

    public BranchRating(long branchId, int year, String ruleBasis) {
        this.branchId = branchId;
        this.year = year;
        this.ruleBasis = ruleBasis;
    }

    public void rate(Rating rating, String note) {
        this.rating = rating;
        this.note = Texts.blankToNull(note);
    }

    public void score(BigDecimal score, boolean aboveRequirement, String note) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw BusinessRuleException.onField("branchScore", "evaluation.scoreOutOfRange");
        }
        this.score = score;
        rate(Grades.fromScore(score, aboveRequirement), note);
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getRuleBasis() {
        return ruleBasis;
    }

    public Rating getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }
}
