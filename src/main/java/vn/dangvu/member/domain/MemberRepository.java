package vn.dangvu.member.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.dangvu.member.MemberGroup;

public interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("""
            select m from Member m
            where m.branchId in :branchIds and m.status <> vn.dangvu.member.MemberStatus.LEFT
              and (:group is null or m.memberGroup = :group)
            order by m.id""")
    List<Member> findAttending(Collection<Long> branchIds, MemberGroup group);

    @Query(value = """
            select m.* from member m
            where exists (select 1 from membership_period p
                          where p.member_id = m.id and p.branch_id = :branchId
                            and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from))
            order by m.sort_key, m.id""", nativeQuery = true)
    List<Member> findInBranchDuring(long branchId, java.time.LocalDate from, java.time.LocalDate to);

    @Query(value = """
            select m.* from member m
            where exists (select 1 from committee_membership c
                          where c.member_id = m.id and c.unit_id = :unitId and c.removed_at is null
                            and c.role <> 'KEY_LEADER' and c.valid_from <= :day
                            and (c.valid_to is null or c.valid_to >= :day))
            order by m.sort_key, m.id""", nativeQuery = true)
    List<Member> findOnCommitteeOn(long unitId, java.time.LocalDate day);

    boolean existsByIdNumber(String idNumber);

    boolean existsByPartyCardNumber(String partyCardNumber);
}
