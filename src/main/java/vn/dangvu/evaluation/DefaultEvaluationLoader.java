package vn.dangvu.evaluation;

import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.evaluation.loading.EvaluationLoader;

/** The doorway to the ratings {@link EvaluationService} records for loaders, through the same entities as its screen. */
@Component
@Transactional
@RequiredArgsConstructor
class DefaultEvaluationLoader implements EvaluationLoader {

    private final EvaluationService evaluations;

    @Override
    public void recordRating(long memberId, int year, Rating rating) {
        evaluations.recordRating(memberId, year, rating);
    }

    @Override
    public void recordScore(long memberId, int year, BigDecimal score, boolean aboveRequirement) {
        evaluations.recordScore(memberId, year, score, aboveRequirement);
    }

    @Override
    public void recordBranchRating(long branchId, int year, Rating rating) {
        evaluations.recordBranchRating(branchId, year, rating);
    }
}
