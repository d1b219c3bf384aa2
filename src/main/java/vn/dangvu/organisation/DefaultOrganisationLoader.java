package vn.dangvu.organisation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;

/** The doorway to the service's own registration ({@link OrganisationService#register}), audit included. */
@Component
@Transactional
@RequiredArgsConstructor
class DefaultOrganisationLoader implements OrganisationLoader {

    private final OrganisationService organisation;

    @Override
    public UnitView createBranchWithCode(Actor actor, long communeId, String name, UnitKind kind, String source) {
        return organisation.createBranchWithCode(actor, communeId, name, kind, source);
    }

    @Override
    public UnitView registerRoot(String code, String name, UnitKind kind) {
        return organisation.register(null, "CREATED", code, name, kind, null);
    }

    @Override
    public UnitView registerChild(long parentId, String code, String name, UnitKind kind) {
        return organisation.registerChild(parentId, code, name, kind);
    }
}
