package vn.dangvu.organisation;

import vn.dangvu.shared.Actor;

/**
 * The organisation's rule for a branch's own records (its work, its evaluations), which the policies of
 * the modules that keep them build on: everyone whose scope covers the branch reads them (another scope's
 * branch, or a unit that is no branch, answers 404); the branch, its commune and district staff write
 * them, district leaders only read.
 */
public abstract class BranchRecordsPolicy {

    private final OrganisationService organisation;
    private final OrganisationPolicy organisationPolicy;

    protected BranchRecordsPolicy(OrganisationService organisation, OrganisationPolicy organisationPolicy) {
        this.organisation = organisation;
        this.organisationPolicy = organisationPolicy;
    }

    /**
     * A branch whose records the actor reads. A member's own account reads only its own records, through
     * its own pages, never its branch's.
     */
    public UnitView read(Actor actor, long branchId) {
        if (actor.is(vn.dangvu.shared.Role.MEMBER)) {
            throw new vn.dangvu.shared.ForbiddenException();
        }
        return organisation.branch(actor, branchId);
    }

    /** A branch whose records the actor writes: 404 outside the scope, 403 for a role that only reads. */
    public UnitView write(Actor actor, long branchId) {
        UnitView branch = read(actor, branchId);
        organisationPolicy.requireKeepBranchRecords(actor);
        return branch;
    }

    /** Whether the actor writes the records of the branches in their scope (the scope is checked apart). */
    public boolean mayWrite(Actor actor) {
        return organisationPolicy.mayKeepBranchRecords(actor);
    }
}
