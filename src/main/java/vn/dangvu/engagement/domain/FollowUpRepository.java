package vn.dangvu.engagement.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** The row locked until the transaction ends: two taps of one correction or removal take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select x from FollowUp x where x.id = :id")
    Optional<FollowUp> findForUpdate(@Param("id") long id);
}
