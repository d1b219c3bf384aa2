package vn.dangvu.member.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeMembershipRepository extends JpaRepository<CommitteeMembership, Long> {

    List<CommitteeMembership> findByMemberIdOrderByValidFromAscIdAsc(long memberId);

    List<CommitteeMembership> findByMemberIdInOrderByValidFromAscIdAsc(Collection<Long> memberIds);
}
