package vn.dangvu.member.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.dangvu.member.PeriodKind;

public interface MembershipPeriodRepository extends JpaRepository<MembershipPeriod, Long> {

    List<MembershipPeriod> findByMemberIdOrderByStartedOnAscIdAsc(long memberId);

    Optional<MembershipPeriod> findByMemberIdAndKindAndEndedOnIsNull(long memberId, PeriodKind kind);

    long countByBranchIdAndKindAndEndedOnIsNull(long branchId, PeriodKind kind);

    /** Every open period of the member: the official one and, while it lasts, a temporary one. */
    List<MembershipPeriod> findByMemberIdAndEndedOnIsNullOrderByIdAsc(long memberId);

    List<MembershipPeriod> findByBranchIdOrderByStartedOn(long branchId);

    @Query("""
            select p.branchId as branchId, count(p) as members from MembershipPeriod p
            where p.endedOn is null and p.kind = vn.dangvu.member.PeriodKind.OFFICIAL and p.branchId in :branchIds
            group by p.branchId""")
    List<BranchCount> countOpenByBranch(Collection<Long> branchIds);

    /** Periods that were open on {@code day}: started by then and not ended by then. */
    @Query("""
            select p.branchId as branchId, count(p) as members from MembershipPeriod p
            where p.startedOn <= :day and (p.endedOn is null or p.endedOn > :day) and p.branchId in :branchIds
              and p.kind = vn.dangvu.member.PeriodKind.OFFICIAL
            group by p.branchId""")
    List<BranchCount> countOnDayByBranch(Collection<Long> branchIds, java.time.LocalDate day);

    /** As {@link #countOpenByBranch}, with how many of those members are probationary on {@code day}. */
    @Query("""
            select p.branchId as branchId, count(p) as members,
                   sum(case when m.admittedOn <= :day and (m.fullMemberOn is null or m.fullMemberOn > :day)
                            then 1 else 0 end) as probationary
            from MembershipPeriod p join Member m on m.id = p.memberId
            where p.endedOn is null and p.kind = vn.dangvu.member.PeriodKind.OFFICIAL and p.branchId in :branchIds
            group by p.branchId""")
    List<BranchCounts> countOpenWithProbationaryByBranch(Collection<Long> branchIds, java.time.LocalDate day);

    /**
     * As {@link #countOnDayByBranch}, with how many of those members were probationary that day: admitted
     * by then and not yet full members.
     */
    @Query("""
            select p.branchId as branchId, count(p) as members,
                   sum(case when m.admittedOn <= :day and (m.fullMemberOn is null or m.fullMemberOn > :day)
                            then 1 else 0 end) as probationary
            from MembershipPeriod p join Member m on m.id = p.memberId
            where p.startedOn <= :day and (p.endedOn is null or p.endedOn > :day) and p.branchId in :branchIds
              and p.kind = vn.dangvu.member.PeriodKind.OFFICIAL
            group by p.branchId""")
    List<BranchCounts> countOnDayWithProbationaryByBranch(Collection<Long> branchIds, java.time.LocalDate day);

    interface BranchCounts extends BranchCount {
        Long getProbationary();
    }

    interface BranchCount {
        Long getBranchId();

        Long getMembers();
    }
}
