package vn.dangvu.evaluation;

import java.util.List;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;

/**
 * A branch's evaluation screen for a year; {@code exempt}: members exempt from Party work and meetings at the
 * year's end, who are not rated (RULES.md, Evaluation) and so have no row.
 */
public record EvaluationPage(
        UnitView branch,
        int year,
        List<Row> rows,
        Rating branchRating,
        String branchNote,
        long excellentLimit,
        long excellentUsed,
        long communeMembers,
        String quotaUnitName,
        May may,
        List<MemberSummary> exempt) {

    /** Record the branch's stages; record the commune's stage and the branch's own rating. */
    public record May(boolean write, boolean rateCommune) {}

    public record Row(MemberSummary member, EvaluationView evaluation) {}
}
