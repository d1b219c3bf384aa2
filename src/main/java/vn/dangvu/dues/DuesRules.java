package vn.dangvu.dues;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.dangvu.dues.domain.Assignment;
import vn.dangvu.dues.domain.Rate;
import vn.dangvu.dues.domain.Share;

/**
 * How much is due, in whole đồng, and the one place where it is rounded. A percent of the base is rounded
 * to the nearest đồng, a half đồng up (0.5% of 4,321,099 đ = 21,605.495 → 21,605 đ; of 4,321,100 đ =
 * 21,605.5 → 21,606 đ); a hardship reduction is taken off the rounded amount and rounded the same way; a
 * share kept by a level likewise, the rest going upward, so that the parts always add up to the whole.
 */
public final class DuesRules {

    private DuesRules() {}

    /** {@code basisPoints} hundredths of a percent of {@code amount}, rounded half up to the đồng. */
    public static long percentOf(long amount, int basisPoints) {
        return (amount * basisPoints + 5_000) / 10_000;
    }

    /** The amount after a reduction of {@code percent} percent, rounded half up to the đồng. */
    public static long reduced(long amount, int percent) {
        return (amount * (100 - percent) + 50) / 100;
    }

    /** The due under a rate for a member's assignment; empty when a percent has no base to be taken of. */
    public static Optional<Long> due(Rate rate, Assignment assignment) {
        long full;
        if (rate.percent()) {
            if (assignment.base() == null) {
                return Optional.empty();
            }
            full = percentOf(assignment.base(), rate.basisPoints());
        } else {
            full = rate.amount();
        }
        return Optional.of(reduced(full, assignment.reductionPercent()));
    }

    /** The rate of a category that a month follows: the one that holds on its last day. */
    public static Optional<Rate> rateFor(List<Rate> rates, String category, YearMonth month) {
        return rates.stream()
                .filter(r -> r.category().equals(category) && r.appliesTo(month))
                .findFirst();
    }

    public static Optional<Assignment> assignmentFor(List<Assignment> assignments, YearMonth month) {
        return assignments.stream().filter(a -> a.appliesTo(month)).findFirst();
    }

    /** The share a level keeps that month, in basis points; empty when none is set. */
    public static Optional<Integer> shareFor(List<Share> shares, String level, YearMonth month) {
        return shares.stream()
                .filter(s -> s.level().equals(level) && s.appliesTo(month))
                .map(Share::basisPoints)
                .findFirst();
    }
}
