package vn.dangvu.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A member's own rating sheets: those of the periods under review today, whose self-assessment step is theirs
 * to fill while no later step has been recorded ({@code open}), and the final grades of past years, read only.
 */
public record OwnRatings(List<Sheet> current, List<Past> past) {

    /**
     * One period's sheet. {@code notRatedKey}: why the member is not rated in it (exempt, admitted less than
     * six months before), else null; {@code sheet}: the criteria groups of the member's form when the period is
     * scored by group (else empty, and the self step is a grade); {@code points}: the member's points in its
     * order.
     */
    public record Sheet(
            int year,
            RatingPeriod period,
            String ruleBasis,
            boolean scored,
            String form,
            List<SheetGroup> sheet,
            List<BigDecimal> points,
            BigDecimal selfScore,
            boolean aboveRequirement,
            Rating self,
            String reason,
            boolean open,
            String notRatedKey) {

        public boolean byGroup() {
            return !sheet.isEmpty();
        }
    }

    /** A year's final grade, with its score under a scored rule and the rule it was made under. */
    public record Past(int year, Rating rating, BigDecimal score, String ruleBasis) {}
}
