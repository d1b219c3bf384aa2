package vn.dangvu.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.helper.HttpConnection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * People who change data while the pages are measured, through the app's own forms over HTTP, each logged
 * in with an account of their own: a branch secretary records a meeting's attendance, another reports
 * progress on a duty, a commune official takes a member's transfer through creating, proposing and
 * cancelling it, and a third secretary records a month of a member's dues as paid. Each write opens the
 * form page (its CSRF token and fields as the app rendered them), changes what a person would and posts it;
 * the kinds take turns. A write the app refuses fails the benchmark.
 */
final class Writers {

    /** The kinds of writes, in the order they take turns. */
    enum Kind {
        ATTENDANCE("attendance"),
        DUTY_PROGRESS("duty progress"),
        TRANSFER_STEP("transfer step"),
        DUES("dues");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final String TRANSFER_REASON = "Chuyển sinh hoạt để gần nơi ở (benchmark)";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Pattern DUTY_FORM = Pattern.compile("/duties/\\d+\\?year=\\d+");
    private static final List<String> DUTY_STATUSES = List.of("ASSIGNED", "IN_PROGRESS", "DONE", "NOT_DONE");
    /** Dues are known from the 2010 rule's first month (migration V27): the writer pays no month before it. */
    private static final YearMonth FIRST_DUES_MONTH = YearMonth.of(2011, 1);

    private final Client attendanceSecretary;
    private final Client dutySecretary;
    private final Client communeOfficial;
    private final Client duesSecretary;
    private final List<Long> transferMembers;
    private final long transferDestination;
    private final long duesBranch;
    private final Map<Kind, AtomicInteger> done = new EnumMap<>(Kind.class);
    private int turn;
    private int categoriesGiven;
    private int attendanceTurn;
    private int dutyTurn;
    private int transferMember;
    private Long openTransfer;
    private String transferStep = "create";
    private YearMonth duesMonth;

    private Writers(
            Client attendanceSecretary,
            Client dutySecretary,
            Client communeOfficial,
            Client duesSecretary,
            List<Long> transferMembers,
            long transferDestination,
            long duesBranch,
            YearMonth duesMonth) {
        this.attendanceSecretary = attendanceSecretary;
        this.dutySecretary = dutySecretary;
        this.communeOfficial = communeOfficial;
        this.duesSecretary = duesSecretary;
        this.transferMembers = transferMembers;
        this.transferDestination = transferDestination;
        this.duesBranch = duesBranch;
        this.duesMonth = duesMonth;
        for (Kind kind : Kind.values()) {
            done.put(kind, new AtomicInteger());
        }
    }

    /**
     * Logs the writers in and finds what they will change: members of the commune official's first branch
     * with no open transfer (moved to their second branch), and the dues secretary's branch, whose first
     * members are given a dues category through the member's dues form when they have none (the generated
     * data has no dues), so that their months can be paid.
     */
    static Writers prepare(URI base, Targets targets, Connection db, String password) throws Exception {
        List<Targets.User> secretaries = targets.secretaries();
        Targets.User official = targets.communeOfficials().get(0);
        Benchmark.check(
                official.branches().size() >= 2,
                official.username() + " has fewer than two branches to move a member between");
        List<Long> members = Targets.ids(
                db,
                "select m.id from member m where m.branch_id = ? and m.status = 'ACTIVE' and not exists (select 1"
                        + " from transfer t where t.member_id = m.id and t.state in ('DRAFT', 'PROPOSED', 'APPROVED'))"
                        + " order by m.id limit 5",
                official.branches().get(0));
        Benchmark.check(
                !members.isEmpty(),
                "No member without an open transfer in " + official.branches().get(0));
        Targets.User dues = secretaries.get(2 % secretaries.size());
        long duesBranch = dues.branches().get(0);
        Writers writers = new Writers(
                Client.login(base, secretaries.get(0), password),
                Client.login(base, secretaries.get(1 % secretaries.size()), password),
                Client.login(base, official, password),
                Client.login(base, dues, password),
                members,
                official.branches().get(1),
                duesBranch,
                firstDuesMonth(db, duesBranch, dues.username()));
        for (long member : Targets.ids(
                db,
                "select id from (select m.id from member m where m.branch_id = ? and m.status = 'ACTIVE' order by"
                        + " m.id limit 10) first where not exists (select 1 from dues_assignment a where a.member_id"
                        + " = first.id)",
                duesBranch)) {
            writers.assignDuesCategory(member);
            writers.categoriesGiven++;
        }
        writers.resumeTransfer(db, official.username());
        return writers;
    }

