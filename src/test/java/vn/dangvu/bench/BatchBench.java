package vn.dangvu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;
import vn.dangvu.demo.SyntheticDataGenerator;

/**
 * The campaign batch steps at scale (issue 25): the packaged app as users run it ({@code java -jar}, heap
 * capped at 512 MB, embedded PostgreSQL) on the district dataset, plus communes whose agency branches hold
 * a cohort of 2,000 and then of 20,000 members. District staff create a campaign over them through the
 * pages, then press <i>propose all</i>, <i>approve all</i> and <i>complete all</i>; each answers with its job's
 * page, and the step's time is the job's, from its start to its end as its row says. Budget: every step
 * for 20,000 members under 60 s, and at most 12 times its time for 2,000.
 *
 * <pre>./mvnw -Pbench verify -Dbench.main=vn.dangvu.bench.BatchBench</pre>
 *
 * Settings: {@code bench.sizes} (default {@code 2000,20000}), {@code bench.warm-up-size} (a first
 * campaign, not reported, so that the first measured one does not pay for the JIT compiler; 500),
 * {@code bench.port}, {@code bench.db-port}, {@code bench.out}. The database is made afresh in {@code
 * target/bench/batch-data} each run.
 */
public final class BatchBench {

    private static final String PASSWORD = "dangvu123";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration STEP_LIMIT = Duration.ofMinutes(15);

    private final int port = Integer.getInteger("bench.port", 18080);
    private final int dbPort = Integer.getInteger("bench.db-port", 15432);
    private final Path out =
            Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
    private final List<Integer> sizes = java.util.Arrays.stream(
                    System.getProperty("bench.sizes", "2000,20000").split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    private final int warmUpSize = Integer.getInteger("bench.warm-up-size", 500);
    private final List<String> report = new ArrayList<>();
    private int serial;
    private HttpClient http;
    private URI base;
    private String csrf;

    public static void main(String[] args) throws Exception {
        new BatchBench().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Path data = out.resolve("batch-data");
        FileSystemUtils.deleteRecursively(data);
        long generating = System.nanoTime();
        SyntheticDataGenerator.generateInto(data, dbPort, "district", 42);
        note("# Campaign batch steps at scale");
        note("");
        note("Run on " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ". The packaged app (`java -jar`, heap " + AppProcess.HEAP + ", embedded PostgreSQL) on the"
                + " district dataset (made in "
                + Duration.ofNanos(System.nanoTime() - generating).toSeconds()
                + " s), plus, per size, communes whose agency branches hold the cohort (500 members each, living in"
                + " 4 hamlets). District staff create the campaign and run each step from the campaign page; the"
                + " step's time is its background job's, from start to end. A first campaign of " + warmUpSize
                + " members is run first and not reported (JIT warm-up).");
        note("");
        AppProcess app = AppProcess.start(out, data, port, dbPort, List.of());
        Map<Integer, Map<String, Long>> results = new LinkedHashMap<>();
        try {
            app.awaitFirstRequest();
            base = URI.create("http://localhost:" + port);
            login("tochuc");
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
                if (warmUpSize > 0) {
                    measure(db, warmUpSize);
                }
                for (int size : sizes) {
                    results.put(size, measure(db, size));
                }
            }
            note("- After the run: " + app.memory());
        } finally {
            app.stop();
        }
        note("");
        note(table(results));
        verdict(results);
        Files.write(out.resolve("batch.md"), report);
        System.out.println(String.join("\n", report));
        System.out.println("Saved " + out.resolve("batch.md"));
    }

