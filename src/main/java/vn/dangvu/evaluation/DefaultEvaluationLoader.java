package vn.dangvu.evaluation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.evaluation.domain.BranchRating;
import vn.dangvu.evaluation.domain.BranchRatingRepository;
import vn.dangvu.evaluation.domain.MemberRating;
import vn.dangvu.evaluation.domain.MemberRatingRepository;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.shared.AuditLog;

/** Ratings through the same entities and stage rules as {@link EvaluationService#save}. */
@Component
@Transactional
class DefaultEvaluationLoader implements EvaluationLoader {

    private final MemberRatingRepository ratings;
    private final BranchRatingRepository branchRatings;
    private final AuditLog audit;

    DefaultEvaluationLoader(MemberRatingRepository ratings, BranchRatingRepository branchRatings, AuditLog audit) {
        this.ratings = ratings;
        this.branchRatings = branchRatings;
        this.audit = audit;
    }

    @Override
    public void recordRating(long memberId, int year, Rating rating) {
        MemberRating stages = new MemberRating(memberId, year);
        stages.rateInBranch(null, null, rating, null);
        stages.rateInCommune(rating, null);
        ratings.flush(); // the member may have been registered in this transaction and not yet written
        ratings.save(stages);
        audit.record(null, "MEMBER", memberId, "RATED", year + ": " + rating);
    }

    @Override
    public void recordBranchRating(long branchId, int year, Rating rating) {
        BranchRating branch = new BranchRating(branchId, year);
        branch.rate(rating, null);
        branchRatings.save(branch);
        audit.record(null, "UNIT", branchId, "EVALUATED", String.valueOf(year));
    }
}
