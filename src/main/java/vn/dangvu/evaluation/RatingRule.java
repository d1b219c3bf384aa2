package vn.dangvu.evaluation;

import java.math.BigDecimal;

/**
 * The rule a year's ratings follow, from the dated table {@code rating_rule}: its basis ("366-QĐ/TW"), whether
 * ratings are scored, and the excellent quota: {@code quotaShare} of the members rated by {@code quotaBase},
 * with the source of that base and whether it is confirmed (RULES.md: under 366 it is not).
 */
public record RatingRule(
        int validFromYear,
        String basis,
        boolean scored,
        BigDecimal quotaShare,
        QuotaBase quotaBase,
        String quotaSource,
        boolean confirmed,
        boolean dissolutionNeedsRating) {

    /** Whose count the excellent quota is a share of. */
    public enum QuotaBase {
        /** Those rated Hoàn thành tốt nhiệm vụ, counting the excellent ones chosen among them. */
        GOOD_OR_BETTER,
        GOOD_ONLY
    }

    public long quotaPercent() {
        return quotaShare.movePointRight(2).longValue();
    }
}
