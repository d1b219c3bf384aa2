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
 * times (3), while other users write through the app's forms ({@link Writers}; not during the read-only
 * summary, which is measured once more with them). Prints and saves, per page, the median p50/p95 latency
 * of the runs with their spread, the requests per second and the SQL statements per request (from the app's
 * {@code X-SQL-Statements} header, in a separate pass: the timed one runs without diagnostics), and, for
 * member search and the summary, the raw SQL time per request measured with pg_stat_statements in that pass
 * ({@link StatementStatistics}) beside the p50.
 *
 * <pre>./mvnw -Pbench verify -Dbench.scale=province</pre>
 *
 * Settings (system properties): {@code bench.scale} (district, province, nation; default district),
 * {@code bench.users} (20), {@code bench.requests} (requests per user per page, 20), {@code
 * bench.warm-up-seconds} (how long every page is served before any is measured, 120), {@code bench.data}
 * (database folder, default {@code data/bench-<scale>}), {@code bench.out} (default {@code target/bench}),
 * {@code bench.generate-only} (only fill {@code bench.data} with the dataset, for the app to start on),
 * {@code bench.runs} (timed runs, 3), {@code bench.write-every-ms} (the writers' pace, all kinds together,
 * 1000), {@code bench.raw-sql-requests} (requests whose SQL time is measured per page, 10).
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

    /** How many times each way of starting the app is timed. */
    static final int STARTS = 3;

    /** The times of several starts, in ms, and the app of the last start, still running. */
    private record Starts(List<Long> login, List<Long> firstPage, AppProcess last) {

        /** "median ms (lowest–highest)". */
        static String median(List<Long> times) {
            List<Long> sorted = times.stream().sorted().toList();
            return sorted.get(sorted.size() / 2) + " ms (" + sorted.get(0) + "–" + sorted.get(sorted.size() - 1) + ")";
        }
    }

    /**
     * Starts the app {@link #STARTS} times, one after the other, each to its first page that reads the
     * database; all but the last are stopped again.
     */
    private Starts timeStarts(AppProcess.Launch launch) throws Exception {
        List<Long> login = new ArrayList<>();
        List<Long> firstPage = new ArrayList<>();
        for (int i = 1; ; i++) {
            AppProcess app = AppProcess.start(out, data, port, dbPort, List.of(), launch);
            try {
                login.add(app.awaitFirstRequest());
                firstPage.add(app.awaitFirstDatabasePage(PASSWORD));
            } catch (Exception | Error e) {
                app.stop();
                throw e;
            }
            if (i == STARTS) {
                return new Starts(login, firstPage, app);
            }
            app.stop();
        }
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
                + " `dangvu.diagnostics.statement-count=true`, two requests per user and page; in that pass"
                + " the raw SQL time of member search and of the summary is measured too (below).");
        note("");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            generate();
        }
        if (generateOnly) {
            System.out.println("The " + scale + " dataset is in " + data);
            return;
        }
        Starts plain = timeStarts(AppProcess.Launch.JAR);
        try (Connection db = connect()) {
            // a run stopped during its counting pass leaves pg_stat_statements on: the timed pass runs without
            StatementStatistics.off(db);
        } finally {
            plain.last().stop();
        }
        AppProcess.prepareExtracted(out);
        // The timed pass runs as users run the app: without the statement counting of diagnostics, which
        // buffers every response body (the .xlsx included). The statements are counted in a pass of their own.
        Starts production = timeStarts(AppProcess.Launch.EXTRACTED_TRAINED);
        AppProcess app = production.last();
        List<Result> results;
        Targets targets;
        try {
            note("- Time to first request (process start to `/login` answering 200), the median of " + STARTS
                    + " starts (lowest–highest), started as the README's production section says (extracted jar, "
                    + AppProcess.Archive.running() + "): **" + Starts.median(production.login()) + "**; with a plain"
                    + " `java -jar`: " + Starts.median(plain.login()));
            note("- Time to the first page that reads the database (process start to a staff member's search"
                    + " `/members?q=nguyen` answering 200, logging in included), the median of " + STARTS
                    + " starts: **" + Starts.median(production.firstPage()) + "** (production start); with a plain"
                    + " `java -jar`: **" + Starts.median(plain.firstPage()) + "**");
            try (Connection db = connect()) {
                StatementStatistics.requireOff(db);
                settle(db);
                targets = Targets.load(db, users);
                note("- Data: " + targets.describe(db));
                note("- " + targets.accountsUsed());
                Writers writers = Writers.prepare(base(), targets, db, PASSWORD);
                note("- Load average before the runs (other work on the machine): " + loadAverage());
                results = measure(targets, writers);
                note("- Load average after the runs: " + loadAverage());
                note("- Writes during the timed runs: " + writers.counts() + "; one every " + writeEveryMs
                        + " ms in all, the kinds taking turns" + writers.preparation());
                // loaded by the next start of PostgreSQL, the counting pass's: the timed pass ran without it
                StatementStatistics.onAtNextStart(db);
            }
            note("- After the run: " + app.memory());
        } finally {
            app.stop();
        }
        AppProcess counting = AppProcess.start(
                out, data, port, dbPort, List.of("--dangvu.diagnostics.statement-count=true"), AppProcess.Launch.JAR);
        try {
            counting.awaitFirstRequest();
            try (Connection db = connect()) {
                Writers writers = Writers.prepare(base(), targets, db, PASSWORD);
                results = countStatements(targets, results, writers);
                results = measureRawSql(targets, results, writers, db);
            }
        } finally {
            try (Connection db = connect()) {
                StatementStatistics.off(db);
            } catch (java.sql.SQLException e) {
                System.out.println("pg_stat_statements could not be turned off (" + e.getMessage()
                        + "); the next run turns it off before its timed pass");
            } finally {
                counting.stop();
            }
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
                new Scenario(
                        "member search, a district",
                        "district staff",
                        50,
                        t.districtStaff(),
                        (u, i) -> "/members?q=" + Targets.searchTerm(i)),
                new Scenario(
                        "member search, a commune",
                        "commune official",
                        50,
                        t.communeOfficials(),
                        (u, i) -> "/members?q=" + Targets.searchTerm(i)),
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

    private List<Result> measure(Targets t, Writers writers) throws Exception {
        List<Scenario> scenarios = scenarios(t);
        Map<Scenario, List<Client>> clientsOf = new java.util.LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            List<Client> clients = new ArrayList<>();
            for (Targets.User user : scenario.users()) {
                clients.add(Client.login(base(), user, PASSWORD));
            }
            clientsOf.put(scenario, clients);
        }
        note("- Timed runs: " + runs + "; each figure is the median of the runs, with the lowest and highest"
                + " p50 and p95 of the runs beside it (max: the highest of all). Every page but the row \"summary\" is"
                + " measured while other users write through the app's own forms over HTTP, one write every "
                + writeEveryMs + " ms in all, taking turns: a branch secretary records a meeting's attendance (who"
                + " spoke), another reports progress on a duty, a commune official creates, proposes and cancels a"
                + " member's transfer (one step a turn) and a secretary records a member's month of dues as paid."
                + " The attendance, duty and transfer writes move the change stamp the summary's cached figures are"
                + " keyed by (dues are not in the summary and do not move it), so the row \"" + SUMMARY_AFTER_WRITES
                + "\" recomputes them; the row \"summary\" has no writes, so it is served from the cache.");
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
                try (Writers.Running writing = scenario.name().equals("summary") ? null : writers.start(writeEveryMs)) {
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
                if (scenario.name().equals(SUMMARY_AFTER_WRITES)) {
                    note("- " + SUMMARY_AFTER_WRITES + ", run " + r + ": the page said some figures were computed"
                            + " before the latest writes (another request was recomputing them) in "
                            + samples.stream().filter(Client.Sample::earlier).count() + " of " + samples.size()
                            + " requests with pauses and "
                            + saturated.stream().filter(Client.Sample::earlier).count() + " of " + saturated.size()
                            + " without.");
                }
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
    private List<Result> countStatements(Targets t, List<Result> timed, Writers writers) throws Exception {
        List<Result> counted = new ArrayList<>();
        List<Scenario> scenarios = scenarios(t);
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario scenario = scenarios.get(k);
            List<Client> clients = new ArrayList<>();
            for (Targets.User user : scenario.users()) {
                clients.add(Client.login(base(), user, PASSWORD));
            }
            ConcurrentLinkedQueue<Client.Sample> samples = new ConcurrentLinkedQueue<>();
            try (Writers.Running writing = scenario.name().equals(SUMMARY_AFTER_WRITES) ? writers.start(100) : null) {
                run(scenario, clients, 2, 0, samples);
            }
            int min = samples.stream().mapToInt(Client.Sample::statements).min().orElse(-1);
            int max = samples.stream().mapToInt(Client.Sample::statements).max().orElse(-1);
            counted.add(timed.get(k).withStatements(min, max));
        }
        return counted;
    }

    /** Pages whose raw SQL time is measured, beside their p50. */
    private static final List<String> RAW_SQL_PAGES = List.of("member search", "summary", SUMMARY_AFTER_WRITES);

    private final int rawSqlRequests = Integer.getInteger("bench.raw-sql-requests", 10);

    /**
     * The time PostgreSQL spends on a page's SQL statements per request, the limit no page can beat: in the
     * counting pass, with pg_stat_statements loaded, one user sends {@code bench.raw-sql-requests} requests
     * (10) one after another after one unmeasured request; the planning and execution time of the statements
     * run during each request are summed ({@code total_plan_time + total_exec_time}, read before and after
     * it), and divided by the requests. For the summary recomputing after writes, a write through the app's
     * forms that the summary shows comes before each request, outside the measured window, so the time is the
     * recomputation's SQL.
     */
    private List<Result> measureRawSql(Targets t, List<Result> counted, Writers writers, Connection db)
            throws Exception {
        StatementStatistics statistics = StatementStatistics.start(db);
        List<Scenario> scenarios = scenarios(t);
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario scenario = scenarios.get(k);
            if (!RAW_SQL_PAGES.contains(scenario.name())) {
                out.add(counted.get(k));
                continue;
            }
            Client client = Client.login(base(), scenario.users().get(0), PASSWORD);
            boolean recompute = scenario.name().equals(SUMMARY_AFTER_WRITES);
            Benchmark.check(
                    client.get(scenario.path().apply(client.user(), client.next()))
                                    .status()
                            == 200,
                    scenario.name() + " failed");
            double ms = 0;
            for (int i = 0; i < rawSqlRequests; i++) {
                if (recompute) {
                    writers.writeChangingTheSummary();
                }
                String path = scenario.path().apply(client.user(), client.next());
                double before = statistics.milliseconds();
                Benchmark.check(client.get(path).status() == 200, "GET " + path + " failed");
                ms += statistics.milliseconds() - before;
            }
            out.add(counted.get(k).withRawSql(ms / rawSqlRequests));
        }
        note("- Raw SQL time per request (the columns \"raw SQL ms\" and \"p50 ÷ SQL\"): measured in the counting"
                + " pass with pg_stat_statements (loaded only for that pass, with track_planning on): one user, "
                + rawSqlRequests + " requests one after another after one unmeasured request, summing the planning"
                + " and execution time of the statements each request ran. For \"" + SUMMARY_AFTER_WRITES
                + "\" a write through the app's forms that the summary shows (not dues) comes before each request"
                + " (outside the measured window),"
                + " so its raw SQL time is that of recomputing the summary; for \"summary\" it is that of serving"
                + " it from the cache. p50 is the timed pass's (20 concurrent users); the ratio is p50 ÷ raw SQL. With"
                + " one write a second, most requests of the recomputing row find the figures one request"
                + " recomputed since the last write, or, while one request recomputes a part, the figures computed"
                + " before it (the page says so; how often is noted above); so its p50 is below the raw SQL time of"
                + " a recomputation, and its max is a recomputing request.");
        out.stream().filter(r -> r.page().equals("member search")).findFirst().ifPresent(search -> {
            double limit = 2 * search.rawSqlMs() + 5;
            note(String.format(
                    Locale.ROOT,
                    "- Member search budget (issue 22: the page's p50 within 2 × its raw SQL time + 5 ms): p50 %.1f"
                            + " ms, raw SQL %.2f ms, limit %.1f ms: **%s**",
                    search.p50(),
                    search.rawSqlMs(),
                    limit,
                    search.p50() <= limit ? "ok" : "over"));
        });
        return out;
    }

    private Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres");
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
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
                lines.skip(1).forEach(l -> {
                    // the page is quoted (it may hold a comma); the statements are the last field
                    String page = l.startsWith("\"")
                            ? l.substring(1, l.indexOf("\",")).replace("\"\"", "\"")
                            : l.substring(0, l.indexOf(','));
                    byPage.computeIfAbsent(page, k -> new TreeMap<>()).put(s, l.substring(l.lastIndexOf(',') + 1));
                });
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
