package vn.dangvu.evaluation;

import java.math.BigDecimal;

/**
 * A member's evaluation for a period, stage by stage; null where a stage has not happened. {@code score} and
 * {@code aboveRequirement}: the final score and the excellent grade's extra conditions, under a scored rule;
 * {@code ruleBasis}: the rule the rating was made under; {@code selfScore} and {@code selfAboveRequirement}: the
 * member's own total and ticks, under a scored rule.
 */
public record EvaluationView(
        Rating self,
        Rating committee,
        Rating branch,
        Rating commune,
        String failReason,
        BigDecimal score,
        boolean aboveRequirement,
        String ruleBasis,
        BigDecimal selfScore,
        boolean selfAboveRequirement) {

    public static final EvaluationView NONE =
            new EvaluationView(null, null, null, null, null, null, false, null, null, false);

    /** A stage by name (self, committee, branch, commune), for the evaluation screen. */
    public Rating stage(String name) {
        return Stages.pick(name, self, committee, branch, commune);
    }
}
