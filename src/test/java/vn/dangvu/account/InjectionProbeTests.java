package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.dues.DuesPages;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.evaluation.EvaluationPage;
import vn.dangvu.importing.ImportKind;
import vn.dangvu.importing.ImportPreview;
import vn.dangvu.importing.ImportService;
import vn.dangvu.organisation.UnitNode;
import vn.dangvu.report.Summary;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * Classic SQL injection payloads, LIKE wildcards and out-of-range numbers and dates through every
 * parameter that a page reads (search boxes, filters, sorts, pages, dates, path segments of lists,
 * exports, the summary and forms): each answers 200 or a clean 400 (404 for a record's id or a path
 * segment), never 500, and a payload that would make the database sleep answers within seconds; no
 * payload brings back more rows than a harmless value of the same parameter; and the database is the
 * same afterwards. A date or year typed into a page's as-of or year box answers 200 with the page and a
 * message saying what is wrong with it (the firewall's 400 for a NUL character aside).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionProbeTests extends DemoDistrictTest {

    static final List<String> PAYLOADS = List.of(
            "' or 1=1 --",
            "' or '1'='1",
            "'; drop table member; --",
            "1; drop table member",
            "%' union select id, username, password_hash from app_user --",
            "1 union select null, password_hash from app_user",
            "\\",
            "\\'",
            "1) or (1=1",
            "\") or (\"1\"=\"1",
            "%",
            "_",
            "%%",
            "*",
            "'||pg_sleep(10)||'",
            "1; select pg_sleep(10)",
            "$$; drop table member; $$",
            "a\u0000b",
            "x".repeat(4000));

    /**
     * A payload that would make PostgreSQL sleep must not hold the answer up: injected, it takes 10 s or more.
     * 9 s, not less: the district's branch-work view with its compliance tables takes 3–5 s a request on the
     * 2-core CI machine while the suite runs (seen: 5.0 s, a false alarm at a 5 s limit), which is slow but
     * no sleep.
     */
    static final Duration SLEEP_LIMIT = Duration.ofSeconds(9);

    /** The boxes where people type an as-of date or a year: every value gives the page, with a message. */
    static final Set<String> TYPED_PERIODS = Set.of("asOf", "year");

    static final Set<String> NAMES_A_RECORD =
            Set.of("member", "commune", "branch", "campaign", "root", "parent", "directive", "unit");

    static final List<String> NUMBERS = List.of(
            "", "0", "-1", "1.5", "1e9", "2147483647", "-2147483648", "9223372036854775807", "99999999999999999999");

    static final List<String> DATES = List.of(
            "31/12/9999", "1/1/0001", "0/0/2020", "29/02/2023", "1/1/99999", "1/1/+99999", "+1/1/2020", "2020-02-30");

    /**
     * One parameter of a page that the page's controller reads, probed as {@code user} against a harmless
     * value of the same parameter. {@code param} names a query parameter, or a variable of the path
     * {@code pattern} when the pattern holds it; {@code path} gives the pattern's other variables. Each
     * page's answer to a payload is compared with its answer to the harmless value by its number of rows,
     * unless {@code noRows} says why the page has none.
     */
    record Probe(String user, String pattern, Map<String, Object> path, String param, String harmless, String noRows) {

        boolean inPath() {
            return pattern.contains("{" + param + "}");
        }

        Probe withoutRows(String reason) {
            return new Probe(user, pattern, path, param, harmless, reason);
        }

        @Override
        public String toString() {
            String shown = pattern;
            for (Map.Entry<String, Object> variable : path.entrySet()) {
                shown = shown.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
            }
            return user + " " + shown + (inPath() ? "" : "?" + param + "=");
        }
    }

    @Autowired
    ImportService imports;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Stream<Probe> probes() throws Exception {
        String commune = String.valueOf(demo.unit("TH-TB"));
        long branch = demo.unit("TH-TB-A1");
        long member = demo.memberOf("TH-TB-A1");
        long campaign = demo.count("select min(id) from campaign");
        String lastYear = String.valueOf(LocalDate.now().getYear() - 1);
        String startOfLastYear = "01/01/" + lastYear;
        String endOfLastYear = "31/12/" + lastYear;
        String token = imports.upload(
                        users.actor("tochuc"),
                        ImportKind.BRANCHES,
                        "chi-bo.csv",
                        new ByteArrayInputStream(
                                "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Bình Thạnh,Ấp\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                .token();
        List<Probe> probes = new ArrayList<>();
        for (String user : List.of("tochuc", "xa.thongbinh")) {
            for (Map<String, Object> format :
                    List.of(Map.<String, Object>of(), Map.<String, Object>of("format", "csv"))) {
                String path = format.isEmpty() ? "/members" : "/members/export.{format}";
                probes.add(query(user, path, format, "q", "khong co ai ten nay"));
                probes.add(query(user, path, format, "commune", commune));
                probes.add(query(user, path, format, "branch", String.valueOf(branch)));
                probes.add(query(user, path, format, "group", "FARMER_OTHER"));
                probes.add(query(user, path, format, "status", "ACTIVE"));
            }
            probes.add(query(user, "/members", "page", "0"));
            probes.add(query(user, "/members/probation", "from", "01/01/1930"));
            probes.add(query(user, "/members/probation", "to", "31/12/2099"));
            probes.add(query(user, "/members/probation", "page", "0"));
            probes.add(inPath(user, "/members/export.{format}", Map.of(), "format", "csv"));
            probes.add(query(user, "/units", "root", commune));
            probes.add(query(user, "/units", "asOf", "20/01/2019"));
            probes.add(inPath(user, "/units/export.{format}", Map.of(), "format", "csv"));
            probes.add(query(user, "/transfers", "state", "COMPLETED"));
            probes.add(query(user, "/transfers", "kind", "INTERNAL"));
            probes.add(query(user, "/transfers", "campaign", String.valueOf(campaign)));
            probes.add(query(user, "/transfers", "page", "0"));
            probes.add(query(user, "/transfers/new", "member", String.valueOf(member))
                    .withoutRows("a form for one new transfer: the member is the only record it shows"));
            probes.add(query(user, "/concerns", "status", "OPEN"));
            probes.add(query(user, "/concerns", "overdue", "true"));
            probes.add(query(user, "/concerns", "page", "0"));
            probes.add(query(user, "/concerns", "asOf", endOfLastYear));
            probes.add(query(user, "/concerns", "raisedFrom", startOfLastYear));
            probes.add(query(user, "/concerns", "raisedTo", endOfLastYear));
            probes.add(query(user, "/concerns", "resolvedFrom", startOfLastYear));
            probes.add(query(user, "/concerns", "resolvedTo", endOfLastYear));
            probes.add(query(user, "/sessions", "kind", "DIALOGUE"));
            probes.add(query(user, "/sessions", "page", "0"));
            probes.add(query(user, "/sessions", "from", startOfLastYear));
            probes.add(query(user, "/sessions", "to", endOfLastYear));
            probes.add(query(user, "/follow-ups", "state", "OVERDUE"));
            probes.add(query(user, "/follow-ups", "asOf", endOfLastYear));
            probes.add(query(user, "/follow-ups", "page", "0"));
            probes.add(query(user, "/recognitions", "kind", "COMMENDATION"));
            probes.add(query(user, "/recognitions", "year", lastYear));
            probes.add(query(user, "/recognitions", "page", "0"));
            probes.add(query(user, "/recognitions", "member", String.valueOf(member)));
            probes.add(query(user, "/recognitions", "from", startOfLastYear));
            probes.add(query(user, "/recognitions", "to", endOfLastYear));
            probes.add(query(user, "/branchwork", "year", lastYear));
            probes.add(query(user, "/branchwork", "commune", commune));
            probes.add(query(user, "/branchwork", "sort", "members"));
            probes.add(query(user, "/branchwork", "asOf", endOfLastYear));
            probes.add(query(user, "/branches/{id}/evaluations", Map.of("id", branch), "period", "Q1"));
            probes.add(query(user, "/branches/{id}/duties", Map.of("id", branch), "year", lastYear));
            probes.add(query(user, "/branches/{id}/evaluations", Map.of("id", branch), "year", lastYear));
            probes.add(query(user, "/branches/{id}/meetings", Map.of("id", branch), "page", "0"));
            probes.add(query(user, "/branches/{id}/notices", Map.of("id", branch), "page", "0"));
            probes.add(query(user, "/meetings/{id}", Map.of("id", demo.meetingOf("TH-TB-A1")), "present", "all")
                    .withoutRows("one meeting's attendance form, filled in: no list to filter"));
            probes.add(inPath(user, "/members/{id}/years/{year}", Map.of("id", member), "year", lastYear)
                    .withoutRows("one member's year: figures and the meetings of one year, not a list to filter"));
            probes.add(query(user, "/reports/summary", "asOf", "06/01/2019"));
            probes.add(query(user, "/reports/summary/print", "asOf", "06/01/2019"));
            String month = java.time.YearMonth.now().format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
            probes.add(query(user, "/dues", "month", month));
            probes.add(query(user, "/dues/branches/{id}", Map.of("id", branch), "month", month));
            probes.add(query(user, "/dues/branches/{id}/list", Map.of("id", branch), "month", month));
            probes.add(query(user, "/dues/branches/{id}/list.xlsx", Map.of("id", branch), "month", month));
            probes.add(query(user, "/dues/members/{id}", Map.of("id", member), "year", lastYear)
                    .withoutRows("one member's months of a year: twelve at most, not a list to filter"));
            probes.add(query(user, "/dues/arrears", "unit", commune));
            probes.add(query(user, "/dues/arrears", "asOf", endOfLastYear));
            probes.add(query(user, "/dues/arrears", "ground", "false"));
            probes.add(query(user, "/dues/arrears", "page", "0"));
            probes.add(query(user, "/dues/collection", "unit", commune));
            probes.add(query(user, "/dues/collection", "year", lastYear));
            probes.add(query(user, "/reports/summary", "from", "01/01/2019"));
            probes.add(query(user, "/reports/summary/print", "from", "01/01/2019"));
            for (String file : List.of("/reports/summary.xlsx", "/reports/summary.docx")) {
                probes.add(query(user, file, "asOf", "06/01/2019")
                        .withoutRows("a document of fixed sections; the page it copies is compared by its communes"));
                probes.add(query(user, file, "from", "01/01/2019")
                        .withoutRows("a document of fixed sections; the page it copies is compared by its communes"));
            }
            probes.add(query(user, "/transfers/register", "year", lastYear));
            probes.add(query(user, "/transfers/register", "page", "0"));
            probes.add(query(user, "/transfers/register.xlsx", "year", lastYear)
                    .withoutRows("a file of the register; the page it copies is probed by its rows"));
            probes.add(query(user, "/badges", "occasion", "NATIONAL_DAY"));
            probes.add(query(user, "/badges", "year", lastYear));
            probes.add(query(user, "/badges", "page", "0"));
            probes.add(query(user, "/badges.xlsx", "occasion", "NATIONAL_DAY"));
            probes.add(query(user, "/badges.xlsx", "year", lastYear)
                    .withoutRows("a year that cannot be used gives the page instead of the file: rows of two kinds"));
            probes.add(query(user, "/badges/awarded", "page", "0"));
            probes.add(query(user, "/members/{id}/badges/new", Map.of("id", member), "years", "30")
                    .withoutRows("a form for one award to one member: no list"));
            probes.add(query(user, "/members/{id}/badges/new", Map.of("id", member), "awardedOn", "02/09/2025")
                    .withoutRows("a form for one award to one member: no list"));
        }
        Map<String, Object> xlsx = Map.of("format", "xlsx");
        probes.add(query("tochuc", "/members/export.{format}", xlsx, "q", "khong co ai ten nay"));
        probes.add(query("tochuc", "/members/export.{format}", xlsx, "commune", commune));
        probes.add(query("tochuc", "/members/export.{format}", xlsx, "branch", String.valueOf(branch)));
        probes.add(query("tochuc", "/members/export.{format}", xlsx, "group", "FARMER_OTHER"));
        probes.add(query("tochuc", "/members/export.{format}", xlsx, "status", "ACTIVE"));
        probes.add(query("tochuc", "/units/new", "parent", commune)
                .withoutRows("a form for one new branch under the parent: no list"));
        probes.add(query("tochuc", "/campaigns", "asOf", "06/01/2019"));
        probes.add(query("tochuc", "/backups", "page", "0"));
        probes.add(query("tochuc", "/campaigns/{id}", Map.of("id", campaign), "asOf", "06/01/2019"));
        probes.add(query("tochuc", "/campaigns/{id}", Map.of("id", campaign), "flagged", "true"));
        probes.add(query("tochuc", "/campaigns/{id}", Map.of("id", campaign), "page", "0"));
        probes.add(query(
                        "tochuc",
                        "/campaigns/new",
                        "directive",
                        String.valueOf(demo.count("select min(id) from directive")))
                .withoutRows("a form for one new campaign under the directive: no list"));
        probes.add(query("tochuc", "/holidays", "year", lastYear)
                .withoutRows("one year's days off: a bad year is refused with the calendar of this year"));
        probes.add(query("tochuc", "/holidays", "page", "0").withoutRows("one year's days off, a page of them"));
        probes.add(inPath("tochuc", "/holidays/{day}/edit", Map.of(), "day", "2025-04-07")
                .withoutRows("a form for one day off: no list"));
        probes.add(inPath("tochuc", "/holidays/{day}/delete", Map.of(), "day", "2025-04-07")
                .withoutRows("the confirmation for one day off: no list"));
        probes.add(query("dangvien", "/me/duties", "year", lastYear)
                .withoutRows("the member's own duties of a year: no list of others"));
        probes.add(query("dangvien", "/me/dues", "year", lastYear)
                .withoutRows("the member's own dues months of a year: no list of others"));
        probes.add(query("dangvien", "/me/meetings", "page", "0"));
        probes.add(query("dangvien", "/me/attendance", "year", lastYear)
                .withoutRows("the member's own attendance of a year: no list of others"));
        probes.add(query("dangvien", "/me/attendance", "page", "0")
                .withoutRows("the member's own attendance of a year: no list of others"));
        probes.add(query("dangvien", "/me/concerns", "page", "0"));
        probes.add(query("tochuc", "/accounts", "page", "0"));
        probes.add(query("tochuc", "/reorganisations", "page", "0"));
        probes.add(query("tochuc", "/directives", "page", "0"));
        probes.add(query("tochuc", "/audit/{type}/{id}", Map.of("type", "MEMBER", "id", member), "page", "0"));
        probes.add(inPath("tochuc", "/audit/{type}/{id}", Map.of("id", member), "type", "MEMBER"));
        probes.add(query("tochuc", "/import/{token}", Map.of("token", token), "page", "0"));
        probes.add(query("tochuc", "/import/{token}", Map.of("token", token), "errors", "true"));
        probes.add(inPath("tochuc", "/import/{token}", Map.of(), "token", token));
        probes.add(inPath("tochuc", "/guide/{section}", Map.of(), "section", "meetings")
                .withoutRows("a section of the guide: text, no list"));
        probes.add(inPath("tochuc", "/import/template/{kind}.xlsx", Map.of(), "kind", "members")
                .withoutRows("an empty register with one example row, the same whatever is asked"));
        probes.add(query("tochuc", "/login", "wait", "2").withoutRows("the sign-in page: no list"));
        probes.add(query("tochuc", "/upload-too-large", "back", "/import")
                .withoutRows("the page after an upload over the limit: one sentence and a link back"));
        for (String field : List.of("currentPassword", "password", "confirmation")) {
            probes.add(query("tochuc", "/account/password", field, "mat-khau-cu")
                    .withoutRows("the form to change one's own password: no list"));
        }
        return probes.stream();
    }

    private static Probe query(String user, String pattern, String param, String harmless) {
        return query(user, pattern, Map.of(), param, harmless);
    }

    private static Probe query(String user, String pattern, Map<String, Object> path, String param, String harmless) {
        return new Probe(user, pattern, path, param, harmless, null);
    }

    private static Probe inPath(String user, String pattern, Map<String, Object> path, String param, String harmless) {
        return new Probe(user, pattern, path, param, harmless, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void shouldAnswerCleanlyWithNoMoreRowsAndNoChange(Probe probe) throws Exception {
        String before = snapshot();
        MvcResult harmless = perform(probe, probe.harmless());
        assertThat(harmless.getResponse().getStatus())
                .as("harmless value %s", probe.harmless())
                .isEqualTo(200);
        long harmlessRows = probe.noRows() == null ? rows(harmless) : 0;

        // a record's id that does not exist, or a path that names nothing, is a clean 404 too
        boolean typedPeriod = !probe.inPath() && TYPED_PERIODS.contains(probe.param());
        // a date or year box that cannot use what was typed shows the page as asked without one (today, this
        // year, every year): a payload may bring back no more rows than that page
        if (typedPeriod && probe.noRows() == null) {
            harmlessRows = Math.max(harmlessRows, rows(perform(probe, "")));
        }
        Set<Integer> clean = typedPeriod
                ? Set.of(200)
                : probe.inPath() || NAMES_A_RECORD.contains(probe.param()) ? Set.of(200, 400, 404) : Set.of(200, 400);
        SoftAssertions softly = new SoftAssertions();
        for (String value : values()) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            MvcResult result;
            try {
                result = value.contains("pg_sleep")
                        ? assertTimeoutPreemptively(
                                SLEEP_LIMIT, () -> perform(probe, value), () -> "answered after " + SLEEP_LIMIT)
                        : perform(probe, value);
            } catch (AssertionFailedError e) {
                softly.fail("%s → %s", shown, e.getMessage());
                continue;
            } catch (Exception e) { // not resolved to a response: a real server answers 500
                softly.fail("%s → %s", shown, e);
                continue;
            }
            int status = result.getResponse().getStatus();
            // the firewall refuses a NUL character in any parameter before a page is asked
            softly.assertThat(status)
                    .as("status for %s", shown)
                    .isIn(typedPeriod && value.indexOf(0) >= 0 ? Set.of(400) : clean);
            if (typedPeriod && status == 200 && !value.isBlank()) {
                softly.assertThat(periodProblem(result, probe.param()))
                        .as("message for %s", shown)
                        .isNotNull();
            }
            // an empty filter, or a number in the search box (ID numbers have digits), rightly finds more
            if (status == 200 && probe.noRows() == null && PAYLOADS.contains(value)) {
                softly.assertThat(rows(result)).as("rows for %s", shown).isLessThanOrEqualTo(harmlessRows);
            }
        }
        softly.assertThat(snapshot()).as("database after the probes").isEqualTo(before);
        softly.assertAll();
    }

    /**
     * The probes follow the controllers: every parameter that a page reads (a request parameter, a
     * component of a filter record, a path variable that is text) is probed, and nothing is probed that no
     * page reads.
     */
    @Test
    void shouldProbeEveryParameterThatAPageReadsAndNoOther() throws Exception {
        Set<String> probed = new TreeSet<>();
        probes().forEach(p -> probed.add(p.pattern() + " " + p.param()));
        Set<String> read = new TreeSet<>();
        Set<String> readNumbersInPath = new TreeSet<>();
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!handler.getBeanType().getPackageName().startsWith("vn.dangvu")
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    parameter.initParameterNameDiscovery(names);
                    RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                    PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
                    Class<?> type = parameter.getParameterType();
                    if (requestParam != null) {
                        read.add(pattern + " "
                                + (requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name()));
                    } else if (pathVariable != null) {
                        String name =
                                pathVariable.name().isEmpty() ? parameter.getParameterName() : pathVariable.name();
                        (type == String.class ? read : readNumbersInPath).add(pattern + " " + name);
                    } else if (type.isRecord()) {
                        for (RecordComponent component : type.getRecordComponents()) {
                            read.add(pattern + " " + component.getName());
                        }
                    }
                }
            }
        });
        Set<String> readByNoPage = new TreeSet<>(probed);
        readByNoPage.removeAll(read);
        readByNoPage.removeAll(readNumbersInPath);
        Set<String> notProbed = new TreeSet<>(read);
        notProbed.removeAll(probed);
        assertThat(readByNoPage).as("probed, but read by no page").isEmpty();
        assertThat(notProbed).as("read by a page, but not probed").isEmpty();
    }

    /** A filter naming another scope's commune or branch finds nothing there, and a view of it does not exist. */
    @Test
    void shouldFindNothingThroughFilterIdsOfAnotherScope() throws Exception {
        String tanHoCo = String.valueOf(demo.unit("TH-THC"));
        String tanHoCoBranch = String.valueOf(demo.unit("TH-THC-A1"));
        for (String path : List.of("/members", "/members/export.csv")) {
            for (Map.Entry<String, String> filter :
                    Map.of("commune", tanHoCo, "branch", tanHoCoBranch).entrySet()) {
                MvcResult own = mvc.perform(get(path)
                                .param(filter.getKey(), filter.getValue())
                                .with(users.as("xa.tanhoco")))
                        .andReturn();
                MvcResult other = mvc.perform(get(path)
                                .param(filter.getKey(), filter.getValue())
                                .with(users.as("xa.thongbinh")))
                        .andReturn();
                assertThat(own.getResponse().getStatus()).isEqualTo(200);
                assertThat(rows(own)).as(path + " " + filter).isPositive();
                assertThat(other.getResponse().getStatus()).isEqualTo(200);
                assertThat(rows(other)).as(path + " " + filter).isZero();
            }
        }
        assertThat(mvc.perform(get("/branchwork").param("commune", tanHoCo).with(users.as("xa.thongbinh")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static List<String> values() {
        List<String> values = new ArrayList<>(PAYLOADS);
        values.addAll(NUMBERS);
        values.addAll(DATES);
        return values;
    }

    private MvcResult perform(Probe probe, String value) throws Exception {
        Map<String, Object> variables = new HashMap<>(probe.path());
        if (probe.inPath()) {
            variables.put(probe.param(), value);
        }
        List<Object> inOrder = new ArrayList<>();
        Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(probe.pattern());
        while (variable.find()) {
            inOrder.add(variables.get(variable.group(1)));
        }
        MockHttpServletRequestBuilder request = get(probe.pattern(), inOrder.toArray());
        if (!probe.inPath()) {
            request.param(probe.param(), value);
        }
        return mvc.perform(request.with(users.as(probe.user()))).andReturn();
    }

    /**
     * The rows a page lists: its total over all its pages, the lines of a CSV export or the rows of an Excel
     * one. A page whose rows this does not know fails the probe, so that a new page is counted too.
     */
    private static long rows(MvcResult result) throws Exception {
        String type = result.getResponse().getContentType();
        if (type != null && type.startsWith("text/csv")) {
            return result.getResponse().getContentAsString().lines().count() - 1;
        }
        if (type != null && type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(
                    new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
                return workbook.getSheetAt(0).getPhysicalNumberOfRows() - 1;
            }
        }
        ModelAndView view = result.getModelAndView();
        Map<String, Object> model = view == null ? Map.of() : view.getModel();
        for (String name :
                List.of("page", "cohort", "rows", "campaigns", "preview", "tree", "summary", "list", "backups")) {
            Object value = model.get(name);
            if (value instanceof DuesPages.Start start) {
                return start.branches().size();
            }
            if (value instanceof DuesPages.Month month) {
                return month.rows().size();
            }
            if (value instanceof DuesPages.Arrears arrears) {
                return arrears.page().total();
            }
            if (value instanceof DuesPages.Collection collection) {
                return collection.branches().size();
            }
            if (value instanceof DuesPages.CollectionList list) {
                return list.rows().size();
            }
            if (value instanceof PageView<?> page) {
                return page.total();
            }
            if (value instanceof List<?> list) {
                return list.size();
            }
            if (value instanceof ImportPreview preview) {
                return preview.rows().total();
            }
            if (value instanceof BranchWorkViews.DutyPage duties) {
                return duties.members().size();
            }
            if (value instanceof EvaluationPage evaluations) {
                return evaluations.rows().size();
            }
            if (value instanceof UnitNode tree) {
                return units(tree);
            }
            if (value instanceof Summary summary) {
                return summary.communes().size();
            }
            if (value instanceof vn.dangvu.backup.BackupJobs.Page backups) {
                return backups.files().total();
            }
        }
        throw new AssertionError(
                "no rows known on " + result.getRequest().getRequestURI() + ", model " + model.keySet());
    }

    /** What the page says is wrong with the typed date or year (null: nothing). */
    private static Object periodProblem(MvcResult result, String param) {
        Map<String, Object> model = result.getModelAndView().getModel();
        // a page with both boxes (the branch-work view) tells each one's problem on its own
        if (param.equals("year") && model.get("yearInput") instanceof Periods.Year year) {
            return year.problem();
        }
        if (model.get("asOfInput") instanceof Periods.AsOf asOf) {
            return asOf.problem();
        }
        if (model.get("yearInput") instanceof Periods.Year year) {
            return year.problem();
        }
        // the engagement lists tell each filter box's problem beside it
        if (model.get("listing") instanceof EngagementViews.Listing<?> listing) {
            return listing.problem(param);
        }
        throw new AssertionError("no typed period on " + result.getRequest().getRequestURI());
    }

    private static long units(UnitNode node) {
        return 1
                + node.children().stream().mapToLong(InjectionProbeTests::units).sum();
    }

    /** The tables, the number of members and a checksum of the rows an injection would most want to change. */
    private String snapshot() {
        return demo.text("""
                select concat_ws(' | ',
                  (select string_agg(table_name, ',' order by table_name) from information_schema.tables
                    where table_schema = 'public'),
                  (select count(*) from member),
                  (select md5(string_agg(t::text, ',' order by t.id)) from member t),
                  (select md5(string_agg(t::text, ',' order by t.id)) from membership_period t),
                  (select md5(string_agg(t::text, ',' order by t.id)) from org_unit t),
                  (select md5(string_agg(t::text, ',' order by t.id)) from app_user t),
                  (select md5(string_agg(t::text, ',' order by t.id)) from transfer t))""");
    }
}
