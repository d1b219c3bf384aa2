package vn.dangvu.evaluation;

import java.util.List;
import java.util.Map;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;

/**
 * A branch's evaluation screen for a year or a quarter, under the rule of that year ({@code rule}). Members
 * not rated (RULES.md, Evaluation) have no row and are listed as "không xếp loại": {@code exempt}, exempt from
 * Party work and meetings; {@code tooNew}, admitted less than six months before the rating date. The quota
 * (yearly ratings only) is {@code excellentLimit} excellent ratings out of {@code quotaBase} members rated by
 * the rule's base, with any recorded exception; {@code sheets}: the score sheet's criteria groups by form.
 */
public record EvaluationPage(
        UnitView branch,
        int year,
        RatingPeriod period,
        RatingRule rule,
        List<Row> rows,
        Rating branchRating,
        String branchNote,
        java.math.BigDecimal branchScore,
        String branchRuleBasis,
        long excellentLimit,
        long excellentUsed,
        long quotaBase,
        String quotaUnitName,
        OverrideView quotaOverride,
        OverrideView dissolutionOverride,
        Map<String, List<SheetGroup>> sheets,
        May may,
        List<MemberSummary> exempt,
        List<MemberSummary> tooNew) {

    /** Record the branch's stages; record the commune's stage, the branch's own rating and exceptions. */
    public record May(boolean write, boolean rateCommune) {}

    /**
     * {@code form}: the sheet the member is scored on (2A, 2B or 2C of Hướng dẫn 43-HD/BTCTW); {@code
     * evidence}: the member's period as every step sees it (duties, attendance, recognitions); {@code sheet}:
     * that form's criteria groups when the period is scored by group (else empty), with the points the member
     * gave themselves ({@code selfPoints}) and the commune's ({@code points}), in the groups' order.
     */
    public record Row(
            MemberSummary member,
            EvaluationView evaluation,
            String form,
            List<RatingEvidence.Line> evidence,
            List<SheetGroup> sheet,
            List<java.math.BigDecimal> selfPoints,
            List<java.math.BigDecimal> points) {}

    /** A recorded exception: {@code extra} more excellent ratings (quota only), why, and who decided. */
    public record OverrideView(Integer extra, String reason, String decidingBody) {}
}
