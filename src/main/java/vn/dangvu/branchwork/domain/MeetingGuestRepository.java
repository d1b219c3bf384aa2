package vn.dangvu.branchwork.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingGuestRepository extends JpaRepository<MeetingGuest, Long> {

    List<MeetingGuest> findByMeetingIdOrderById(long meetingId);

    long countByMeetingId(long meetingId);
}
