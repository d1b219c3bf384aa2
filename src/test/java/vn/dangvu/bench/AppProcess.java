package vn.dangvu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The packaged app, started as a separate JVM (heap capped at 512 MB) on an embedded database folder. */
final class AppProcess {

    static final String HEAP = "512m";

    private final Process process;
    private final Path log;
    private final Path data;
    private final int port;
    private final long started;

    private AppProcess(Process process, Path log, Path data, int port, long started) {
        this.process = process;
        this.log = log;
        this.data = data;
        this.port = port;
        this.started = started;
    }

    /** How the app is started: as the packaged jar, or extracted and with a class-data-sharing archive. */
    enum Launch {
        /** {@code java -jar target/dangvu-*.jar}, the simplest way. */
        JAR,
        /**
         * The production way of the README: the extracted jar with what a training run recorded ({@link
         * Archive}).
         */
        EXTRACTED_TRAINED
    }

    static AppProcess start(Path out, Path data, int port, int dbPort, List<String> arguments) throws IOException {
        return start(out, data, port, dbPort, arguments, Launch.JAR);
    }

    static AppProcess start(Path out, Path data, int port, int dbPort, List<String> arguments, Launch launch)
            throws IOException {
        Path log = out.resolve("app-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + HEAP));
        if (launch == Launch.EXTRACTED_TRAINED) {
            command.addAll(List.of(
                    Archive.running().use(extracted(out)),
                    "-jar",
                    extracted(out).resolve(jar().getFileName()).toString()));
        } else {
            command.addAll(List.of("-jar", jar().toString()));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--dangvu.embedded-db.data-dir=" + data,
                "--dangvu.embedded-db.port=" + dbPort,
                "--dangvu.demo=false",
                "--logging.level.org.hibernate.SQL=off"));
        command.addAll(arguments);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AppProcess(process, log, data, port, started);
    }

    /**
     * What the training run records, by the JDK the app runs on (the README's commands): from JDK 25 an
     * ahead-of-time cache (JEP 483 and 514: the classes loaded and linked, and the methods' first profiles),
     * before it a dynamic class-data-sharing archive of the classes loaded.
     */
    enum Archive {
        CDS("class-data-sharing archive", "dangvu.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile="),
        AOT_CACHE("ahead-of-time cache", "dangvu.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=");

        private final String description;
        private final String file;
        private final String record;
        private final String use;

        Archive(String description, String file, String record, String use) {
            this.description = description;
            this.file = file;
            this.record = record;
            this.use = use;
        }

        @Override
        public String toString() {
            return description;
        }

        static Archive running() {
            return Runtime.version().feature() >= 25 ? AOT_CACHE : CDS;
        }

        Path file(Path extracted) {
            return extracted.resolve(file);
        }

        String record(Path extracted) {
            return record + file(extracted);
        }

        String use(Path extracted) {
            return use + file(extracted);
        }
    }

    /**
     * Extracts the jar into {@code out/app} (Spring Boot's {@code tools} jar mode) and records the {@link
     * Archive} of the classes a start and its first pages load, with the app's training run
     * (it opens the first pages as the demo accounts, then stops), on a throw-away database with the demo
     * district and any free port (the README's commands). Done again only when the jar is newer.
     */
    static void prepareExtracted(Path out) throws Exception {
        Path jar = jar();
        Path dir = extracted(out);
        Path archive = Archive.running().file(dir);
        if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return;
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        run(
                out,
                List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString()));
        run(
                out,
                List.of(
                        java(),
                        "-Xmx" + HEAP,
                        Archive.running().record(dir),
                        "-jar",
                        dir.resolve(jar.getFileName()).toString(),
                        "--dangvu.embedded-db.data-dir=",
                        "--server.port=0",
                        "--dangvu.demo=true",
                        "--dangvu.training-run=true"));
        Benchmark.check(Files.exists(archive), "No " + archive.getFileName() + " was written; see " + out);
    }

    private static Path extracted(Path out) {
        return out.resolve("app");
    }

    private static void run(Path out, List<String> command) throws Exception {
        Path log = out.resolve("prepare-" + System.currentTimeMillis() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Benchmark.check(
                process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0,
                "Failed: " + String.join(" ", command) + "; see " + log);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until {@code /login} answers 200; returns the milliseconds since the process started. */
    long awaitFirstRequest() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            Benchmark.check(process.isAlive(), "The app stopped; see " + log);
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The app did not answer within 5 minutes; see " + log);
    }

    /**
     * Waits until a page that reads the database answers: a staff member logs in and searches for members
     * ({@code /login} alone touches no JPA while Hibernate may still be starting in the background). Returns
     * the milliseconds since the process started.
     */
    long awaitFirstDatabasePage(String password) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        URI base = URI.create("http://localhost:" + port);
        while (System.nanoTime() < deadline) {
            Benchmark.check(process.isAlive(), "The app stopped; see " + log);
            try {
                Client client = Client.login(base, new Targets.User(0, "tochuc", List.of(), List.of()), password);
                if (client.get("/members?q=nguyen").status() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            } catch (IOException | IllegalStateException notYet) {
                // not listening, or still loading
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No page read the database within 5 minutes; see " + log);
    }

    /** Resident memory of the JVM, its heap in use, and the proportional memory of its PostgreSQL processes. */
    String memory() throws Exception {
        long pid = process.pid();
        long javaRss = kilobytes(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
        String heap = heapUsed(pid);
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        long postgres = kilobytes(Path.of("/proc", String.valueOf(postmaster), "smaps_rollup"), "Pss:");
        for (long child : children(postmaster)) {
            postgres += kilobytes(Path.of("/proc", String.valueOf(child), "smaps_rollup"), "Pss:");
        }
        return "JVM resident memory **" + javaRss / 1024 + " MB** (heap limit " + HEAP + ", heap in use " + heap
                + "), embedded PostgreSQL processes **" + postgres / 1024 + " MB** (proportional set size)";
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String heapUsed(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(output);
        return used.find()
                ? Long.parseLong(used.group(2)) / 1024 + " MB of " + Long.parseLong(used.group(1)) / 1024
                        + " MB committed"
                : "unknown";
    }

    private static long kilobytes(Path file, String field) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(field))
                    .map(l -> l.substring(field.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        }
    }

    private static List<Long> children(long parent) throws IOException {
        List<Long> children = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[1]) == parent) {
                        children.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        }
        return children;
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("dangvu-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/dangvu-*.jar: run ./mvnw -Pbench verify"))
                    .toAbsolutePath();
        }
    }
}
