package vn.dangvu.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;

/** The active communes of the actor's scope and their active branches, found by name as a file writes it. */
final class ScopeUnits {

    private final Map<String, UnitView> communes;
    private final Map<Long, List<UnitView>> branches = new HashMap<>();

    ScopeUnits(Actor actor, OrganisationService organisation) {
        this.communes = CellValues.index(
                organisation.communesInScope(actor).stream()
                        .filter(UnitView::active)
                        .toList(),
                UnitView::name);
        for (UnitView commune : communes.values()) {
            branches.put(commune.id(), organisation.subtreeOfKinds(commune.path(), UnitKind.BRANCH_KINDS, true));
        }
    }

    /** The commune a file names ("xã Thông Bình", "thong binh"…), or null. */
    UnitView commune(String name) {
        return communes.get(CellValues.unitKey(name));
    }

    Iterable<UnitView> communes() {
        return communes.values();
    }

    List<UnitView> branchesOf(UnitView commune) {
        return branches.get(commune.id());
    }
}
