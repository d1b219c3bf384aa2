package vn.dangvu.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky) when no {@code spring.datasource.url} is configured, so that the
 * app and its tests need nothing installed but a JDK. The data folder persists between starts unless it
 * is left empty, in which case a throw-away folder is used (tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${dangvu.embedded-db.data-dir:}") String dataDir, @Value("${dangvu.embedded-db.port:0}") int port)
            throws IOException {
        return start(dataDir, port);
    }

    /**
     * PostgreSQL as the app runs it, on a data folder (a throw-away one when blank) and a port (any free
     * one when 0); also for the benchmark's dataset generator, which fills the folder before the app starts.
     */
    public static EmbeddedPostgres start(String dataDir, int port) throws IOException {
        return start(dataDir, port, Map.of());
    }

    /**
     * The same, with more server settings for this run only (given on the command line, not written into
     * the folder): the dataset generator's bulk-load settings.
     */
    public static EmbeddedPostgres start(String dataDir, int port, Map<String, String> serverConfig)
            throws IOException {
        // No shutdown hook of its own: the app's context stops the server (the bean's close) after the beans
        // that use it, so that on SIGTERM the background jobs can still record that they were interrupted;
        // zonky's hook stopped PostgreSQL beside that close, and their last statements failed.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "50")
                .setLocaleConfig("encoding", "UTF8");
        serverConfig.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        if (!dataDir.isBlank()) {
            Path directory = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        return builder.start();
    }

    /**
     * The pool, with the same {@code spring.datasource.hikari.*} settings as an external database's (the
     * time limits of application.properties above all).
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    @Bean
    EmbeddedServerWatchdog embeddedServerWatchdog(
            EmbeddedPostgres postgres,
            DatabaseAvailability availability,
            ConfigurableApplicationContext context,
            @Value("${dangvu.embedded-db.exit-delay:4s}") Duration exitDelay) {
        return new EmbeddedServerWatchdog(postgres, availability, context, exitDelay);
    }

    /**
     * The PostgreSQL server running on this data folder, if one does: left behind by a killed JVM, or
     * serving an app that is running.
     */
    public static Optional<ProcessHandle> runningServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    /**
     * After the JVM was killed, its PostgreSQL server may still run on the data folder: stop it (a
     * clean shutdown; PostgreSQL's WAL keeps every committed transaction) before starting a new one.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Optional<ProcessHandle> server = runningServer(directory);
        if (server.isPresent()) {
            log.warn(
                    "Stopping an orphaned PostgreSQL server (pid {}) left on {}",
                    server.get().pid(),
                    directory);
            server.get().destroy();
            try {
                server.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL on " + directory + " did not stop", e);
            }
        }
    }
}
