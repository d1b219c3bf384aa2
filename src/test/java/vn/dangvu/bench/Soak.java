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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The soak test of issue 16: the packaged app on a new district-scale dataset, {@code soak.users} people
 * (20) using it for {@code soak.minutes} (30), each clicking every 0.5–1.5 s through the pages of their
 * role, a quarter of them registering directives (writes), and everyone signing out and in again every
 * five minutes; people arrive one every 3 s over the first minute. Every minute it records the requests, errors, latencies, the heap in use after a full
 * collection, and the connections open on PostgreSQL. It fails if any request failed, if an acknowledged
 * write is missing, or if the heap or the connections grew over the run. Not part of {@code verify}:
 *
 * <pre>./mvnw -Psoak verify -Dsoak.minutes=30</pre>
 */
public final class Soak {

    private static final String PASSWORD = "dangvu123";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final int minutes = Integer.getInteger("soak.minutes", 30);
    private final int users = Integer.getInteger("soak.users", 20);
    private final Path out =
            Path.of(System.getProperty("soak.out", "target/soak")).toAbsolutePath();
    private final Path data = out.resolve("data");
    private final int port = Integer.getInteger("soak.port", 18090);
    private final int dbPort = Integer.getInteger("soak.db-port", 15442);

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();

    record Minute(
            int minute,
            long requests,
            long writes,
            long errors,
            long p50,
            long p95,
            long max,
            long heapMb,
            long committedMb,
            long connections,
            long sessions,
            double load) {}

    public static void main(String[] args) throws Exception {
        new Soak().run();
    }

