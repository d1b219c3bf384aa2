package vn.dangvu.evaluation;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.evaluation.domain.BranchRatingRepository;
import vn.dangvu.evaluation.domain.RatingOverride;
import vn.dangvu.evaluation.domain.RatingOverrideRepository;
import vn.dangvu.organisation.DissolutionCheck;
import vn.dangvu.organisation.Levels;
import vn.dangvu.shared.BusinessRuleException;

/**
 * A branch is dissolved only with its last year's rating recorded, or an exception recorded in its place
 * (DESIGN.md, Dissolution), where the rule of that year asks for it and the branch existed at that year's end.
 */
@Component
@RequiredArgsConstructor
class LastYearRatingCheck implements DissolutionCheck {

    private final RatingRules rules;
    private final Levels levels;
    private final BranchRatingRepository branchRatings;
    private final RatingOverrideRepository overrides;

    @Override
    public void check(long branchId, LocalDate dissolvedOn) {
        int year = dissolvedOn.getYear() - 1;
        if (!rules.forYear(year).dissolutionNeedsRating()
                || levels.on(branchId, LocalDate.of(year, 12, 31)).isEmpty()) {
            return;
        }
        boolean rated = branchRatings
                .findByBranchIdAndYear(branchId, year)
                .map(r -> r.getRating() != null)
                .orElse(false);
        if (!rated
                && overrides
                        .findByKindAndUnitIdAndYear(RatingOverride.Kind.DISSOLUTION, branchId, year)
                        .isEmpty()) {
            throw new BusinessRuleException("evaluation.dissolveNeedsRating", year);
        }
    }
}
