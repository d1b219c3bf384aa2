package vn.dangvu.transfer.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.dangvu.transfer.TransferState;

public interface TransferRepository extends JpaRepository<Transfer, Long> {

    /** Locks the row, so that two people taking a step on one transfer take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.id = :id")
    Optional<Transfer> findForUpdate(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.campaignId = :campaignId and t.state = :state order by t.id")
    List<Transfer> findForUpdateByCampaignAndState(long campaignId, TransferState state);

    @Query("select count(t) > 0 from Transfer t where t.memberId = :memberId and t.state in :states")
    boolean existsByMemberIdAndStateIn(long memberId, Collection<TransferState> states);

    /** The member's open transfer, if any (the database allows one at most). */
    @Query("select t from Transfer t where t.memberId = :memberId and t.state in :states")
    Optional<Transfer> findByMemberIdAndStateIn(long memberId, Collection<TransferState> states);
}
