package vn.dangvu.organisation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("select u from OrgUnit u where u.path like concat(:path, '%') order by u.path")
    List<OrgUnit> findSubtree(String path);

    @Query("""
            select u from OrgUnit u
            where u.path like concat(:path, '%') and u.kind in :kinds and (:activeOnly = false or u.status = 'ACTIVE')
            order by u.path""")
    List<OrgUnit> findSubtreeOfKinds(
            String path, Collection<vn.dangvu.organisation.UnitKind> kinds, boolean activeOnly, Limit limit);

    /** As {@link #findSubtreeOfKinds}, as select-list choices labelled with their parent, in one statement. */
    @Query("""
            select new vn.dangvu.organisation.UnitChoice(u.id, coalesce(concat(u.name, ' — ', p.name), u.name))
            from OrgUnit u left join OrgUnit p on p.id = u.parentId
            where u.path like concat(:path, '%') and u.kind in :kinds and (:activeOnly = false or u.status = 'ACTIVE')
            order by u.path""")
    List<vn.dangvu.organisation.UnitChoice> findChoicesOfSubtree(
            String path, Collection<vn.dangvu.organisation.UnitKind> kinds, boolean activeOnly, Limit limit);

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    boolean existsByCodeIgnoreCase(String code);

    @Query("""
            select count(u) > 0 from OrgUnit u
            where u.parentId = :parentId and lower(u.name) = lower(:name) and u.status = 'ACTIVE' and u.id <> :exceptId""")
    boolean existsActiveSibling(Long parentId, String name, long exceptId);

    List<OrgUnit> findByParentIdIsNull();

    @Query(value = "select nextval('org_unit_seq')", nativeQuery = true)
    long nextId();
}
