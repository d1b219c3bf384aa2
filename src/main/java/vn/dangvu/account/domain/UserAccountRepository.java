package vn.dangvu.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.dangvu.shared.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findByMemberIdIn(Collection<Long> memberIds);

    java.util.List<UserAccount> findByRoleAndEnabledTrueAndScopeUnitIdInOrderByFullName(
            Role role, Collection<Long> scopeUnitIds);

    List<UserAccount> findByScopeUnitIdIn(Collection<Long> scopeUnitIds);

    Page<UserAccount> findByScopeUnitIdInOrderByUsername(Collection<Long> scopeUnitIds, Pageable pageable);
}
