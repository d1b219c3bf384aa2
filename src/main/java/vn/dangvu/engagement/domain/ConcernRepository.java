package vn.dangvu.engagement.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConcernRepository extends JpaRepository<Concern, Long> {

    /** The row locked until the transaction ends: two taps of one correction or removal take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select x from Concern x where x.id = :id")
    Optional<Concern> findForUpdate(@Param("id") long id);
}
