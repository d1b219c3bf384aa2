package vn.dangvu.organisation.loading;

import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;

/**
 * Units made by loaders. They keep the rules of the form (unique code, no active sibling of the same
 * name, branches under a commune) and leave an audit entry, by the system or by the importing user.
 */
public interface OrganisationLoader {

    UnitView registerRoot(String code, String name, UnitKind kind);

    UnitView registerChild(long parentId, String code, String name, UnitKind kind);

    /**
     * A branch under a commune the actor manages, with the next free code "COMMUNE-Bn", imported from the
     * file {@code source}: the branch form's rules, an audit entry naming the file.
     */
    UnitView createBranchWithCode(Actor actor, long communeId, String name, UnitKind kind, String source);
}
