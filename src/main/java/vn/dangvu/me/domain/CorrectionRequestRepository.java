package vn.dangvu.me.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectionRequestRepository extends JpaRepository<CorrectionRequest, Long> {

    List<CorrectionRequest> findByMemberIdOrderByRequestedAtDesc(long memberId);

    List<CorrectionRequest> findByMemberIdInAndAnsweredAtIsNullOrderByRequestedAt(Collection<Long> memberIds);
}
