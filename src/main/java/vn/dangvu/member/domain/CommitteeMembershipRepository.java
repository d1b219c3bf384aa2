package vn.dangvu.member.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeMembershipRepository extends JpaRepository<CommitteeMembership, Long> {

    List<CommitteeMembership> findByMemberIdOrderByValidFromAscIdAsc(long memberId);

    List<CommitteeMembership> findByMemberIdInOrderByValidFromAscIdAsc(Collection<Long> memberIds);

    /** The periods in these units' committees held on {@code lastDay} and not ended by then. */
    @Query("""
            select c from CommitteeMembership c where c.unitId in :units and c.validFrom <= :lastDay
              and (c.validTo is null or c.validTo > :lastDay) order by c.id""")
    List<CommitteeMembership> findHeldBeyond(Collection<Long> units, LocalDate lastDay);
}
