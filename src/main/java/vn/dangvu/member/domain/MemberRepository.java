package vn.dangvu.member.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    boolean existsByIdNumber(String idNumber);

    boolean existsByIdNumberAndIdNot(String idNumber, long id);

    boolean existsByPartyCardNumber(String partyCardNumber);

    boolean existsByPartyCardNumberAndIdNot(String partyCardNumber, long id);
}