    private void run() throws Exception {
        FileSystemUtils.deleteRecursively(out);
        Files.createDirectories(out);
        // the generator is not part of the packaged app: it fills the data folder before the app first starts
        vn.dangvu.demo.SyntheticDataGenerator.generateInto(data, dbPort, "district", 42);
        AppProcess app = AppProcess.start(out, data, port, dbPort, List.of());
        List<Minute> minutesSeen = new ArrayList<>();
        try {
            app.awaitFirstRequest();
            long pid = pidListeningOn(port);
            URI base = URI.create("http://localhost:" + port);
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
                Targets targets = Targets.load(db, users);
                AtomicBoolean running = new AtomicBoolean(true);
                List<Thread> people = new ArrayList<>();
                for (int u = 0; u < users; u++) {
                    int person = u;
                    Thread thread = new Thread(() -> use(base, targets, person, running), "user-" + u);
                    thread.start();
                    people.add(thread);
                }
                long started = System.nanoTime();
                for (int minute = 1; minute <= minutes; minute++) {
                    long until = started + TimeUnit.MINUTES.toNanos(minute);
                    while (System.nanoTime() < until) {
                        Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                    }
                    Minute sample = sample(minute, pid, db);
                    minutesSeen.add(sample);
                    System.out.println(sample);
                }
                running.set(false);
                for (Thread person : people) {
                    person.join(60_000);
                }
                long missing = missingWrites(db);
                Files.writeString(out.resolve("soak.md"), report(minutesSeen, missing));
                System.out.println(Files.readString(out.resolve("soak.md")));
                Benchmark.check(errors.isEmpty(), errors.size() + " requests failed, e.g. " + errors.peek());
                Benchmark.check(missing == 0, missing + " acknowledged writes are missing");
                checkFlat(minutesSeen);
            }
        } finally {
            app.stop();
        }
    }

    /** One person: signs in, clicks through their role's pages, writes if staff, signs in again every 5 min. */
    private void use(URI base, Targets targets, int person, AtomicBoolean running) {
        Targets.User user = switch (person % 4) {
            case 0 -> targets.staff().get(person / 4 % targets.staff().size());
            case 1 ->
                targets.communeOfficials()
                        .get(person / 4 % targets.communeOfficials().size());
            case 2 ->
                targets.secretaries().get(person / 4 % targets.secretaries().size());
            default -> targets.leaders().get(person / 4 % targets.leaders().size());
        };
        int i = person * 1000;
        // People arrive over the first minute, not all in the same millisecond.
        pause(person * 3_000L);
        while (running.get()) {
            long session = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            HttpClient http;
            try {
                http = signIn(base, user.username());
            } catch (Exception e) {
                errors.add(user.username() + " could not sign in: " + e);
                pause(5_000);
                continue;
            }
            while (running.get() && System.nanoTime() < session) {
                pause(500 + ThreadLocalRandom.current().nextInt(1001));
                i++;
                String page = switch (person % 4) {
                    case 0 ->
                        i % 3 == 0
                                ? null
                                : i % 3 == 1
                                        ? "/members?q=" + Targets.searchTerm(i)
                                        : "/members/" + targets.member(user, i);
                    case 1 -> "/units/" + user.branch(i);
                    case 2 -> i % 2 == 0 ? "/branches/" + user.branch(i) + "/duties" : "/meetings/" + user.meeting(i);
                    default -> i % 2 == 0 ? "/reports/summary" : "/campaigns/" + targets.campaign(i);
                };
                if (page == null) {
                    write(http, base, user.username() + "-" + person + "-" + i);
                } else {
                    get(http, base, page);
                }
            }
            try {
                post(http, base, "/logout", "_csrf=" + csrf(http, base, "/"), "/login?logout");
            } catch (Exception e) {
                errors.add(user.username() + " could not sign out: " + e);
            }
        }
    }

    private HttpClient signIn(URI base, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String token = csrf(http, base, "/login");
        HttpResponse<String> response = send(
                http,
                form(base, "/login", "username=" + encode(username) + "&password=" + PASSWORD + "&_csrf=" + token));
        String location = response.headers().firstValue("Location").orElse("");
        Benchmark.check(
                response.statusCode() == 302 && !location.contains("error"),
                "Sign-in failed: " + response.statusCode() + " " + location);
        return http;
    }

    private void write(HttpClient http, URI base, String tag) {
        String number = "S" + Math.abs(tag.hashCode() % 100000) + "-" + writes.incrementAndGet();
        try {
            String token = csrf(http, base, "/directives/new");
            String body = "number=" + encode(number) + "&issuedOn=01%2F03%2F2025&issuer=" + encode("Ban Tổ chức")
                    + "&title=" + encode("Văn bản thử tải " + tag) + "&summary=&_csrf=" + token;
            if (post(http, base, "/directives", body, "/directives/")) {
                acknowledged.add(number);
            }
        } catch (Exception e) {
            errors.add("write " + number + ": " + e);
        }
    }

    private void get(HttpClient http, URI base, String path) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = send(
                    http,
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(60))
                            .build());
            latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            if (response.statusCode() != 200) {
                errors.add(path + " answered " + response.statusCode());
            }
        } catch (Exception e) {
            errors.add(path + ": " + e);
        }
    }

    /** Posts a form; true when it redirected where a success goes. */
    private boolean post(HttpClient http, URI base, String path, String body, String success) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = send(http, form(base, path, body));
            latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || !location.contains(success)) {
                errors.add("POST " + path + " answered " + response.statusCode() + " " + location);
                return false;
            }
            return true;
        } catch (Exception e) {
            errors.add("POST " + path + ": " + e);
            return false;
        }
    }

    private String csrf(HttpClient http, URI base, String page) throws Exception {
        HttpResponse<String> response = send(
                http,
                HttpRequest.newBuilder(base.resolve(page))
                        .timeout(Duration.ofSeconds(60))
                        .build());
        Matcher token = CSRF.matcher(response.body());
        Benchmark.check(response.statusCode() == 200 && token.find(), "No CSRF token on " + page);
        return encode(token.group(1));
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest form(URI base, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private Minute sample(int minute, long pid, Connection db) throws Exception {
        List<Long> times = new ArrayList<>();
        for (Long t; (t = latencies.poll()) != null; ) {
            times.add(t);
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        jcmd(pid, "GC.run");
        Matcher heap = HEAP.matcher(jcmd(pid, "GC.heap_info"));
        Benchmark.check(heap.find(), "No heap figures from jcmd");
        double load =
                Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return new Minute(
                minute,
                requests.get(),
                acknowledged.size(),
                errors.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                Long.parseLong(heap.group(2)) / 1024,
                Long.parseLong(heap.group(1)) / 1024,
                count(
                        db,
                        "select count(*) from pg_stat_activity where backend_type = 'client backend'"
                                + " and pid <> pg_backend_pid()"),
                count(db, "select count(*) from spring_session"),
                load);
    }

    private long missingWrites(Connection db) throws Exception {
        long missing = 0;
        try (var find = db.prepareStatement("select count(*) from directive where number = ?")) {
            for (String number : acknowledged) {
                find.setString(1, number);
                try (ResultSet rows = find.executeQuery()) {
                    rows.next();
                    missing += rows.getLong(1) == 1 ? 0 : 1;
                }
            }
        }
        return missing;
    }

    /** The last third of the run against the first (after a 2-minute warm-up): no growth beyond noise. */
    private static void checkFlat(List<Minute> samples) {
        if (samples.size() < 9) {
            return;
        }
        List<Minute> settled = samples.subList(2, samples.size());
        int third = settled.size() / 3;
        double firstHeap = settled.subList(0, third).stream()
                .mapToLong(Minute::heapMb)
                .average()
                .orElse(0);
        double lastHeap = settled.subList(settled.size() - third, settled.size()).stream()
                .mapToLong(Minute::heapMb)
                .average()
                .orElse(0);
        Benchmark.check(
                lastHeap <= firstHeap * 1.25 + 16,
                "The heap after a full collection grew from " + firstHeap + " MB to " + lastHeap + " MB");
        long maxConnections =
                settled.stream().mapToLong(Minute::connections).max().orElse(0);
        Benchmark.check(maxConnections <= 10, "Up to " + maxConnections + " connections were open (pool of 10)");
    }

    private String report(List<Minute> samples, long missing) {
        StringBuilder md = new StringBuilder("# Soak test\n\n")
                .append("Run on ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, the packaged app (heap limit ")
                .append(AppProcess.HEAP)
                .append(") on a new district-scale dataset, ")
                .append(users)
                .append(" users for ")
                .append(minutes)
                .append(" minutes, pausing 0.5–1.5 s between requests. ")
                .append(requests.get())
                .append(" requests, ")
                .append(acknowledged.size())
                .append(" acknowledged writes (")
                .append(missing)
                .append(" missing afterwards), ")
                .append(errors.size())
                .append(" errors.\n\n")
                .append("| minute | requests (total) | writes (total) | errors (total) | p50 ms | p95 ms | max ms |"
                        + " heap after GC MB | heap committed MB | DB connections | sessions | load avg |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Minute m : samples) {
            md.append(String.format(
                    "| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f |%n",
                    m.minute(),
                    m.requests(),
                    m.writes(),
                    m.errors(),
                    m.p50(),
                    m.p95(),
                    m.max(),
                    m.heapMb(),
                    m.committedMb(),
                    m.connections(),
                    m.sessions(),
                    m.load()));
        }
        if (!errors.isEmpty()) {
            md.append("\nFirst errors:\n");
            errors.stream().limit(20).forEach(e -> md.append("- ").append(e).append('\n'));
        }
        return md.toString();
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    /** The app's JVM: the java process started with this HTTP port. */
    private static long pidListeningOn(int port) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String[] arguments = new String(Files.readAllBytes(p.resolve("cmdline"))).split("\0");
                    if (Arrays.asList(arguments).contains("--server.port=" + port) && arguments[0].endsWith("java")) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // ended while we looked
                }
            }
        }
        throw new IllegalStateException("No java process with --server.port=" + port);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
