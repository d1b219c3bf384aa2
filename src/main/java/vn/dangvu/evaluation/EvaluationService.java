package vn.dangvu.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.evaluation.domain.MemberRating;
import vn.dangvu.evaluation.domain.MemberRatingRepository;

/** Member ratings per year: what transfers need to know (a member should move after being rated). */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final MemberRatingRepository ratings;

    EvaluationService(MemberRatingRepository ratings) {
        this.ratings = ratings;
    }

    /** Which of these members have a rating for the year. */
    public Set<Long> ratedMembers(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> rated = new HashSet<>();
        for (var chunk : chunks(memberIds)) {
            rated.addAll(ratings.findRatedMemberIds(chunk, year));
        }
        return rated;
    }

    public boolean isRated(long memberId, int year) {
        return !ratedMembers(Set.of(memberId), year).isEmpty();
    }

    /** Records a final rating (used by loaders; the rating workflow comes with branch work). */
    @Transactional
    public void recordRating(long memberId, int year, Rating rating) {
        ratings.save(new MemberRating(memberId, year, rating));
    }

    private static java.util.List<java.util.List<Long>> chunks(Collection<Long> ids) {
        java.util.List<Long> all = java.util.List.copyOf(ids);
        java.util.List<java.util.List<Long>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 5000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 5000)));
        }
        return chunks;
    }
}
