package vn.dangvu.evaluation;

import java.util.List;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;

/** A branch's evaluation screen for a year. */
public record EvaluationPage(
        UnitView branch,
        int year,
        List<Row> rows,
        Rating branchRating,
        String branchNote,
        long excellentLimit,
        long excellentUsed,
        long communeMembers,
        boolean mayRateCommune,
        boolean mayWrite) {

    public record Row(MemberSummary member, EvaluationView evaluation) {}
}
