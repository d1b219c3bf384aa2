package vn.dangvu.branchwork;

import org.springframework.stereotype.Component;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;

/**
 * Who may see and do a branch's work: everyone whose scope covers the branch reads it; the branch
 * secretary, the commune's officials and district staff write it; district leaders only read.
 */
@Component
public class BranchAccess {

    private final OrganisationService organisation;

    BranchAccess(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public UnitView read(Actor actor, long branchId) {
        UnitView branch = organisation.find(branchId).orElseThrow(NotFoundException::new);
        if (!branch.kind().isBranch()) {
            throw new NotFoundException();
        }
        actor.requireCovers(branch.path());
        return branch;
    }

    public UnitView write(Actor actor, long branchId) {
        UnitView branch = read(actor, branchId);
        if (!mayWrite(actor)) {
            throw new ForbiddenException();
        }
        return branch;
    }

    public static boolean mayWrite(Actor actor) {
        return actor.role() != Role.DISTRICT_LEADER;
    }
}
