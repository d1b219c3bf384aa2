package vn.dangvu.branchwork.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LiaisonRepository extends JpaRepository<Liaison, Long> {

    List<Liaison> findByUserIdOrderById(long userId);

    boolean existsByUserIdAndBranchId(long userId, long branchId);
}
