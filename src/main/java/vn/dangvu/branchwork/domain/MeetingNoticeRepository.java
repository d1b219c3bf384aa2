package vn.dangvu.branchwork.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingNoticeRepository extends JpaRepository<MeetingNotice, Long> {

    /**
     * The row locked until the transaction ends: two people adding documents to one notice take turns,
     * so the second counts the first one's documents against the limit.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from MeetingNotice n where n.id = :id")
    Optional<MeetingNotice> findForUpdate(@Param("id") long id);
}
