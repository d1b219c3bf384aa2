package vn.dangvu.member.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberExemptionRepository extends JpaRepository<MemberExemption, Long> {

    List<MemberExemption> findByMemberIdOrderByStartsOnAscIdAsc(long memberId);

    List<MemberExemption> findByMemberIdIn(java.util.Collection<Long> memberIds);
}
