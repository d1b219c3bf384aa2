package vn.dangvu.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.dangvu.evaluation.Rating;

/** A member's final rating for a year. */
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
    private Rating rating;

    protected MemberRating() {}

    public MemberRating(long memberId, int year, Rating rating) {
        this.memberId = memberId;
        this.year = year;
        this.rating = rating;
    }

    public long getMemberId() {
        return memberId;
    }
}
