package vn.dangvu.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The evaluation screen of a branch for a year: one row per member, and the branch's own rating. */
public record EvaluationForm(
        @Valid List<Row> rows,
        Rating branchRating,
        @Size(max = 500) String branchNote) {

    public EvaluationForm {
        rows = rows == null ? new ArrayList<>() : rows;
    }

    public record Row(
            @NotNull Long memberId,
            Rating self,
            Rating committee,
            Rating branch,
            Rating commune,
            @Size(max = 500) String failReason) {

        public Rating stage(String name) {
            return Stages.pick(name, self, committee, branch, commune);
        }
    }
}
