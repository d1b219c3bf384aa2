package vn.dangvu.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A request waits for the database once: after one failure to get a connection (the pool's
 * {@code connection-timeout}), its later attempts (the session saved at the end, the error page) fail at
 * once. Without this a request that failed during an outage waited up to three times as long. Requests
 * are marked by the outage filter; other threads (scheduled jobs, start-up) wait as usual.
 */
public final class OneWaitPerRequest {

    private static final ThreadLocal<State> REQUEST = new ThreadLocal<>();

    /** What this request learned about the database. */
    private static final class State {
        /** Getting a connection to the primary failed. */
        boolean failed;
        /** With a replica (ReadWriteRouting): a read took a replica connection; this tells it that it failed. */
        Runnable replicaFailed;
    }

    private OneWaitPerRequest() {}

    public static void begin() {
        REQUEST.set(new State());
    }

    public static void end() {
        REQUEST.remove();
    }

    static boolean alreadyFailed() {
        State state = REQUEST.get();
        return state != null && state.failed;
    }

    static void failed() {
        State state = REQUEST.get();
        if (state != null) {
            state.failed = true;
        }
    }

    static void usedReplica(Runnable onFailure) {
        State state = REQUEST.get();
        if (state != null) {
            state.replicaFailed = onFailure;
        }
    }

    /** Whether a read of this request ran on the replica (which may be why it failed). */
    public static boolean usedTheReplica() {
        State state = REQUEST.get();
        return state != null && state.replicaFailed != null;
    }

    /** The replica failed under this request: reads go to the primary until it is found well again. */
    public static void replicaFailed() {
        State state = REQUEST.get();
        if (state != null && state.replicaFailed != null) {
            state.replicaFailed.run();
        }
    }

    /** Wraps every data source of the context. */
    static BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Wrapped)
                        ? new Wrapped(dataSource)
                        : bean;
            }
        };
    }

    /** Wraps one data source that is not a bean (the primary behind a replica's routing). */
    static DataSource wrap(DataSource target) {
        return new Wrapped(target);
    }

    private static final class Wrapped extends DelegatingDataSource {

        Wrapped(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (alreadyFailed()) {
                throw new SQLTransientConnectionException(
                        "The database could not be reached earlier in this request; not waiting again", "08001");
            }
            try {
                return super.getConnection();
            } catch (SQLException e) {
                failed();
                throw e;
            }
        }
    }
}
