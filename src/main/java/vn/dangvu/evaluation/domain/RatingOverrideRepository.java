package vn.dangvu.evaluation.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingOverrideRepository extends JpaRepository<RatingOverride, Long> {

    Optional<RatingOverride> findByKindAndUnitIdAndYear(RatingOverride.Kind kind, long unitId, int year);
}
