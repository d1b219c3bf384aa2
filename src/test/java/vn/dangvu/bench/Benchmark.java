package vn.dangvu.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.dangvu.demo.SyntheticDataGenerator;

/**
 * The load test of issue 9. Starts the packaged app as its own process (heap capped at 512 MB) on an
 * embedded PostgreSQL holding a synthetic dataset (generated on the first run by the test-side {@link
 * SyntheticDataGenerator}, before the app first starts on the folder), measures the time to the
 * first request, to the first page that reads the database and the memory, then lets 20 concurrent users,
 * each with an account of their own in the role that uses the page, hit the main pages, {@code bench.runs}
 * times (3), the summary once more while a writer invalidates its cache. Prints and saves, per page, the
 * median p50/p95 latency of the runs with their spread, the requests per second and the SQL statements per
 * request (from the app's {@code X-SQL-Statements} header, in a separate pass: the timed one runs without
 * diagnostics).
 *
 * <pre>./mvnw -Pbench verify -Dbench.scale=province</pre>
 *
 * Settings (system properties): {@code bench.scale} (district, province, nation; default district),
 * {@code bench.users} (20), {@code bench.requests} (requests per user per page, 20), {@code
 * bench.warm-up-seconds} (how long every page is served before any is measured, 120), {@code bench.data}
 * (database folder, default {@code data/bench-<scale>}), {@code bench.out} (default {@code target/bench}),
 * {@code bench.generate-only} (only fill {@code bench.data} with the dataset, for the app to start on),
 * {@code bench.runs} (timed runs, 3), {@code bench.write-every-ms} (the writer's pace, 1000).
 */
public final class Benchmark {

    private static final String PASSWORD = "dangvu123";

