package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.shared.RecordLink;

/**
 * A unit's page: the unit, its parent, its members, what the viewer may do there, and its history: each
 * version of its name, parent, level and status with the event that made it, and the units it came from
 * or went into.
 */
public record UnitPage(
        UnitView unit,
        UnitView parent,
        long activeMembers,
        May may,
        List<HistoryLine> history,
        List<LinkedUnit> predecessors,
        List<LinkedUnit> successors) {

    /**
     * Open the parent's page (it lies in the actor's scope); rename the unit, add a branch under it,
     * dissolve it; and other modules' links (its audit trail).
     */
    public record May(boolean parent, boolean rename, boolean addBranch, boolean dissolve, List<RecordLink> links) {}

    /** One version: valid from {@code from} (null: since before the records) to {@code to} (null: still). */
    public record HistoryLine(
            LocalDate from,
            LocalDate to,
            String name,
            String parentName,
            LevelRole levelRole,
            UnitStatus status,
            OrgEventKind event,
            String decision) {}

    /** A unit linked by a merge or split, named as it was last; {@code open} when the viewer may open it. */
    public record LinkedUnit(long id, String label, boolean open) {}
}
