package vn.dangvu.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.dangvu.shared.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findByMemberIdIn(Collection<Long> memberIds);

    java.util.List<UserAccount> findByRoleAndEnabledTrueAndScopeUnitIdInOrderByFullName(
            Role role, Collection<Long> scopeUnitIds);

    List<UserAccount> findByScopeUnitIdIn(Collection<Long> scopeUnitIds);

    /**
     * The accounts whose unit is one of {@code unitIds}: a member's account by the branch the member
     * attends now (the transfer moves it), any other by its scope.
     */
    @Query(value = """
                    select a.* from app_user a left join member m on m.id = a.member_id
                    where coalesce(m.branch_id, a.scope_unit_id) in (:unitIds) order by a.username""", countQuery = """
                    select count(*) from app_user a left join member m on m.id = a.member_id
                    where coalesce(m.branch_id, a.scope_unit_id) in (:unitIds)""", nativeQuery = true)
    Page<UserAccount> findInUnitsOrderByUsername(Collection<Long> unitIds, Pageable pageable);
}