    /**
     * Takes up the transfer an earlier run left open (its writers stopped between creating and cancelling
     * it), so that open transfers do not pile up over runs and use up the members.
     */
    private void resumeTransfer(Connection db, String official) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select id, state from transfer where created_by = ? and"
                + " reason = ? and state in ('DRAFT', 'PROPOSED') order by id limit 1")) {
            s.setString(1, official);
            s.setString(2, TRANSFER_REASON);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    openTransfer = rs.getLong(1);
                    transferStep = rs.getString(2).equals("DRAFT") ? "propose" : "cancel";
                }
            }
        }
    }

    /** Writes at a steady pace (one write every {@code everyMs} in total, the kinds taking turns) until closed. */
    Running start(int everyMs) {
        return new Running(everyMs);
    }

    /** The next write, now, in this thread; returns its kind. */
    Kind writeOnce() throws Exception {
        Kind kind = Kind.values()[turn++ % Kind.values().length];
        switch (kind) {
            case ATTENDANCE -> attendance();
            case DUTY_PROGRESS -> dutyProgress();
            case TRANSFER_STEP -> transferStep();
            case DUES -> dues();
        }
        done.get(kind).incrementAndGet();
        return kind;
    }

    /**
     * The next writes, now, up to one that moves the change stamp the summary's cached figures are keyed by
     * (attendance, duties and transfers do; dues, which the summary does not show, do not).
     */
    void writeChangingTheSummary() throws Exception {
        while (writeOnce() == Kind.DUES) {
            // the next kind does
        }
    }

    /** The writes done so far per kind, e.g. "attendance 12, duty progress 12, transfer step 11, dues 11". */
    String counts() {
        return done.entrySet().stream()
                .map(e -> e.getKey().label + " " + e.getValue().get())
                .collect(Collectors.joining(", "));
    }

    /** What was written before the runs, if anything (to be said after the counts). */
    String preparation() {
        return categoriesGiven == 0
                ? ""
                : " (before them, " + categoriesGiven + " members were given a dues category through the member's"
                        + " dues form, the generated data having none)";
    }

    /** A secretary ticks or unticks "spoke" for a member present at one of their latest meetings. */
    private void attendance() throws Exception {
        List<Long> meetings = attendanceSecretary.user().meetings();
        for (int tried = 0; tried < meetings.size(); tried++) {
            long meeting = meetings.get(Math.floorMod(attendanceTurn++, meetings.size()));
            Document page = attendanceSecretary.page("/meetings/" + meeting);
            FormElement form = form(page, "/meetings/" + meeting + "/attendance");
            if (form == null) {
                continue; // a meeting still to come has no attendance yet
            }
            List<org.jsoup.Connection.KeyVal> fields = form.formData();
            List<String> present = fields.stream()
                    .filter(f -> f.key().endsWith(".status") && f.value().equals("PRESENT"))
                    .map(f -> f.key().substring(0, f.key().length() - ".status".length()))
                    .toList();
            if (present.isEmpty()) {
                continue;
            }
            // the form asks the reason of an excused absence, which datasets generated before the generator
            // wrote one (04/12/2026) lack: a secretary saving the form writes one in
            List<String> excused = fields.stream()
                    .filter(f -> f.key().endsWith(".status") && f.value().equals("EXCUSED"))
                    .map(f -> f.key().substring(0, f.key().length() - ".status".length()) + ".note")
                    .toList();
            for (org.jsoup.Connection.KeyVal f : fields) {
                if (excused.contains(f.key()) && f.value().isBlank()) {
                    f.value("Bận việc gia đình");
                }
            }
            String spoke = present.get(Math.floorMod(attendanceTurn, present.size())) + ".spoke";
            if (!fields.removeIf(f -> f.key().equals(spoke))) {
                fields.add(HttpConnection.KeyVal.create(spoke, "true"));
            }
            attendanceSecretary.submit(form.attr("action"), fields);
            return;
        }
        throw new IllegalStateException(attendanceSecretary.user().username()
                + " has no meeting with a member present to record attendance of: " + meetings);
    }

    /** A secretary moves one duty of their branch's year on to the next status. */
    private void dutyProgress() throws Exception {
        List<Long> branches = dutySecretary.user().branches();
        for (int tried = 0; tried < branches.size(); tried++) {
            long branch = branches.get(Math.floorMod(dutyTurn + tried, branches.size()));
            Document page = dutySecretary.page("/branches/" + branch + "/duties");
            List<FormElement> forms = page.select("form").forms().stream()
                    .filter(f -> DUTY_FORM.matcher(f.attr("action")).matches())
                    .toList();
            if (forms.isEmpty()) {
                continue;
            }
            FormElement form = forms.get(Math.floorMod(dutyTurn++, forms.size()));
            List<org.jsoup.Connection.KeyVal> fields = form.formData();
            String status = fields.stream()
                    .filter(f -> f.key().equals("status"))
                    .map(org.jsoup.Connection.KeyVal::value)
                    .findFirst()
                    .orElse("ASSIGNED");
            fields.removeIf(f -> f.key().equals("status"));
            fields.add(HttpConnection.KeyVal.create(
                    "status", DUTY_STATUSES.get((DUTY_STATUSES.indexOf(status) + 1) % DUTY_STATUSES.size())));
            dutySecretary.submit(form.attr("action"), fields);
            return;
        }
        throw new IllegalStateException(
                dutySecretary.user().username() + " has no duty this year in any of the branches " + branches);
    }

    /**
     * A commune official creates a transfer of a member to another branch of the commune, proposes it, then
     * cancels it (one step per turn), and starts again with the next member: it never runs out.
     */
    private void transferStep() throws Exception {
        switch (transferStep) {
            case "create" -> {
                long member = transferMembers.get(Math.floorMod(transferMember++, transferMembers.size()));
                FormElement form = form(communeOfficial.page("/transfers/new?member=" + member), "/transfers");
                Benchmark.check(form != null, "No transfer form for member " + member);
                List<org.jsoup.Connection.KeyVal> fields = replace(
                        form.formData(), "toBranchId", String.valueOf(transferDestination), "reason", TRANSFER_REASON);
                Document landed = communeOfficial.submit("/transfers", fields);
                openTransfer = Long.parseLong(landed.location().replaceAll(".*/transfers/(\\d+).*", "$1"));
                transferStep = "propose";
            }
            case "propose" -> {
                step("propose", List.of());
                transferStep = "cancel";
            }
            default -> {
                step("cancel", List.of("reason", "Đảng viên không chuyển nữa (benchmark)"));
                transferStep = "create";
            }
        }
    }

    private void step(String step, List<String> values) throws Exception {
        String action = "/transfers/" + openTransfer + "/" + step;
        FormElement form = form(communeOfficial.page("/transfers/" + openTransfer), action);
        Benchmark.check(form != null, communeOfficial.user().username() + " may not " + step + " " + openTransfer);
        communeOfficial.submit(action, replace(form.formData(), values.toArray(String[]::new)));
    }

    /**
     * A secretary records one member's month as paid (the amount the form suggests, what remains due), going
     * back a month when every member of the month has paid.
     */
    private void dues() throws Exception {
        while (!duesMonth.isBefore(FIRST_DUES_MONTH)) {
            String path = "/dues/branches/" + duesBranch + "?month=" + MONTH.format(duesMonth);
            FormElement form = duesSecretary.page(path).select("form").forms().stream()
                    .filter(f -> f.attr("action").startsWith("/dues/branches/" + duesBranch + "?"))
                    .findFirst()
                    .orElse(null);
            Benchmark.check(form != null, duesSecretary.user().username() + " has no dues form on " + path);
            String action = form.attr("action");
            for (Element paid : form.select("input[type=checkbox][name$=.paid]")) {
                String row = paid.attr("name").replaceAll("\\.paid$", "");
                Element amount = form.selectFirst("input[name=" + row + ".amount]");
                if (!paid.hasAttr("checked") && amount != null && !amount.val().isBlank()) {
                    List<org.jsoup.Connection.KeyVal> fields = form.formData();
                    fields.add(HttpConnection.KeyVal.create(paid.attr("name"), paid.val()));
                    duesSecretary.submit(action, fields);
                    return;
                }
            }
            duesMonth = duesMonth.minusMonths(1);
        }
        throw new IllegalStateException("Every month of branch " + duesBranch + " since " + FIRST_DUES_MONTH
                + " is paid: no dues left to record (use a new data folder)");
    }

    private void assignDuesCategory(long member) throws Exception {
        String action = "/dues/members/" + member + "/category";
        FormElement form = form(duesSecretary.page("/dues/members/" + member), action);
        Benchmark.check(
                form != null, duesSecretary.user().username() + " may not give member " + member + " a category");
        duesSecretary.submit(
                action,
                replace(
                        form.formData(),
                        "category",
                        "SALARY",
                        "base",
                        "5000000",
                        "reductionPercent",
                        "0",
                        "fromMonth",
                        MONTH.format(FIRST_DUES_MONTH),
                        "toMonth",
                        ""));
    }

    /** Where the dues writer starts: the month before the earliest it paid in an earlier run, else this month. */
    private static YearMonth firstDuesMonth(Connection db, long branch, String username) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("select min(month) from dues_payment where branch_id = ? and recorded_by = ?")) {
            s.setLong(1, branch);
            s.setString(2, username);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                java.sql.Date earliest = rs.getDate(1);
                return earliest == null ? YearMonth.now() : YearMonth.from(earliest.toLocalDate());
            }
        }
    }

    private static FormElement form(Document page, String action) {
        return page.select("form").forms().stream()
                .filter(f -> f.attr("action").equals(action))
                .findFirst()
                .orElse(null);
    }

    /** The fields with some set to new values ({@code name, value, name, value …}). */
    private static List<org.jsoup.Connection.KeyVal> replace(
            List<org.jsoup.Connection.KeyVal> fields, String... namesAndValues) {
        List<org.jsoup.Connection.KeyVal> out = new ArrayList<>(fields);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            out.removeIf(f -> f.key().equals(name));
            out.add(HttpConnection.KeyVal.create(name, namesAndValues[i + 1]));
        }
        return out;
    }

    /** The writers at work in a thread of their own; closing stops them and fails if a write failed. */
    final class Running implements AutoCloseable {
        private final Thread thread;
        private volatile boolean stopped;
        private volatile Exception failure;

        private Running(int everyMs) {
            thread = new Thread(
                    () -> {
                        long next = System.nanoTime();
                        try {
                            while (!stopped) {
                                writeOnce();
                                next += TimeUnit.MILLISECONDS.toNanos(everyMs);
                                long wait = next - System.nanoTime();
                                if (wait > 0) {
                                    TimeUnit.NANOSECONDS.sleep(wait);
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (Exception e) {
                            failure = e;
                        }
                    },
                    "writers");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            thread.join();
            if (failure != null) {
                throw new IllegalStateException("A write through the app's forms failed", failure);
            }
        }
    }
}
