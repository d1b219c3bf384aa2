package vn.dangvu.branchwork.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingNoticeRepository extends JpaRepository<MeetingNotice, Long> {}
