package vn.dangvu.evaluation;

/** A member's evaluation for a year, stage by stage; null where a stage has not happened. */
public record EvaluationView(Rating self, Rating committee, Rating branch, Rating commune, String failReason) {

    public static final EvaluationView NONE = new EvaluationView(null, null, null, null, null);

    /** A stage by name (self, committee, branch, commune), for the evaluation screen. */
    public Rating stage(String name) {
        return Stages.pick(name, self, committee, branch, commune);
    }
}
