package vn.dangvu.member.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyCardRepository extends JpaRepository<PartyCard, Long> {

    List<PartyCard> findByMemberIdOrderByIdAsc(long memberId);
}
