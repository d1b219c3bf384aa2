package vn.dangvu.evaluation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;

/**
 * Who may see and record a branch's yearly evaluations. Reading and the first three stages follow the
 * organisation's rule for a branch's own records (the branch, its commune, district staff write; district
 * leaders only read); the final stage and the branch's own rating belong to the commune's officials and
 * district staff.
 */
@Component
@RequiredArgsConstructor
public class EvaluationPolicy {

    private final OrganisationService organisation;
    private final OrganisationPolicy organisationPolicy;

    /** A branch whose evaluations the actor reads: another scope's or kind's unit answers 404. */
    public UnitView read(Actor actor, long branchId) {
        return organisation.branch(actor, branchId);
    }

    /** A branch whose evaluations the actor records: 404 outside the scope, 403 for a role that only reads. */
    public UnitView write(Actor actor, long branchId) {
        UnitView branch = read(actor, branchId);
        organisationPolicy.requireKeepBranchRecords(actor);
        return branch;
    }

    /** The commune Party committee's stage and the branch's own rating. */
    public boolean mayRateInCommune(Actor actor) {
        return actor.writes() && (actor.is(Role.DISTRICT_STAFF) || actor.is(Role.COMMUNE_OFFICIAL));
    }

    public EvaluationPage.May may(Actor actor) {
        return new EvaluationPage.May(organisationPolicy.mayKeepBranchRecords(actor), mayRateInCommune(actor));
    }
}
