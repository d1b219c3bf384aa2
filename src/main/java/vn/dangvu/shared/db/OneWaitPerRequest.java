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

    private static final ThreadLocal<boolean[]> REQUEST = new ThreadLocal<>();

    private OneWaitPerRequest() {}

    public static void begin() {
        REQUEST.set(new boolean[1]);
    }

    public static void end() {
        REQUEST.remove();
    }

    static boolean alreadyFailed() {
        boolean[] failed = REQUEST.get();
        return failed != null && failed[0];
    }

    static void failed() {
        boolean[] failed = REQUEST.get();
        if (failed != null) {
            failed[0] = true;
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
