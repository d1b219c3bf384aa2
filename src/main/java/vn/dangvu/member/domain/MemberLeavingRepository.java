package vn.dangvu.member.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberLeavingRepository extends JpaRepository<MemberLeaving, Long> {

    Optional<MemberLeaving> findByMemberId(long memberId);

    java.util.List<MemberLeaving> findByMemberIdIn(java.util.Collection<Long> memberIds);
}
