package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.shared.PageView;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * The links of the summary and of the engagement pages lead each demo role only to pages it may open,
 * and each engagement figure of the summary opens a list of exactly the records it counts.
 */
@IntegrationTest
class SummaryLinksTests extends DemoDistrictTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private static final Pattern FIGURE =
            Pattern.compile("<a ([^>]*data-figure=\"(\\w+)\"[^>]*)>(\\d+)</a>", Pattern.DOTALL);

    /** The pages whose own links are followed in turn; every other link is opened once. */
    private static final List<String> CRAWLED =
            List.of("/reports/summary", "/recognitions", "/concerns", "/sessions", "/follow-ups");

    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    /** Where the crawl found each link, to name it in a failure. */
    private final Map<String, String> linkedFrom = new LinkedHashMap<>();

    /**
     * From the summary (today and at the end of last year) and the engagement lists, every link, and the
     * links of every engagement page reached (first two pages of each list, each record's page, edit and
     * removal pages), answers neither 403 nor 404 nor a server error. Only GET requests: nothing changes.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tochuc", "lanhdao", "xa.thongbinh", "bithu"})
    void shouldLeadEveryRoleOnlyToPagesItMayOpen(String user) throws Exception {
        List<String> seeds = new ArrayList<>(List.of("/recognitions", "/concerns", "/sessions", "/follow-ups"));
        if (!user.equals("bithu")) { // a branch secretary has no summary, and no link to one (checked below)
            seeds.add("/reports/summary");
            seeds.add("/reports/summary?asOf=31/12/" + LAST_YEAR);
        }
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        Map<String, String> refused = new LinkedHashMap<>();
        int opened = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            MvcResult result =
                    mvc.perform(get(URI.create(url)).with(users.as(user))).andReturn();
            opened++;
            int status = result.getResponse().getStatus();
            if (status == 403 || status == 404 || status >= 500) {
                refused.put(url, status + " (linked from " + linkedFrom.getOrDefault(url, "the start") + ")");
                continue;
            }
            if (status != 200 || !crawled(url)) {
                continue;
            }
            for (String link : links(url, result.getResponse().getContentAsString())) {
                if (seen.add(link)) {
                    linkedFrom.put(link, url);
                    queue.add(link);
                }
            }
        }
        assertThat(refused).as("links %s may not open", user).isEmpty();
        assertThat(opened).as("pages opened").isGreaterThan(user.equals("bithu") ? 4 : 20);
        if (user.equals("bithu")) {
            assertThat(seen).noneMatch(u -> u.startsWith("/reports/summary"));
        } else {
            assertThat(seen).as("figures followed").anyMatch(u -> u.startsWith("/follow-ups?state=OVERDUE"));
        }
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource(textBlock = """
            xa.thongbinh, today
            xa.thongbinh, end of last year
            tochuc,       today
            lanhdao,      end of last year
            """)
    void shouldOpenForEachFigureTheListOfWhatItCounts(String user, String when) throws Exception {
        String asOf = when.equals("today") ? "" : "31/12/" + LAST_YEAR;
        String page = mvc.perform(get("/reports/summary").param("asOf", asOf).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher figure = FIGURE.matcher(page);
        Map<String, Long> shown = new LinkedHashMap<>();
        Map<String, Long> listed = new LinkedHashMap<>();
        while (figure.find()) {
            Matcher href = HREF.matcher(figure.group(1));
            assertThat(href.find()).as("a link on %s", figure.group(2)).isTrue();
            String link = HtmlUtils.htmlUnescape(href.group(1));
            shown.put(figure.group(2), Long.parseLong(figure.group(3)));
            PageView<?> rows = (PageView<?>) mvc.perform(get(URI.create(link)).with(users.as(user)))
                    .andReturn()
                    .getModelAndView()
                    .getModel()
                    .get("page");
            listed.put(figure.group(2), rows.total());
        }
        assertThat(shown)
                .containsOnlyKeys(
                        "commendations",
                        "reminders",
                        "concerns_raised",
                        "concerns_resolved",
                        "concerns_overdue",
                        "follow_ups_open",
                        "follow_ups_done",
                        "follow_ups_overdue",
                        "dialogues",
                        "receptions");
        assertThat(listed).as("rows each figure's link lists").isEqualTo(shown);
        if (asOf.isEmpty()) {
            assertThat(shown.values().stream().mapToLong(Long::longValue).sum())
                    .as("the demo district has something to count this year")
                    .isPositive();
        }
    }

    private static boolean crawled(String url) {
        String path = URI.create(url).getPath();
        if (path.endsWith(".xlsx") || path.endsWith(".docx") || path.endsWith("/print")) {
            return false;
        }
        boolean pastSecondPage = url.matches(".*[?&]page=([2-9]|\\d{2,}).*");
        boolean otherLanguage = url.contains("lang=");
        return !pastSecondPage && !otherLanguage && CRAWLED.stream().anyMatch(path::startsWith);
    }

    /** The page's links within the app, as absolute paths with their query. */
    private static List<String> links(String from, String html) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(html);
        URI base = URI.create("http://localhost" + from);
        while (href.find()) {
            String link = HtmlUtils.htmlUnescape(href.group(1));
            if (link.isEmpty()
                    || link.startsWith("#")
                    || link.startsWith("/webjars/")
                    || link.startsWith("/assets/")
                    || link.matches("^[a-z]+:.*")) {
                continue;
            }
            // a query alone ("?lang=en", the language switch) keeps the page's path, as browsers read it
            URI resolved = link.startsWith("?")
                    ? URI.create(base.getRawPath() + link.replace(" ", "%20"))
                    : base.resolve(link.replace(" ", "%20"));
            links.add(resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery()));
        }
        return links;
    }
}