    private final String scale = System.getProperty("bench.scale", "district").toLowerCase(Locale.ROOT);
    private final int users = Integer.getInteger("bench.users", 20);
    private final int requests = Integer.getInteger("bench.requests", 20);
    private final int thinkMs = Integer.getInteger("bench.think-ms", 1000);
    private final int warmUpSeconds = Integer.getInteger("bench.warm-up-seconds", 120);
    private final Path data =
            Path.of(System.getProperty("bench.data", "data/bench-" + scale)).toAbsolutePath();
    private final Path out =
            Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
    private final int port = Integer.getInteger("bench.port", 18080);
    private final int dbPort = Integer.getInteger("bench.db-port", 15432);
    private final boolean generateOnly = Boolean.getBoolean("bench.generate-only");
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        note("# Benchmark, scale `" + scale + "`");
        note("");
        note("Run on " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ". The app runs as users run it (no diagnostics) and is warmed up first: every page is served"
                + " without pauses for " + warmUpSeconds + " s, as a server that has run for a while. Then " + users
                + " concurrent users, each logged in with an account of their own in the page's role, " + requests
                + " requests each per page (the .xlsx included), pausing " + thinkMs / 2 + "–" + thinkMs * 3 / 2
                + " ms between requests as a person clicking quickly would (the latencies). Then the same"
                + " users without pauses, to find how many requests per second the app serves (req/s). The SQL"
                + " statements per request are counted afterwards, on the app started again with"
                + " `dangvu.diagnostics.statement-count=true`, two requests per user and page.");
        note("");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            generate();
        }
        if (generateOnly) {
            System.out.println("The " + scale + " dataset is in " + data);
            return;
        }
        AppProcess plain = AppProcess.start(out, data, port, dbPort, List.of());
        long plainStartup;
        long plainFirstPage;
        try {
            plainStartup = plain.awaitFirstRequest();
            plainFirstPage = plain.awaitFirstDatabasePage(PASSWORD);
        } finally {
            plain.stop();
        }
        AppProcess.prepareExtracted(out);
        // The timed pass runs as users run the app: without the statement counting of diagnostics, which
        // buffers every response body (the .xlsx included). The statements are counted in a pass of their own.
        AppProcess app = AppProcess.start(out, data, port, dbPort, List.of(), AppProcess.Launch.EXTRACTED_CDS);
        List<Result> results;
        Targets targets;
        try {
            long startup = app.awaitFirstRequest();
            long firstPage = app.awaitFirstDatabasePage(PASSWORD);
            note("- Time to first request (process start to `/login` answering 200), started as the README's"
                    + " production section says (extracted jar, class-data-sharing archive): **" + startup
                    + " ms**; with a plain `java -jar`: " + plainStartup + " ms");
            note("- Time to the first page that reads the database (process start to a staff member's search"
                    + " `/members?q=nguyen` answering 200, logging in included): **" + firstPage
                    + " ms** (production start); with a plain `java -jar`: **" + plainFirstPage + " ms**");
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
                settle(db);
                targets = Targets.load(db, users);
                note("- Data: " + targets.describe(db));
                note("- " + targets.accountsUsed());
                note("- Load average before the runs (other work on the machine): " + loadAverage());
                results = measure(targets, db);
                note("- Load average after the runs: " + loadAverage());
            }
            note("- After the run: " + app.memory());
        } finally {
            app.stop();
        }
        AppProcess counting = AppProcess.start(
                out, data, port, dbPort, List.of("--dangvu.diagnostics.statement-count=true"), AppProcess.Launch.JAR);
        try {
            counting.awaitFirstRequest();
            results = countStatements(targets, results);
        } finally {
            counting.stop();
        }
        note("");
        note(Result.table(results));
        Files.writeString(out.resolve(scale + ".csv"), Result.csv(results));
        compareStatementCounts();
        Files.write(out.resolve(scale + ".md"), report);
        System.out.println("Saved " + out.resolve(scale + ".md"));
    }

    /**
     * Generates the dataset with the test-side generator, in this JVM, into the data folder the app then
     * starts on: the generator is not part of the packaged app.
     */
    private void generate() throws Exception {
        long started = System.nanoTime();
        SyntheticDataGenerator.generateInto(data, dbPort, scale, 42);
        note("- Generated the dataset (database created and migrated, rows written and loaded, vacuum analyze): **"
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s**");
    }

    private List<Scenario> scenarios(Targets t) {
        return List.of(
                new Scenario("member search", "staff", 50, t.staff(), (u, i) -> "/members?q=" + Targets.searchTerm(i)),
                new Scenario("member page", "staff", 50, t.staff(), (u, i) -> "/members/" + t.member(u, i)),
                new Scenario(
                        "branch page", "commune official", 50, t.communeOfficials(), (u, i) -> "/units/" + u.branch(i)),
                new Scenario(
                        "duty page",
                        "branch secretary",
                        50,
                        t.secretaries(),
                        (u, i) -> "/branches/" + u.branch(i) + "/duties"),
                new Scenario(
                        "meeting attendance page",
                        "branch secretary",
                        50,
                        t.secretaries(),
                        (u, i) -> "/meetings/" + u.meeting(i)),
                new Scenario("campaign progress", "staff", 50, t.staff(), (u, i) -> "/campaigns/" + t.campaign(i)),
                new Scenario("summary", "leader", 200, t.leaders(), (u, i) -> "/reports/summary"),
                new Scenario(SUMMARY_AFTER_WRITES, "leader", 200, t.leaders(), (u, i) -> "/reports/summary"),
                new Scenario("summary xlsx", "leader", 2000, t.leaders(), (u, i) -> "/reports/summary.xlsx"));
    }

    /** The summary while writes invalidate its cached figures: every request may recompute them. */
    private static final String SUMMARY_AFTER_WRITES = "summary, recomputing after writes";

    private final int runs = Integer.getInteger("bench.runs", 3);
    private final int writeEveryMs = Integer.getInteger("bench.write-every-ms", 1000);

    private List<Result> measure(Targets t, Connection db) throws Exception {
        List<Scenario> scenarios = scenarios(t);
        Map<Scenario, List<Client>> clientsOf = new java.util.LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            List<Client> clients = new ArrayList<>();
            for (Targets.User user : scenario.users()) {
                clients.add(Client.login(URI.create("http://localhost:" + port), user, PASSWORD));
            }
            clientsOf.put(scenario, clients);
        }
        note("- Timed runs: " + runs + "; each figure is the median of the runs, with the lowest and highest"
                + " p50 and p95 of the runs beside it (max: the highest of all). The row \"" + SUMMARY_AFTER_WRITES
                + "\" is measured while a writer changes one attendance row every " + writeEveryMs + " ms (straight"
                + " in the database, as a secretary's attendance form does, which invalidates the summary's cached"
                + " figures); the row \"summary\" has no writes, so it is served from the cache.");
        // A server runs for days: measure it warm. The JIT compiler works for minutes after a start, so
        // every page is first served for a while (the first page measured would otherwise pay for all).
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        for (int round = 0; round == 0 || System.nanoTime() < warmUntil; round++) {
            for (Scenario scenario : scenarios) {
                run(scenario, clientsOf.get(scenario), Math.max(requests / 4, 1), 0, new ConcurrentLinkedQueue<>());
            }
        }
        Map<Scenario, List<Result>> byScenario = new java.util.LinkedHashMap<>();
        for (int r = 1; r <= runs; r++) {
            for (Scenario scenario : scenarios) {
                List<Client> clients = clientsOf.get(scenario);
                ConcurrentLinkedQueue<Client.Sample> samples = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<Client.Sample> saturated = new ConcurrentLinkedQueue<>();
                long wall;
                try (Writer writer =
                        scenario.name().equals(SUMMARY_AFTER_WRITES) ? Writer.start(db, writeEveryMs) : null) {
                    run(scenario, clients, requests, thinkMs, samples);
                    wall = run(scenario, clients, Math.max(requests / 2, 1), 0, saturated);
                }
                Result result = Result.of(
                        scenario.name(),
                        scenario.role(),
                        scenario.budgetMs(),
                        new ArrayList<>(samples),
                        new ArrayList<>(saturated),
                        wall);
                System.out.println("run " + r + ": " + result.line());
                byScenario.computeIfAbsent(scenario, k -> new ArrayList<>()).add(result);
            }
        }
        List<Result> results = new ArrayList<>();
        byScenario.values().forEach(list -> results.add(Result.medianOf(list)));
        return results;
    }

    /**
     * The statements of each page, counted on an app started with {@code dangvu.diagnostics.statement-count}
     * (it buffers every response, so it is never on in the timed runs): every user sends two requests a page,
     * the summary's after a write so that it recomputes.
     */
    private List<Result> countStatements(Targets t, List<Result> timed) throws Exception {
        List<Result> counted = new ArrayList<>();
        List<Scenario> scenarios = scenarios(t);
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
            for (int k = 0; k < scenarios.size(); k++) {
                Scenario scenario = scenarios.get(k);
                List<Client> clients = new ArrayList<>();
                for (Targets.User user : scenario.users()) {
                    clients.add(Client.login(URI.create("http://localhost:" + port), user, PASSWORD));
                }
                ConcurrentLinkedQueue<Client.Sample> samples = new ConcurrentLinkedQueue<>();
                try (Writer writer = scenario.name().equals(SUMMARY_AFTER_WRITES) ? Writer.start(db, 100) : null) {
                    run(scenario, clients, 2, 0, samples);
                }
                int min = samples.stream()
                        .mapToInt(Client.Sample::statements)
                        .min()
                        .orElse(-1);
                int max = samples.stream()
                        .mapToInt(Client.Sample::statements)
                        .max()
                        .orElse(-1);
                counted.add(timed.get(k).withStatements(min, max));
            }
        }
        return counted;
    }

    /**
     * Before anything is timed: VACUUM ANALYZE, so that the planner has statistics for tables the app's
     * migrations changed at its start, and the first reads of freshly loaded tables neither write hint bits
     * nor race autovacuum (the cause of the province run whose search p50 was 2.5 s instead of 20 ms).
     */
    private void settle(Connection db) throws Exception {
        long started = System.nanoTime();
        try (var s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
        note("- Before the runs: VACUUM ANALYZE took " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)
                + " ms");
    }

    /**
     * Changes one attendance row at a fixed rate while it runs, as attendance being recorded does: whether a
     * present member spoke (only a present member may have spoken: ck_attendance_presence).
     */
    static final class Writer implements AutoCloseable {
        private final Thread thread;
        private volatile boolean stopped;

        private Writer(Connection db, int everyMs) {
            thread = new Thread(() -> {
                try (var s =
                        db.prepareStatement("update attendance set spoke = not spoke where (meeting_id, member_id) ="
                                + " (select meeting_id, member_id from attendance where status = 'PRESENT'"
                                + " order by meeting_id desc limit 1 offset (random() * 50)::int)")) {
                    while (!stopped) {
                        s.executeUpdate();
                        Thread.sleep(everyMs);
                    }
                } catch (Exception e) {
                    if (!stopped) {
                        throw new IllegalStateException("The writer failed", e);
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        static Writer start(Connection db, int everyMs) {
            return new Writer(db, everyMs);
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            thread.join();
        }
    }

    /**
     * Every client does {@code count} requests, all clients at once, pausing a random 50–150 % of
     * {@code think} ms before each; returns the wall time in ns.
     */
    private long run(
            Scenario scenario, List<Client> clients, int count, int think, ConcurrentLinkedQueue<Client.Sample> samples)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients.size());
        for (Client client : clients) {
            pool.execute(() -> {
                try {
                    start.await();
                    for (int i = 0; i < count; i++) {
                        if (think > 0) {
                            Thread.sleep(think / 2
                                    + java.util.concurrent.ThreadLocalRandom.current()
                                            .nextInt(think + 1));
                        }
                        samples.add(client.get(scenario.path().apply(client.user(), client.next())));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        long begun = System.nanoTime();
        start.countDown();
        done.await();
        long wall = System.nanoTime() - begun;
        pool.shutdown();
        return wall;
    }

    /** Statement counts per page at each scale measured so far: they should not grow with the data. */
    private void compareStatementCounts() throws IOException {
        Map<String, Map<String, String>> byPage = new TreeMap<>();
        List<String> scales = new ArrayList<>();
        for (String s : List.of("district", "province", "nation")) {
            Path csv = out.resolve(s + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            scales.add(s);
            try (Stream<String> lines = Files.lines(csv)) {
                lines.skip(1)
                        .map(l -> l.split(","))
                        .forEach(f -> byPage.computeIfAbsent(f[0], k -> new TreeMap<>())
                                .put(s, f[f.length - 1]));
            }
        }
        if (scales.size() < 2) {
            return;
        }
        note("");
        note("SQL statements per request by scale (min–max):");
        note("");
        note("| page | " + String.join(" | ", scales) + " |");
        note("|---|" + "---|".repeat(scales.size()));
        byPage.forEach((page, counts) -> note("| " + page + " | "
                + String.join(
                        " | ",
                        scales.stream().map(s -> counts.getOrDefault(s, "–")).toList()) + " |"));
    }

    /** The 1-, 5- and 15-minute load averages: the machine is shared, and a busy one slows every figure. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void note(String line) {
        System.out.println(line);
        report.add(line);
    }

    /** A page under load: who asks for it and how each request's path is made. */
    record Scenario(String name, String role, long budgetMs, List<Targets.User> users, BiPath path) {}

    interface BiPath {
        String apply(Targets.User user, int i);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
