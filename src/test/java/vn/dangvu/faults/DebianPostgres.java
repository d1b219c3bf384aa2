package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL cluster of Debian's packages ({@code apt-get install postgresql}; {@code .ci/run} installs
 * it) in a temporary folder, on a free loopback port, that a test can stop and start like an operator.
 * PostgreSQL refuses to run as root, so under root (CI) it runs as the {@code postgres} user the package
 * creates. Without the package the test is skipped, except under {@code CI=true}, where it fails.
 */
final class DebianPostgres implements AutoCloseable {

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean root;

    private DebianPostgres(Path bin, Path folder, int port, boolean root) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.root = root;
    }

    static DebianPostgres start() throws Exception {
        DebianPostgres postgres = initialised();
        postgres.start(true);
        return postgres;
    }

    /**
     * A primary for streaming replication: a {@code replicator} role that may stream its WAL, to loopback
     * only (pg_hba.conf rewritten; the server listens on 127.0.0.1 only anyway).
     */
    static DebianPostgres startPrimary() throws Exception {
        DebianPostgres postgres = initialised();
        Files.writeString(Path.of(postgres.data(), "pg_hba.conf"), """
                local all all trust
                host all all 127.0.0.1/32 trust
                host replication replicator 127.0.0.1/32 trust
                """);
        postgres.start(true);
        postgres.execute("create role replicator with replication login");
        return postgres;
    }

    /**
     * A hot standby of this primary, made as an operator would ({@code pg_basebackup -R}: a copy of the data
     * folder, and the primary's address written for the standby to stream from), started on a port of its own.
     */
    DebianPostgres standby() throws Exception {
        Path standbyFolder = Files.createTempDirectory("dangvu-pg-standby-");
        if (root) {
            run(List.of("chown", "postgres:postgres", standbyFolder.toString()));
        }
        DebianPostgres standby = new DebianPostgres(bin, standbyFolder, ChildApp.freePort(), root);
        standby.postgresRuns(List.of(
                bin.resolve("pg_basebackup").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                "replicator",
                "-D",
                standby.data(),
                "-R",
                "-X",
                "stream",
                "-c",
                "fast"));
        standby.start(true);
        return standby;
    }

    /** Runs one statement as the superuser. */
    void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of the first row of a query, as the superuser. */
    String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static DebianPostgres initialised() throws Exception {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String missing =
                    "Debian's PostgreSQL is not installed (apt-get install postgresql): no /usr/lib/postgresql/*/bin/initdb";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing + "; skipped outside CI");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("dangvu-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", folder.toString()));
        }
        DebianPostgres postgres = new DebianPostgres(bin.get(), folder, ChildApp.freePort(), root);
        postgres.postgresRuns(List.of(
                bin.get().resolve("initdb").toString(),
                "-D",
                postgres.data(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale"));
        return postgres;
    }

    private static Optional<Path> binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> found = Files.list(versions)) {
            return found.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        }
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String version() {
        return bin.getParent().getFileName().toString();
    }

    /** Starts the server and waits until it accepts connections. */
    void start(boolean wait) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data(),
                "-l",
                folder.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"
                        // What streaming replication needs (PostgreSQL's defaults since 10; written out).
                        + " -c wal_level=replica -c max_wal_senders=4 -c hot_standby=on",
                "-t",
                "60"));
        command.add(wait ? "-w" : "-W");
        command.add("start");
        postgresRuns(command);
    }

    /** Stops the server the way an operator restarting it does: sessions ended, in-flight work rolled back. */
    void stop() throws Exception {
        postgresRuns(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(Path.of(data(), "postmaster.pid"))) {
                stop();
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private void postgresRuns(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
        }
    }
}
