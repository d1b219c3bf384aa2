package vn.dangvu.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRatingRepository extends JpaRepository<MemberRating, Long> {

    @Query(
            "select r.memberId from MemberRating r where r.year = :year and r.rating is not null and r.memberId in :memberIds")
    List<Long> findRatedMemberIds(Collection<Long> memberIds, int year);

    Optional<MemberRating> findByMemberIdAndYear(long memberId, int year);

    List<MemberRating> findByYearAndMemberIdIn(int year, Collection<Long> memberIds);
}
