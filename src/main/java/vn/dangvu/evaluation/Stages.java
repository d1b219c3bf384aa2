package vn.dangvu.evaluation;

/** The four stages of a member's evaluation, by the names the screen uses. */
final class Stages {

    private Stages() {}

    static Rating pick(String name, Rating self, Rating committee, Rating branch, Rating commune) {
        return switch (name) {
            case "self" -> self;
            case "committee" -> committee;
            case "branch" -> branch;
            case "commune" -> commune;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
