package vn.dangvu.branchwork.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DutyTemplateRepository extends JpaRepository<DutyTemplate, Long> {

    List<DutyTemplate> findAllByOrderByMemberGroupAscIdAsc();

    List<DutyTemplate> findByActiveTrueOrderByMemberGroupAscIdAsc();
}
