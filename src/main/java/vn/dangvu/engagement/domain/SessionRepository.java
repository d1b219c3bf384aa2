package vn.dangvu.engagement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<EngagementSession, Long> {}