    /** A cohort of {@code size}, its campaign created through the pages, and each step timed (ms). */
    private Map<String, Long> measure(Connection db, int size) throws Exception {
        List<Long> communes = cohort(db, size);
        long directive = directive(db);
        Map<String, Long> times = new LinkedHashMap<>();
        long created = System.nanoTime();
        StringJoiner form = new StringJoiner("&")
                .add("directiveId=" + directive)
                .add("name=" + encode("Đợt đo " + size + " (" + serial + ")"))
                .add("deadline="
                        + encode(LocalDate.now().plusMonths(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .add("cohortKind=AGENCY_BRANCHES");
        communes.forEach(c -> form.add("communeIds=" + c));
        String location = post("/campaigns", form.toString());
        times.put("create (page)", Duration.ofNanos(System.nanoTime() - created).toMillis());
        Matcher campaignId = Pattern.compile("/campaigns/(\\d+)$").matcher(location);
        Benchmark.check(campaignId.find(), "The campaign was not created: " + location);
        long campaign = Long.parseLong(campaignId.group(1));
        Benchmark.check(
                count(db, "select count(*) from campaign_member where campaign_id = " + campaign) == size,
                "The cohort is not " + size);
        String today = encode(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        for (String step : List.of("propose-all", "approve-all", "complete-all")) {
            long asked = System.nanoTime();
            String jobPage = post(
                    "/campaigns/" + campaign + "/" + step, step.equals("complete-all") ? "effectiveOn=" + today : "");
            long answered = Duration.ofNanos(System.nanoTime() - asked).toMillis();
            Matcher jobId = Pattern.compile("/jobs/(\\d+)$").matcher(jobPage);
            Benchmark.check(jobId.find(), step + " did not start a job: " + jobPage);
            long job = Long.parseLong(jobId.group(1));
            times.put(step + " (page answered)", answered);
            times.put(step, awaitJob(db, job, step));
        }
        Benchmark.check(
                count(db, "select count(*) from transfer where state = 'COMPLETED' and campaign_id = " + campaign)
                        == size,
                "Not every transfer was completed");
        Benchmark.check(count(db, """
                        select count(*) from membership_period p join campaign_commune cc on true
                        join org_unit b on b.id = p.branch_id and b.parent_id = cc.commune_id
                        where cc.campaign_id = %d and b.kind = 'AGENCY' and p.ended_on is null""".formatted(campaign)) == 0, "Members still attend the agency branches");
        System.out.println(size + " members: " + times);
        return times;
    }

    /** Polls the job's page (as the browser would) until the job has ended; its time from start to end. */
    private long awaitJob(Connection db, long job, String step) throws Exception {
        long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            get("/jobs/" + job);
            try (PreparedStatement s = db.prepareStatement("""
                    select state, extract(epoch from finished_at - coalesce(started_at, created_at)) * 1000,
                           message_key, error
                    from background_job where id = ?""")) {
                s.setLong(1, job);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    String state = rs.getString(1);
                    if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                        Benchmark.check(
                                state.equals("DONE"),
                                step + " ended " + state + ": " + rs.getString(3) + " " + rs.getString(4));
                        return Math.round(rs.getDouble(2));
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(step + " did not end within " + STEP_LIMIT);
    }

    /**
     * Communes of the district root, 500 members in each one's agency branch, living in its 4 hamlets
     * (written in SQL: the set-up is not what is measured); their ids.
     */
    private List<Long> cohort(Connection db, int size) throws SQLException {
        int set = ++serial;
        long root = count(db, """
                select u.id from app_user a join org_unit u on u.id = a.scope_unit_id where a.username = 'tochuc'""");
        String rootPath = text(db, "select path from org_unit where id = " + root);
        List<Long> communes = new ArrayList<>();
        int perCommune = 500;
        for (int c = 0; c * perCommune < size; c++) {
            String code = "BB" + set + "-" + c;
            long commune = unit(db, root, rootPath, code, "Xã Đo Lô " + set + "-" + c, "COMMUNE");
            String communePath = rootPath + commune + "/";
            long agency = unit(db, commune, communePath, code + "-CQ", "Chi bộ Cơ quan xã", "AGENCY");
            long[] hamlets = new long[4];
            for (int h = 0; h < hamlets.length; h++) {
                hamlets[h] = unit(db, commune, communePath, code + "-A" + h, "Chi bộ Ấp " + (h + 1), "HAMLET");
            }
            int members = Math.min(perCommune, size - c * perCommune);
            try (PreparedStatement s = db.prepareStatement("""
                    insert into member (id, full_name, birth_date, gender, id_number, admitted_on, member_group,
                        branch_id, residence_branch_id)
                    select nextval('member_seq'), 'Đảng Viên Đo ' || g, date '1980-01-01', 'MALE',
                        lpad(?::text, 4, '0') || lpad(g::text, 8, '0'), date '2005-01-01', 'COMMUNE_CIVIL_SERVANT',
                        ?, (array[?, ?, ?, ?])[1 + g % 4]
                    from generate_series(?, ?) as g""")) {
                s.setInt(1, 9000 + set);
                s.setLong(2, agency);
                for (int h = 0; h < 4; h++) {
                    s.setLong(3 + h, hamlets[h]);
                }
                s.setInt(7, c * perCommune);
                s.setInt(8, c * perCommune + members - 1);
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("""
                    insert into membership_period (id, member_id, branch_id, started_on)
                    select nextval('membership_period_seq'), id, branch_id, date '2010-01-01'
                    from member where branch_id = ?""")) {
                s.setLong(1, agency);
                s.executeUpdate();
            }
            communes.add(commune);
        }
        try (var s = db.createStatement()) {
            s.execute("analyze member");
            s.execute("analyze membership_period");
            s.execute("analyze org_unit");
        }
        return communes;
    }

    private static long unit(Connection db, long parent, String parentPath, String code, String name, String kind)
            throws SQLException {
        long id = count(db, "select nextval('org_unit_seq')");
        try (PreparedStatement s = db.prepareStatement(
                "insert into org_unit (id, code, name, kind, parent_id, path, level_role) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, code);
            s.setString(3, name);
            s.setString(4, kind);
            s.setLong(5, parent);
            s.setString(6, parentPath + id + "/");
            s.setString(7, kind.equals("COMMUNE") ? "GRASSROOTS" : "BRANCH");
            s.executeUpdate();
        }
        // its only version, since before the records (V14)
        try (PreparedStatement s = db.prepareStatement(
                "insert into org_unit_version (id, unit_id, name, kind, parent_id, path, level_role, status)"
                        + " select nextval('org_unit_version_seq'), id, name, kind, parent_id, path, level_role, status"
                        + " from org_unit where id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        return id;
    }

    private long directive(Connection db) throws SQLException {
        long id = count(db, "select nextval('directive_seq')");
        try (PreparedStatement s = db.prepareStatement("""
                insert into directive (id, number, issued_on, issuer, title)
                values (?, ?, current_date - 7, 'Ban Tổ chức Tỉnh ủy', 'Chuyển sinh hoạt đảng sau sắp xếp')""")) {
            s.setLong(1, id);
            s.setString(2, "DO-" + serial + "-HD/BTCTU");
            s.executeUpdate();
        }
        return id;
    }

    private void login(String username) throws Exception {
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        csrf = token(get("/login"));
        String location = post("/login", "username=" + encode(username) + "&password=" + encode(PASSWORD));
        Benchmark.check(!location.contains("error"), "Login failed for " + username);
        csrf = token(get("/campaigns"));
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Benchmark.check(response.statusCode() == 200, "GET " + path + " answered " + response.statusCode());
        return response.body();
    }

    /** A form posted as the browser would; where the answer redirects to. */
    private String post(String path, String form) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofMinutes(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        Benchmark.check(response.statusCode() == 302, "POST " + path + " answered " + response.statusCode());
        return response.headers().firstValue("Location").orElse("");
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        Benchmark.check(token.find(), "No CSRF token on the page");
        return token.group(1);
    }

    private String table(Map<Integer, Map<String, Long>> results) {
        List<Integer> measured = new ArrayList<>(results.keySet());
        StringBuilder table = new StringBuilder("| step |");
        measured.forEach(size -> table.append(String.format(Locale.ROOT, " %,d members (ms) |", size)));
        if (measured.size() == 2) {
            table.append(" ratio |");
        }
        table.append("\n|---|");
        measured.forEach(size -> table.append("---:|"));
        if (measured.size() == 2) {
            table.append("---:|");
        }
        table.append('\n');
        for (String step : results.get(measured.get(0)).keySet()) {
            table.append("| ").append(step).append(" |");
            for (int size : measured) {
                table.append(' ').append(results.get(size).get(step)).append(" |");
            }
            if (measured.size() == 2) {
                double ratio = (double) results.get(measured.get(1)).get(step)
                        / Math.max(1, results.get(measured.get(0)).get(step));
                table.append(String.format(Locale.ROOT, " %.1f× |", ratio));
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** Every step for the largest cohort under 60 s, and at most 12 times its time for the smallest. */
    private void verdict(Map<Integer, Map<String, Long>> results) {
        List<Integer> measured = new ArrayList<>(results.keySet());
        Map<String, Long> small = results.get(measured.get(0));
        Map<String, Long> large = results.get(measured.get(measured.size() - 1));
        for (String step : List.of("propose-all", "approve-all", "complete-all")) {
            long time = large.get(step);
            double ratio = (double) time / Math.max(1, small.get(step));
            note(String.format(
                    Locale.ROOT,
                    "- %s: %,d members in %.1f s (budget 60 s: %s); %.1f× the time for %,d (budget 12×: %s)",
                    step,
                    measured.get(measured.size() - 1),
                    time / 1000.0,
                    time < 60_000 ? "met" : "**missed**",
                    ratio,
                    measured.get(0),
                    ratio <= 12 ? "met" : "**missed**"));
        }
    }

    private void note(String line) {
        report.add(line);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
