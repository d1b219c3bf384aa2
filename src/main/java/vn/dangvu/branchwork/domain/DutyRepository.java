package vn.dangvu.branchwork.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DutyRepository extends JpaRepository<Duty, Long> {

    List<Duty> findByBranchIdAndYearOrderByMemberIdAscIdAsc(long branchId, int year);

    List<Duty> findByMemberIdAndYearOrderById(long memberId, int year);
}
