package vn.dangvu.transfer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignMemberRepository extends JpaRepository<CampaignMember, Long> {

    List<CampaignMember> findByCampaignIdOrderById(long campaignId);

    Optional<CampaignMember> findByTransferId(long transferId);
}
