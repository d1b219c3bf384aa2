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
 * first request and the memory, then lets 20 concurrent users, each logged in as the role that uses the
 * page, hit the main pages. Prints and saves, per page, the p50/p95 latency, the requests per second and
 * the SQL statements per request (from the app's {@code X-SQL-Statements} header).
 *
 * <pre>./mvnw -Pbench verify -Dbench.scale=province</pre>
 *
 * Settings (system properties): {@code bench.scale} (district, province, nation; default district),
 * {@code bench.users} (20), {@code bench.requests} (requests per user per page, 20), {@code
 * bench.warm-up-seconds} (how long every page is served before any is measured, 120), {@code bench.data}
 * (database folder, default {@code data/bench-<scale>}), {@code bench.out} (default {@code target/bench}),
 * {@code bench.generate-only} (only fill {@code bench.data} with the dataset, for the app to start on).
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
                + ". The app is warmed up first: every page is served without pauses for " + warmUpSeconds
                + " s, as a server that has run for a while. Then " + users
                + " concurrent users, each logged in as the page's role, " + requests
                + " requests each per page, pausing " + thinkMs / 2 + "–" + thinkMs * 3 / 2
                + " ms between requests as a person clicking quickly would (the latencies). Then the same"
                + " users without pauses, to find how many requests per second the app serves (req/s).");
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
        try {
            plainStartup = plain.awaitFirstRequest();
        } finally {
            plain.stop();
        }
        AppProcess.prepareExtracted(out);
        AppProcess app = AppProcess.start(
                out,
                data,
                port,
                dbPort,
                List.of("--dangvu.diagnostics.statement-count=true"),
                AppProcess.Launch.EXTRACTED_CDS);
        try {
            long startup = app.awaitFirstRequest();
            note("- Time to first request (process start to `/login` answering 200), started as the README's"
                    + " production section says (extracted jar, class-data-sharing archive): **" + startup
                    + " ms**; with a plain `java -jar`: " + plainStartup + " ms");
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
                Targets targets = Targets.load(db, users);
                note("- Data: " + targets.describe(db));
                note("");
                List<Result> results = measure(targets);
                note(Result.table(results));
                Files.writeString(out.resolve(scale + ".csv"), Result.csv(results));
            }
            note("- After the run: " + app.memory());
        } finally {
            app.stop();
        }
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
        note("- Generated the dataset (database created and migrated, rows written and loaded, analyze): **"
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s**");
    }

    private List<Result> measure(Targets t) throws Exception {
        List<Scenario> scenarios = List.of(
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
                new Scenario("summary xlsx", "leader", 2000, t.leaders(), (u, i) -> "/reports/summary.xlsx"));
        Map<Scenario, List<Client>> clientsOf = new java.util.LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            List<Client> clients = new ArrayList<>();
            for (Targets.User user : scenario.users()) {
                clients.add(Client.login(URI.create("http://localhost:" + port), user, PASSWORD));
            }
            clientsOf.put(scenario, clients);
        }
        // A server runs for days: measure it warm. The JIT compiler works for minutes after a start, so
        // every page is first served for a while (the first page measured would otherwise pay for all).
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        for (int round = 0; round == 0 || System.nanoTime() < warmUntil; round++) {
            for (Scenario scenario : scenarios) {
                run(scenario, clientsOf.get(scenario), Math.max(requests / 4, 1), 0, new ConcurrentLinkedQueue<>());
            }
        }
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            List<Client> clients = clientsOf.get(scenario);
            int perUser = scenario.name().endsWith("xlsx") ? Math.max(requests / 4, 2) : requests;
            ConcurrentLinkedQueue<Client.Sample> samples = new ConcurrentLinkedQueue<>();
            run(scenario, clients, perUser, thinkMs, samples);
            ConcurrentLinkedQueue<Client.Sample> saturated = new ConcurrentLinkedQueue<>();
            long wall = run(scenario, clients, Math.max(perUser / 2, 1), 0, saturated);
            Result result = Result.of(
                    scenario.name(),
                    scenario.role(),
                    scenario.budgetMs(),
                    new ArrayList<>(samples),
                    new ArrayList<>(saturated),
                    wall);
            System.out.println(result.line());
            results.add(result);
        }
        return results;
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
