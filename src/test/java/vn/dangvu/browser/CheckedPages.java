package vn.dangvu.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.support.DemoData;

/**
 * The pages the accessibility checkers (axe in BrowserJourneyTests, pa11y in Pa11yBrowserTests) open: those
 * the browser tests visit, each under the demo account that uses it (the key; null for signed out).
 */
final class CheckedPages {

    private CheckedPages() {}

    static Map<String, List<String>> byUser(DemoData demo) {
        long branch = demo.unit("TH-TB-A1");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(null, List.of("/login", "/guide", "/guide/meetings", "/guide/meetings?lang=en"));
        pages.put(
                "tochuc",
                List.of(
                        "/",
                        "/units",
                        "/members",
                        "/members/" + demo.memberOf("TH-TB-A1"),
                        "/members/new",
                        "/transfers",
                        "/transfers/" + demo.count("select min(id) from transfer"),
                        "/campaigns",
                        "/campaigns/" + demo.count("select min(id) from campaign"),
                        "/directives",
                        "/import",
                        "/accounts",
                        "/backups"));
        pages.put(
                "bithu",
                List.of(
                        "/branches/" + branch + "/duties",
                        "/branches/" + branch + "/meetings",
                        "/meetings/" + demo.count("select max(id) from meeting where branch_id = ?", branch),
                        "/branches/" + branch + "/evaluations"));
        pages.put("lanhdao", List.of("/reports/summary", "/branchwork"));
        pages.put("xa.thongbinh", List.of("/concerns", "/recognitions", "/sessions"));
        pages.put(
                "dangvien",
                List.of(
                        "/me",
                        "/me/profile",
                        "/me/duties",
                        "/me/dues",
                        "/me/meetings",
                        "/me/notices/"
                                + demo.count(
                                        "select min(id) from meeting_notice where branch_id = ? and meets_on >= current_date",
                                        branch),
                        "/me/attendance",
                        "/me/rating",
                        "/me/concerns"));
        return pages;
    }
}
