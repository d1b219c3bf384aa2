package vn.dangvu.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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

    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal branchScore;

    private boolean branchAboveRequirement;

    public EvaluationForm() {}

    public EvaluationForm(List<Row> rows, Rating branchRating, String branchNote) {
        this.rows = new ArrayList<>(rows);
        this.branchRating = branchRating;
        this.branchNote = branchNote;
    }

    /** A scored year's screen: the branch's score stands for its grade. */
    public EvaluationForm(List<Row> rows, BigDecimal branchScore, boolean branchAboveRequirement, String branchNote) {
        this(rows, null, branchNote);
        this.branchScore = branchScore;
        this.branchAboveRequirement = branchAboveRequirement;
    }

    public BigDecimal branchScore() {
        return branchScore;
    }

    public boolean branchAboveRequirement() {
        return branchAboveRequirement;
    }

    public BigDecimal getBranchScore() {
        return branchScore;
    }

    public void setBranchScore(BigDecimal branchScore) {
        this.branchScore = branchScore;
    }

    public boolean isBranchAboveRequirement() {
        return branchAboveRequirement;
    }

    public void setBranchAboveRequirement(boolean branchAboveRequirement) {
        this.branchAboveRequirement = branchAboveRequirement;
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

        @DecimalMin("0")
        @DecimalMax("100")
        private BigDecimal score;

        private boolean aboveRequirement;

        /** Points per criteria group of the member's sheet, in its order: the self step's and the commune's. */
        private List<BigDecimal> selfPoints = new ArrayList<>();

        private List<BigDecimal> points = new ArrayList<>();
        private boolean selfAboveRequirement;

        public Row() {}

        /** A row of a scored year: the commune's final grade follows from the score. */
        public Row(
                Long memberId,
                Rating self,
                Rating committee,
                Rating branch,
                BigDecimal score,
                boolean aboveRequirement,
                String failReason) {
            this(memberId, self, committee, branch, null, failReason);
            this.score = score;
            this.aboveRequirement = aboveRequirement;
        }

        public Row(Long memberId, Rating self, Rating committee, Rating branch, Rating commune, String failReason) {
            this.memberId = memberId;
            this.self = self;
            this.committee = committee;
            this.branch = branch;
            this.commune = commune;
            this.failReason = failReason;
        }

        /** A row of a year scored by group: each step's points per group of the member's sheet. */
        public static Row byGroup(
                Long memberId,
                List<BigDecimal> selfPoints,
                boolean selfAboveRequirement,
                Rating committee,
                Rating branch,
                List<BigDecimal> points,
                boolean aboveRequirement,
                String failReason) {
            Row row = new Row(memberId, null, committee, branch, null, failReason);
            row.setSelfPoints(selfPoints);
            row.selfAboveRequirement = selfAboveRequirement;
            row.setPoints(points);
            row.aboveRequirement = aboveRequirement;
            return row;
        }

        public List<BigDecimal> selfPoints() {
            return selfPoints;
        }

        public List<BigDecimal> points() {
            return points;
        }

        public boolean selfAboveRequirement() {
            return selfAboveRequirement;
        }

        public List<BigDecimal> getSelfPoints() {
            return selfPoints;
        }

        public void setSelfPoints(List<BigDecimal> selfPoints) {
            this.selfPoints = selfPoints == null ? new ArrayList<>() : new ArrayList<>(selfPoints);
        }

        public List<BigDecimal> getPoints() {
            return points;
        }

        public void setPoints(List<BigDecimal> points) {
            this.points = points == null ? new ArrayList<>() : new ArrayList<>(points);
        }

        public boolean isSelfAboveRequirement() {
            return selfAboveRequirement;
        }

        public void setSelfAboveRequirement(boolean selfAboveRequirement) {
            this.selfAboveRequirement = selfAboveRequirement;
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

        public BigDecimal score() {
            return score;
        }

        public boolean aboveRequirement() {
            return aboveRequirement;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }

        public boolean isAboveRequirement() {
            return aboveRequirement;
        }

        public void setAboveRequirement(boolean aboveRequirement) {
            this.aboveRequirement = aboveRequirement;
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
