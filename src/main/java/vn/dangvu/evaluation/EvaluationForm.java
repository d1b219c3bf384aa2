package vn.dangvu.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation screen of a branch for a year: one row per member, and the branch's own rating. A
 * JavaBean rather than a record, so that the indexed fields ({@code rows[3].commune}) bind by setters.
 */
public class EvaluationForm {

    @Valid
    private List<Row> rows = new ArrayList<>();

    private Rating branchRating;

    @Size(max = 500)
    private String branchNote;

    public EvaluationForm() {}

    public EvaluationForm(List<Row> rows, Rating branchRating, String branchNote) {
        this.rows = new ArrayList<>(rows);
        this.branchRating = branchRating;
        this.branchNote = branchNote;
    }

    public List<Row> rows() {
        return rows;
    }

    public Rating branchRating() {
        return branchRating;
    }

    public String branchNote() {
        return branchNote;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    public Rating getBranchRating() {
        return branchRating;
    }

    public void setBranchRating(Rating branchRating) {
        this.branchRating = branchRating;
    }

    public String getBranchNote() {
        return branchNote;
    }

    public void setBranchNote(String branchNote) {
        this.branchNote = branchNote;
    }

    /** One member's ratings, stage by stage. */
    public static class Row {

        @NotNull
        private Long memberId;

        private Rating self;
        private Rating committee;
        private Rating branch;
        private Rating commune;

        @Size(max = 500)
        private String failReason;

        public Row() {}

        public Row(Long memberId, Rating self, Rating committee, Rating branch, Rating commune, String failReason) {
            this.memberId = memberId;
            this.self = self;
            this.committee = committee;
            this.branch = branch;
            this.commune = commune;
            this.failReason = failReason;
        }

        public Rating stage(String name) {
            return Stages.pick(name, self, committee, branch, commune);
        }

        public Long memberId() {
            return memberId;
        }

        public Rating self() {
            return self;
        }

        public Rating committee() {
            return committee;
        }

        public Rating branch() {
            return branch;
        }

        public Rating commune() {
            return commune;
        }

        public String failReason() {
            return failReason;
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public Rating getSelf() {
            return self;
        }

        public void setSelf(Rating self) {
            this.self = self;
        }

        public Rating getCommittee() {
            return committee;
        }

        public void setCommittee(Rating committee) {
            this.committee = committee;
        }

        public Rating getBranch() {
            return branch;
        }

        public void setBranch(Rating branch) {
            this.branch = branch;
        }

        public Rating getCommune() {
            return commune;
        }

        public void setCommune(Rating commune) {
            this.commune = commune;
        }

        public String getFailReason() {
            return failReason;
        }

        public void setFailReason(String failReason) {
            this.failReason = failReason;
        }
    }
}
