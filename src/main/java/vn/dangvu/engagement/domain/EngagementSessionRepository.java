package vn.dangvu.engagement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementSessionRepository extends JpaRepository<EngagementSession, Long> {}
