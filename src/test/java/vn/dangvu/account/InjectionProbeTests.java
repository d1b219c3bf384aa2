package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.ModelAndView;
import vn.dangvu.importing.ImportKind;
import vn.dangvu.importing.ImportService;
import vn.dangvu.shared.PageView;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.IntegrationTest;

/**
 * Classic SQL injection payloads, LIKE wildcards and out-of-range numbers and dates through every search
 * box, filter, sort and page parameter of the list pages: each answers 200 or a clean 400 (404 for a
 * path segment), never 500; no payload brings back more rows than a harmless value of the same
 * parameter; and the database is the same afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionProbeTests {

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
            "'||pg_sleep(5)||'",
            "1; select pg_sleep(5)",
            "$$; drop table member; $$",
            "a\u0000b",
            "x".repeat(4000));

    static final Set<String> NAMES_A_RECORD = Set.of("member", "commune", "branch", "campaign");

    static final List<String> NUMBERS = List.of(
            "", "0", "-1", "1.5", "1e9", "2147483647", "-2147483648", "9223372036854775807", "99999999999999999999");

    static final List<String> DATES = List.of(
            "31/12/9999", "1/1/0001", "0/0/2020", "29/02/2023", "1/1/99999", "1/1/+99999", "+1/1/2020", "2020-02-30");

    /**
     * A parameter of a list page (or a path segment, when {@code param} is null and the path has a
     * {@code {v}}), probed as {@code user} against a harmless value of the same parameter.
     */
    record Probe(String user, String path, String param, String harmless) {
        @Override
        public String toString() {
            return user + " " + path + (param == null ? "" : "?" + param + "=");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

    @Autowired
    ImportService imports;

    Stream<Probe> probes() throws Exception {
        String commune = String.valueOf(demo.unit("TH-TB"));
        String branch = String.valueOf(demo.unit("TH-TB-A1"));
        long member = demo.memberOf("TH-TB-A1");
        long campaign = demo.count("select min(id) from campaign");
        String lastYear = String.valueOf(LocalDate.now().getYear() - 1);
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
            for (String path : List.of("/members", "/members/export.csv")) {
                probes.add(new Probe(user, path, "q", "khong co ai ten nay"));
                probes.add(new Probe(user, path, "commune", commune));
                probes.add(new Probe(user, path, "branch", branch));
                probes.add(new Probe(user, path, "group", "FARMER_OTHER"));
                probes.add(new Probe(user, path, "status", "ACTIVE"));
            }
            probes.add(new Probe(user, "/members", "page", "0"));
            probes.add(new Probe(user, "/members", "sort", "fullName"));
            probes.add(new Probe(user, "/transfers", "state", "COMPLETED"));
            probes.add(new Probe(user, "/transfers", "kind", "INTERNAL"));
            probes.add(new Probe(user, "/transfers", "campaign", String.valueOf(campaign)));
            probes.add(new Probe(user, "/transfers", "page", "0"));
            probes.add(new Probe(user, "/concerns", "status", "OPEN"));
            probes.add(new Probe(user, "/concerns", "overdue", "true"));
            probes.add(new Probe(user, "/concerns", "page", "0"));
            probes.add(new Probe(user, "/sessions", "kind", "DIALOGUE"));
            probes.add(new Probe(user, "/sessions", "page", "0"));
            probes.add(new Probe(user, "/recognitions", "kind", "COMMENDATION"));
            probes.add(new Probe(user, "/recognitions", "year", lastYear));
            probes.add(new Probe(user, "/recognitions", "page", "0"));
            probes.add(new Probe(user, "/recognitions", "member", String.valueOf(member)));
            probes.add(new Probe(user, "/branchwork", "year", lastYear));
            probes.add(new Probe(user, "/branchwork", "commune", commune));
            probes.add(new Probe(user, "/branchwork", "sort", "members"));
            probes.add(new Probe(user, "/branches/" + branch + "/duties", "year", lastYear));
            probes.add(new Probe(user, "/branches/" + branch + "/evaluations", "year", lastYear));
            probes.add(new Probe(user, "/branches/" + branch + "/meetings", "page", "0"));
            probes.add(new Probe(user, "/members/" + member + "/years/{v}", null, lastYear));
            probes.add(new Probe(user, "/units", "q", "x"));
            probes.add(new Probe(user, "/units/export.csv", "q", "x"));
            for (String summary : List.of(
                    "/reports/summary", "/reports/summary/print", "/reports/summary.xlsx", "/reports/summary.docx")) {
                probes.add(new Probe(user, summary, "asOf", "06/01/2019"));
            }
        }
        probes.add(new Probe("tochuc", "/members/export.xlsx", "q", "khong co ai ten nay"));
        probes.add(new Probe("tochuc", "/campaigns", "asOf", "06/01/2019"));
        probes.add(new Probe("tochuc", "/campaigns/" + campaign, "asOf", "06/01/2019"));
        probes.add(new Probe("tochuc", "/campaigns/" + campaign, "flagged", "true"));
        probes.add(new Probe("tochuc", "/campaigns/" + campaign, "page", "0"));
        probes.add(new Probe("tochuc", "/accounts", "page", "0"));
        probes.add(new Probe("tochuc", "/directives", "page", "0"));
        probes.add(new Probe("tochuc", "/audit/MEMBER/" + member, "page", "0"));
        probes.add(new Probe("tochuc", "/audit/{v}/" + member, null, "MEMBER"));
        probes.add(new Probe("tochuc", "/import/" + token, "page", "0"));
        probes.add(new Probe("tochuc", "/import/" + token, "errors", "true"));
        probes.add(new Probe("tochuc", "/import/{v}", null, token));
        return probes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void shouldAnswerCleanlyWithNoMoreRowsAndNoChange(Probe probe) throws Exception {
        String before = snapshot();
        MvcResult harmless = perform(probe, probe.harmless());
        assertThat(harmless.getResponse().getStatus())
                .as("harmless value %s", probe.harmless())
                .isEqualTo(200);
        long harmlessRows = rows(harmless);

        // a record's id that does not exist, or a path that names nothing, is a clean 404 too
        Set<Integer> clean = probe.param() == null || NAMES_A_RECORD.contains(probe.param())
                ? Set.of(200, 400, 404)
                : Set.of(200, 400);
        SoftAssertions softly = new SoftAssertions();
        for (String value : values()) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            MvcResult result;
            try {
                result = perform(probe, value);
            } catch (Exception e) { // not resolved to a response: a real server answers 500
                softly.fail("%s → %s", shown, e);
                continue;
            }
            int status = result.getResponse().getStatus();
            softly.assertThat(status).as("status for %s", shown).isIn(clean);
            // an empty filter, or a number in the search box (ID numbers have digits), rightly finds more
            if (status == 200 && harmlessRows >= 0 && PAYLOADS.contains(value)) {
                softly.assertThat(rows(result)).as("rows for %s", shown).isLessThanOrEqualTo(harmlessRows);
            }
        }
        softly.assertThat(snapshot()).as("database after the probes").isEqualTo(before);
        softly.assertAll();
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
        MockHttpServletRequestBuilder request = probe.param() == null
                ? get(probe.path(), value)
                : get(probe.path()).param(probe.param(), value);
        return mvc.perform(request.with(users.as(probe.user()))).andReturn();
    }

    /** Rows of the list a page shows (its total), lines of a CSV export, or -1 when the answer has no rows. */
    private static long rows(MvcResult result) throws Exception {
        String type = result.getResponse().getContentType();
        if (type != null && type.startsWith("text/csv")) {
            return result.getResponse().getContentAsString().lines().count() - 1;
        }
        ModelAndView view = result.getModelAndView();
        if (view == null) {
            return -1;
        }
        Map<String, Object> model = view.getModel();
        for (String name : List.of("page", "rows", "campaigns", "preview")) {
            Object value = model.get(name);
            if (value instanceof PageView<?> page) {
                return page.total();
            }
            if (value instanceof List<?> list) {
                return list.size();
            }
            if (value instanceof vn.dangvu.importing.ImportPreview preview) {
                return preview.rows().total();
            }
        }
        return -1;
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
