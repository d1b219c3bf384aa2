package vn.dangvu.shared.db;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database is known to be gone for good in this process (the embedded server died): then
 * every request answers the outage page at once instead of waiting for a connection, and the health
 * check says DOWN without asking the database.
 */
@Component("databaseAvailability")
public class DatabaseAvailability implements HealthIndicator {

    private volatile String lost;

    public void lost(String why) {
        this.lost = why;
    }

    public boolean isLost() {
        return lost != null;
    }

    @Override
    public Health health() {
        String why = lost;
        return why == null
                ? Health.up().build()
                : Health.down().withDetail("reason", why).build();
    }
}
