package vn.dangvu.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the replica may serve reads, checked on a thread of its own every {@code check-every} (1 s) so that
 * no request waits for the check: it answers, it is a standby ({@code pg_is_in_recovery()}; a promoted one
 * has left the primary's history), and it lags at most {@code max-lag}. Lag is the age of the last replayed
 * commit while WAL received from the primary is still waiting to be replayed, and 0 when everything received
 * is replayed (an idle primary sends no commits, so the age alone would call an up-to-date replica late).
 * Until the first good check, reads go to the primary.
 */
final class ReplicaHealth implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaHealth.class);

    private static final String LAG_SQL = """
            select pg_is_in_recovery(),
                   case when pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn() then 0
                        else coalesce(extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()), 0)
                   end
            """;

    private final DataSource replica;
    private final double maxLagSeconds;
    private final ScheduledExecutorService checks;
    private volatile boolean usable;
    private String kind = "";

    ReplicaHealth(DataSource replica, Duration maxLag, Duration every) {
        this.replica = replica;
        this.maxLagSeconds = maxLag.toMillis() / 1000.0;
        this.checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replica-health");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean usable() {
        return usable;
    }

    /** A request could not get a replica connection: the primary serves reads until the next good check. */
    void failed(String why) {
        set(false, why);
    }

    private void check() {
        try (Connection connection = replica.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet result = statement.executeQuery(LAG_SQL)) {
                result.next();
                boolean standby = result.getBoolean(1);
                double lag = result.getDouble(2);
                if (!standby) {
                    set(false, "not a standby (promoted?)");
                } else if (lag > maxLagSeconds) {
                    set(false, String.format("lagging %.1f s (more than %.1f s)", lag, maxLagSeconds));
                } else {
                    set(true, "in use");
                }
            }
        } catch (SQLException | RuntimeException e) {
            set(false, "unreachable: " + e.getMessage());
            // Pooled connections to a server that went away are dead: none is handed out again.
            if (replica instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    private synchronized void set(boolean nowUsable, String why) {
        // Logged when the verdict or its kind changes, not every second while it lasts.
        String kind = why.split("[ :]", 2)[0];
        if (nowUsable != usable || !kind.equals(this.kind)) {
            if (nowUsable) {
                log.info("Replica in use for read-only transactions");
            } else {
                log.warn("Replica not used, reads go to the primary: {}", why);
            }
        }
        usable = nowUsable;
        this.kind = kind;
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
