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
import vn.dangvu.evaluation.Rating;
import vn.dangvu.shared.Texts;

/** A branch's rating for a year, by the commune Party committee. */
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

    @Version
    private long version;

    protected BranchRating() {}

    public BranchRating(long branchId, int year) {
        this.branchId = branchId;
        this.year = year;
    }

    public void rate(Rating rating, String note) {
        this.rating = rating;
        this.note = Texts.blankToNull(note);
    }

    public Rating getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }
}
