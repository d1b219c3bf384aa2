package vn.dangvu.evaluation.loading;

import java.math.BigDecimal;
import vn.dangvu.evaluation.Rating;

/**
 * Ratings of past years recorded by the system: each passes the rules of the evaluation screen (a FAIL
 * needs a reason, one rating per member or branch and year) and leaves an audit entry.
 */
public interface EvaluationLoader {

    /** A member's rating, the same at the branch and the commune stage. */
    void recordRating(long memberId, int year, Rating rating);

    /** A member's yearly rating under a scored rule (from 2025): the grade follows from the score. */
    void recordScore(long memberId, int year, BigDecimal score, boolean aboveRequirement);

    void recordBranchRating(long branchId, int year, Rating rating);
}
