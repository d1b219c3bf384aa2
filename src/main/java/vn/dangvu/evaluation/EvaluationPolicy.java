package vn.dangvu.evaluation;

import org.springframework.stereotype.Component;
import vn.dangvu.organisation.BranchRecordsPolicy;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.Role;

/**
 * Who may see and record a branch's yearly evaluations. Reading and the first three stages follow the
 * organisation's rule for a branch's own records (the branch, its commune, district staff write; district
 * leaders only read); the final stage, the branch's own rating and exceptions to the rules belong to the commune's officials and
 * district staff.
 */
@Component
public class EvaluationPolicy extends BranchRecordsPolicy {

    EvaluationPolicy(OrganisationService organisation, OrganisationPolicy organisationPolicy) {
        super(organisation, organisationPolicy);
    }

    /** The commune Party committee's stage and the branch's own rating. */
    public boolean mayRateInCommune(Actor actor) {
        return actor.writes() && (actor.is(Role.DISTRICT_STAFF) || actor.is(Role.COMMUNE_OFFICIAL));
    }

    /** A justified exception to the quota or to dissolution: the commune's stage's people, in their scope. */
    public UnitView writeException(Actor actor, long branchId) {
        UnitView branch = write(actor, branchId);
        if (!mayRateInCommune(actor)) {
            throw new ForbiddenException();
        }
        return branch;
    }

    /** The member whose own sheet this is: only a member's own account, about itself (else 403). */
    public long ownMember(Actor actor) {
        if (!actor.is(Role.MEMBER) || actor.memberId() == null) {
            throw new ForbiddenException();
        }
        return actor.memberId();
    }

    public EvaluationPage.May may(Actor actor) {
        return new EvaluationPage.May(mayWrite(actor), mayRateInCommune(actor));
    }
}
