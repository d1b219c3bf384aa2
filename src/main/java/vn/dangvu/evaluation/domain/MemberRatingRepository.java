package vn.dangvu.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.dangvu.evaluation.RatingPeriod;

public interface MemberRatingRepository extends JpaRepository<MemberRating, Long> {

    @Query(
            "select r.memberId from MemberRating r where r.year = :year and r.period = vn.dangvu.evaluation.RatingPeriod.Y"
                    + " and r.rating is not null and r.memberId in :memberIds")
    List<Long> findRatedMemberIds(Collection<Long> memberIds, int year);

    Optional<MemberRating> findByMemberIdAndYearAndPeriod(long memberId, int year, RatingPeriod period);

    List<MemberRating> findByMemberIdAndPeriodOrderByYearDesc(long memberId, RatingPeriod period);

    /** Whether the member has been reviewed by quarter since a year: their branch holds quarterly reviews. */
    @Query("select count(r) > 0 from MemberRating r where r.memberId = :memberId"
            + " and r.period <> vn.dangvu.evaluation.RatingPeriod.Y and r.year >= :since")
    boolean hasQuarterlySince(long memberId, int since);

    List<MemberRating> findByYearAndPeriodAndMemberIdIn(int year, RatingPeriod period, Collection<Long> memberIds);
}
