package vn.dangvu.organisation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("select u from OrgUnit u where u.path like concat(:path, '%') order by u.path")
    List<OrgUnit> findSubtree(String path);

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
