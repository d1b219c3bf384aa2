package vn.dangvu.transfer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByDirectiveIdOrderById(long directiveId);

    List<Campaign> findAllByOrderByDeadlineDescIdDesc();
}
