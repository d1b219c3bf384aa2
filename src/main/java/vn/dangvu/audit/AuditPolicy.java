package vn.dangvu.audit;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordLinkContributor;
import vn.dangvu.shared.Role;

/**
 * Who reads audit trails: district staff, who cover the whole district, and only for records they may
 * read (each record's module checks its scope). Offers the trail's link on those records' pages.
 */
@Component
@Order(100)
public class AuditPolicy implements RecordLinkContributor {

    /** The record types that have a trail page. */
    static final Set<String> TYPES = Set.of("MEMBER", "UNIT", "TRANSFER", "CAMPAIGN", "DIRECTIVE", "ACCOUNT");

    public boolean mayReadTrails(Actor actor) {
        return actor.is(Role.DISTRICT_STAFF);
    }

    public void requireReadTrails(Actor actor) {
        if (!mayReadTrails(actor)) {
            throw new ForbiddenException();
        }
    }

    @Override
    public List<RecordLink> linksOn(Actor actor, String type, long id) {
        return mayReadTrails(actor) && TYPES.contains(type)
                ? List.of(new RecordLink("common.audit", "/audit/" + type + "/" + id))
                : List.of();
    }
}
