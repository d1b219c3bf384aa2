package vn.dangvu.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A second server for reads ({@code dangvu.replica.url} set, see {@link ReplicaConfiguredCondition}): the
 * app's one {@code DataSource} sends read-only transactions to a PostgreSQL streaming replica and everything
 * else to the primary (see {@link ReadWriteRouting} for the rules). Without a replica URL this class is not
 * loaded and the app builds its pool exactly as before (Spring Boot's, or the embedded database's).
 *
 * <p>The routing pool is wrapped in Spring's {@link LazyConnectionDataSourceProxy}: a transaction takes its
 * physical connection at its first statement, when the transaction's read-only flag is already known.
 * Spring's own {@code setReadOnlyDataSource} of that proxy decides on {@code Connection.setReadOnly}, which
 * Hibernate only calls in some connection-handling modes; deciding on the transaction's flag in
 * {@link ReadWriteRouting} holds for JPA and JdbcTemplate alike. Flyway, Spring Session and every other
 * access outside a read-only transaction therefore run on the primary.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfiguredCondition.class)
class ReplicaConfiguration {

    /**
     * Both pools and the replica's health check, in a holder that is not itself a {@code DataSource}: the
     * post-processors that wrap every DataSource bean (OneWaitPerRequest, StatementCounting) must see only
     * the routing one below. A replica failure must not make the request give up on the primary, so only
     * the primary is wrapped by OneWaitPerRequest; and Spring Boot's database health check, which asks
     * every DataSource bean, must not report the app down because the replica is.
     */
    @Bean(destroyMethod = "close")
    ReplicaPools replicaPools(Environment environment) {
        HikariDataSource primary = hikari(environment);
        primary.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
        primary.setUsername(environment.getProperty("spring.datasource.username"));
        primary.setPassword(environment.getProperty("spring.datasource.password"));
        if (primary.getPoolName() == null) {
            primary.setPoolName("primary");
        }

        HikariDataSource replica = hikari(environment);
        replica.setJdbcUrl(environment.getRequiredProperty("dangvu.replica.url"));
        replica.setUsername(environment.getProperty(
                "dangvu.replica.username", environment.getProperty("spring.datasource.username", "")));
        replica.setPassword(environment.getProperty(
                "dangvu.replica.password", environment.getProperty("spring.datasource.password", "")));
        replica.setPoolName("replica");
        // A replica that does not answer costs a request one second at most, then the primary serves it.
        replica.setConnectionTimeout(Math.min(replica.getConnectionTimeout(), 1_000));
        // The app starts, on the primary, while the replica is down.
        replica.setInitializationFailTimeout(-1);
        replica.addDataSourceProperty("ApplicationName", "dangvu-replica");

        ReplicaHealth health = new ReplicaHealth(
                replica,
                environment.getProperty("dangvu.replica.max-lag", Duration.class, Duration.ofSeconds(10)),
                environment.getProperty("dangvu.replica.check-every", Duration.class, Duration.ofSeconds(1)));
        return new ReplicaPools(primary, replica, health);
    }

    /**
     * The app's one DataSource: Spring Boot's own then backs off, and JPA, JdbcTemplate, Flyway and Spring
     * Session use it.
     */
    @Bean
    DataSource dataSource(ReplicaPools pools, Environment environment) {
        ReadWriteRouting routing = new ReadWriteRouting(
                OneWaitPerRequest.wrap(pools.primary()),
                pools.replica(),
                pools.health(),
                environment.getProperty("dangvu.replica.own-writes-window", Duration.class, Duration.ofSeconds(5)));
        LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy(routing);
        // Set here so that the proxy does not take a connection at start-up to learn them (Hikari's defaults).
        lazy.setDefaultAutoCommit(true);
        lazy.setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return lazy;
    }

    record ReplicaPools(HikariDataSource primary, HikariDataSource replica, ReplicaHealth health)
            implements AutoCloseable {

        @Override
        public void close() {
            health.close();
            replica.close();
            primary.close();
        }
    }

    private static HikariDataSource hikari(Environment environment) {
        HikariDataSource pool = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        return pool;
    }
}
