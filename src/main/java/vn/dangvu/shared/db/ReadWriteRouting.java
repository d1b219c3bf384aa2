package vn.dangvu.shared.db;

import jakarta.servlet.http.HttpSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a connection comes from when a replica is configured (behind a LazyConnectionDataSourceProxy, so
 * that the transaction's flags are known when it is asked):
 * <ul>
 *   <li>anything but a read-only transaction: the primary;
 *   <li>a read-only transaction: the replica, unless
 *       <ul>
 *         <li>the session committed a write less than {@code own-writes-window} ago (read-your-writes), or
 *         <li>the replica's last check found it down or lagging more than {@code max-lag} ({@link ReplicaHealth}),
 *             or it fails to give a connection now;
 *       </ul>
 *       then the primary.
 * </ul>
 * A replica that dies under a request already reading it (a connection broken mid-statement) fails that
 * request's statement; for a GET the outage filter then marks the replica failed and sends the browser to
 * the same address again (read from the primary) instead of showing the outage page.
 *
 * <p>Read-your-writes by a time window kept in the HTTP session rather than by comparing WAL positions
 * ({@code pg_current_wal_lsn()} after the write, {@code pg_last_wal_replay_lsn()} on the replica before each
 * read): it costs no query on either server, and since the session lives in PostgreSQL every app instance
 * sees the mark. Its limit: a replica lagging more than the window would show a writer their old data, which
 * is why {@code max-lag} must not exceed {@code own-writes-window} by much (defaults 10 s and 5 s: within the
 * window the writer reads the primary, after it the replica is at most 10 s behind, and a write 5 s old that
 * is not yet replayed means a lag of more than 5 s, i.e. a replica that the check is about to drop). The mark
 * is set by a write made in a declared transaction ({@code @Transactional}, which has a name) on a request
 * thread with a session; Spring Session's own writes (unnamed TransactionTemplate, at the end of every
 * request) do not set it, or every signed-in user would always read the primary.
 */
final class ReadWriteRouting extends AbstractDataSource {

    static final String PRIMARY_UNTIL = ReadWriteRouting.class.getName() + ".primaryUntil";

    private static final Logger log = LoggerFactory.getLogger(ReadWriteRouting.class);

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaHealth health;
    private final long ownWritesWindowMs;

    ReadWriteRouting(DataSource primary, DataSource replica, ReplicaHealth health, Duration ownWritesWindow) {
        this.primary = primary;
        this.replica = replica;
        this.health = health;
        this.ownWritesWindowMs = ownWritesWindow.toMillis();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            markOwnWriteOnCommit();
            return primary.getConnection();
        }
        if (readsOwnWrites() || !health.usable()) {
            return primary.getConnection();
        }
        try {
            Connection connection = replica.getConnection();
            OneWaitPerRequest.usedReplica(() -> health.failed("broken under a request"));
            return connection;
        } catch (SQLException e) {
            // The page is read from the primary instead of failing; the replica waits for its next good check.
            health.failed("no connection: " + e.getMessage());
            log.debug("Replica gave no connection; reading from the primary", e);
            return primary.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new UnsupportedOperationException("The routing DataSource signs in with its pools' accounts");
    }

    private void markOwnWriteOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.getCurrentTransactionName() == null
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                HttpSession session = request.getRequest().getSession(false);
                if (session != null) {
                    session.setAttribute(PRIMARY_UNTIL, System.currentTimeMillis() + ownWritesWindowMs);
                }
            }
        });
    }

    private static boolean readsOwnWrites() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return false;
        }
        HttpSession session = request.getRequest().getSession(false);
        return session != null
                && session.getAttribute(PRIMARY_UNTIL) instanceof Long until
                && System.currentTimeMillis() < until;
    }
}
