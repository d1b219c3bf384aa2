package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.shared.Violation;

/**
 * A reorganisation's page: its decision and state, its plan step by step, and, while it is prepared, the
 * preview: every unit it touches before → after with its members, and every problem that would stop the
 * commit. Once committed, the units its events changed.
 */
public record ReorganisationPage(
        Summary reorganisation,
        List<StepLine> steps,
        List<AffectedUnit> affected,
        long totalMembers,
        List<Violation> problems,
        List<Violation> notes,
        List<UnitChoice> changedUnits,
        May may) {

    public record Summary(
            long id,
            String title,
            LocalDate effectiveOn,
            String decision,
            ReorganisationState state,
            String preparedBy,
            LocalDate preparedOn,
            String committedBy,
            LocalDate committedOn,
            String cancelledBy,
            LocalDate cancelledOn,
            String cancelReason,
            boolean beforeEffectiveDate,
            long version) {

        public boolean prepared() {
            return state == ReorganisationState.PREPARED;
        }
    }

    /**
     * One step as the page describes it: {@code units} the names of the units it changes, {@code target}
     * the name of its other side (null: none, a new root for an establishment).
     */
    public record StepLine(
            long id,
            int position,
            ReorganisationStepKind kind,
            String units,
            String target,
            String name,
            String code,
            UnitKind unitKind,
            LevelRole levelRole) {}

    /** A unit as it stands on one side of the reorganisation. */
    public record Side(String name, String parentName, UnitStatus status, LevelRole levelRole) {}

    /**
     * A unit touched by the plan: {@code before} null for a unit the plan establishes; members with an open
     * period in the branches under it (itself included), before and after.
     */
    public record AffectedUnit(Long unitId, Side before, Side after, long membersBefore, long membersAfter) {

        public String name() {
            return after != null ? after.name() : before.name();
        }
    }

    /** What the reader may do with it now (the scope and the role are checked by the service again). */
    public record May(boolean edit, boolean commit, boolean cancel) {}

    /** A choice of the step form's "other side": an existing unit ({@code u<id>}) or a planned one ({@code s<id>}). */
    public record TargetChoice(String value, String label) {}

    /** A line of the list of reorganisations. */
    public record Row(
            long id,
            String title,
            LocalDate effectiveOn,
            String decisionNumber,
            ReorganisationState state,
            int steps) {}
}
