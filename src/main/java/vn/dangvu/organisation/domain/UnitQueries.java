package vn.dangvu.organisation.domain;

import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Scope;

/**
 * Reads of many units at once for lists and select boxes, as plain rows: a province has thousands of
 * branches, and loading them as entities cost more than the rest of a page.
 */
@Component
@RequiredArgsConstructor
public class UnitQueries {

    /** Named after {@link UnitView}'s components (see docs/scale.md, "Rows become records"). */
    private static final String VIEW_COLUMNS = "id, code, name, kind, status, parent_id as \"parentId\", path,"
            + " dissolved_on as \"dissolvedOn\", dissolution_decision as \"dissolutionDecision\", version,"
            + " level_role as \"levelRole\"";

    private static String subtree(Scope scope) {
        return " where " + scope.where("path", "prefix")
                + " and kind in (:kinds) and (:activeOnly = false or status = 'ACTIVE')";
    }

    private final JdbcClient jdbc;

    /** The units of these kinds in the scope, in path order. */
    public List<UnitView> subtreeOfKinds(Scope scope, Collection<UnitKind> kinds, boolean activeOnly) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from org_unit" + subtree(scope) + " order by path")
                .params(scope.params("prefix"))
                .param("kinds", names(kinds))
                .param("activeOnly", activeOnly)
                .query(UnitView.class)
                .list();
    }

    /**
     * The first {@code limit} of those units in path order, as choices labelled with their parent's name.
     * The units are picked before their parents are joined, so a province's thousands of branches cost
     * a sort of their paths, not thousands of labels.
     */
    public List<UnitChoice> choicesOfSubtree(Scope scope, Collection<UnitKind> kinds, boolean activeOnly, int limit) {
        return jdbc.sql("select u.id, coalesce(u.name || ' — ' || p.name, u.name) as label"
                        + " from (select id, name, parent_id, path from org_unit" + subtree(scope)
                        + " order by path limit :limit) u"
                        + " left join org_unit p on p.id = u.parent_id order by u.path")
                .params(scope.params("prefix"))
                .param("kinds", names(kinds))
                .param("activeOnly", activeOnly)
                .param("limit", limit)
                .query(UnitChoice.class)
                .list();
    }

    private static List<String> names(Collection<UnitKind> kinds) {
        return kinds.stream().map(UnitKind::name).toList();
    }
}
