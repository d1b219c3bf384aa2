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

    boolean existsByIdNumber(String idNumber);

    boolean existsByIdNumberAndIdNot(String idNumber, long id);

    boolean existsByPartyCardNumber(String partyCardNumber);

    boolean existsByPartyCardNumberAndIdNot(String partyCardNumber, long id);
}
