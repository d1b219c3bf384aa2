package vn.dangvu.organisation;

import java.util.List;
import vn.dangvu.shared.RecordLink;

/** A unit's page: the unit, its parent, its members, and what the viewer may do there. */
public record UnitPage(UnitView unit, UnitView parent, long activeMembers, May may) {

    /**
     * Open the parent's page (it lies in the actor's scope); rename the unit, add a branch under it,
     * dissolve it; and other modules' links (its audit trail).
     */
    public record May(boolean parent, boolean rename, boolean addBranch, boolean dissolve, List<RecordLink> links) {}
}
