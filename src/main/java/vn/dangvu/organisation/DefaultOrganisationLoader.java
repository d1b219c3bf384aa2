package vn.dangvu.organisation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.domain.OrgUnit;
import vn.dangvu.organisation.domain.OrgUnitRepository;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.NotFoundException;

/** Writes through the same registration as the form ({@link OrganisationService#register}). */
@Component
@Transactional
class DefaultOrganisationLoader implements OrganisationLoader {

    private final OrganisationService organisation;
    private final OrgUnitRepository units;
    private final AuditLog audit;

    DefaultOrganisationLoader(OrganisationService organisation, OrgUnitRepository units, AuditLog audit) {
        this.organisation = organisation;
        this.units = units;
        this.audit = audit;
    }

    @Override
    public UnitView registerRoot(String code, String name, UnitKind kind) {
        return created(null, organisation.register(code, name, kind, null), "CREATED");
    }

    @Override
    public UnitView registerChild(long parentId, String code, String name, UnitKind kind) {
        OrgUnit parent = units.findById(parentId).orElseThrow(NotFoundException::new);
        return created(null, organisation.register(code, name, kind, parent), "CREATED");
    }

    @Override
    public UnitView createBranchWithCode(Actor actor, long communeId, String name, UnitKind kind) {
        OrgUnit commune = organisation.loadInScope(actor, communeId);
        String prefix = commune.toView().code() + "-B";
        int n = 1;
        while (units.existsByCodeIgnoreCase(prefix + n)) {
            n++;
        }
        return created(actor, organisation.register(prefix + n, name, kind, commune), "IMPORTED");
    }

    private UnitView created(Actor actor, UnitView unit, String action) {
        audit.record(actor, OrganisationService.AUDIT_TYPE, unit.id(), action, unit.code() + " — " + unit.name());
        return unit;
    }
}
