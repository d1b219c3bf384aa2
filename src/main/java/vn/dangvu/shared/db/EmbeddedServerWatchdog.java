package vn.dangvu.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the embedded PostgreSQL server (four times a second). Should it die (killed, out of memory), the app does not try
 * to start it again inside the same process: it answers the outage page and DOWN at once, then exits
 * with {@link #EXIT_CODE} after {@code dangvu.embedded-db.exit-delay}, so that its supervisor (systemd,
 * Docker) starts it again; the next start stops whatever the dead server left behind and carries on
 * from PostgreSQL's write-ahead log. A restart inside the process would have to wait for the dead
 * server's backends to let go of its shared memory, with no bound the app controls; a new process
 * starts clean every time.
 */
@RequiredArgsConstructor
public class EmbeddedServerWatchdog implements SmartLifecycle {

    /** EX_TEMPFAIL of sysexits.h: a temporary failure, start again. */
    public static final int EXIT_CODE = 75;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerWatchdog.class);

    private final EmbeddedPostgres postgres;
    private final DatabaseAvailability availability;
    private final ConfigurableApplicationContext context;
    private final Duration exitDelay;
    private volatile ScheduledExecutorService checks;
    private volatile ProcessHandle server;

    @Override
    public void start() {
        server = postmaster();
        if (server == null) {
            return;
        }
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-db-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** The server's main process: the parent of the backend that serves a connection. */
    private ProcessHandle postmaster() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
            backend.next();
            return ProcessHandle.of(backend.getLong(1))
                    .flatMap(ProcessHandle::parent)
                    .orElse(null);
        } catch (SQLException e) {
            log.warn("Cannot find the embedded PostgreSQL server's process; it is not watched: {}", e.toString());
            return null;
        }
    }

    private void check() {
        if (checks == null || (server.isAlive() && !isZombie(server.pid()))) {
            return;
        }
        checks.shutdown();
        checks = null;
        availability.lost("the embedded PostgreSQL server stopped");
        log.error(
                "The embedded PostgreSQL server (pid {}) stopped. Requests answer the outage page; the app exits"
                        + " with code {} in {} ms so that its supervisor starts it again.",
                server.pid(),
                EXIT_CODE,
                exitDelay.toMillis());
        Thread exit = new Thread(
                () -> {
                    try {
                        Thread.sleep(exitDelay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // Stop taking requests at once: a graceful stop pauses the connector first, and a request
                    // that reached a paused connector was answered with Tomcat's bare 400 page (seen once in
                    // a clean-clone run). With the database gone there is nothing in flight worth waiting for;
                    // a client now gets the outage page or no answer, which its retry handles.
                    if (context instanceof org.springframework.boot.web.server.context.WebServerApplicationContext web
                            && web.getWebServer() != null) {
                        web.getWebServer().stop();
                    }
                    System.exit(SpringApplication.exit(context, () -> EXIT_CODE));
                },
                "embedded-db-exit");
        // Not a daemon (as the watchdog's thread is): once the context is closed, Tomcat's threads are gone,
        // and a JVM left with daemon threads only would end on its own with code 0 before this one exits.
        exit.setDaemon(false);
        exit.start();
    }

    /**
     * A killed server stays a zombie until its parent (not this JVM: {@code pg_ctl} started it) reaps it,
     * and Java counts a zombie as alive.
     */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = checks;
        checks = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return checks != null;
    }
}
