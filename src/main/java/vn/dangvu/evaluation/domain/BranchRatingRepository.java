package vn.dangvu.evaluation.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BranchRatingRepository extends JpaRepository<BranchRating, Long> {

    Optional<BranchRating> findByBranchIdAndYear(long branchId, int year);
}
