package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The summary's long lists come twenty rows a page, each list with its own page parameter (at province scale
 * they made the page 1.7 MB); the printout has them all.
 */
@IntegrationTest
class SummaryListPagesTests extends DemoDistrictTest {

    private static final Pattern BRANCH = Pattern.compile("data-branch=\"(\\d+)\"");
    private static final String AS_OF = "31/01/2024";

    @Test
    void shouldListTheBranchesShortOfMeetingsTwentyAPageAndAllInThePrintout() throws Exception {
        // a commune of 25 branches, none of which met in January 2024
        Fixtures.Commune commune = fixtures.commune(24);
        jdbc.sql(
                        "update org_unit_version set valid_from = ? where unit_id in (select id from org_unit where path like ?)")
                .params(LocalDate.of(2023, 1, 1), commune.commune().path() + "%")
                .update();
        String official = fixtures.account(staff, Role.COMMUNE_OFFICIAL, commune.commune());

        List<String> all = branches(page(official, "/reports/summary/print?asOf=" + AS_OF));
        assertThat(all).hasSize(25).doesNotHaveDuplicates();

        List<String> paged = new ArrayList<>();
        int pages = 2;
        for (int p = 0; p < pages; p++) {
            String html = page(official, "/reports/summary?asOf=" + AS_OF + "&cb=" + p);
            List<String> rows = branches(html);
            assertThat(rows).hasSize(p == 0 ? 20 : 5);
            assertThat(html)
                    .contains("Trang " + (p + 1) + "/" + pages)
                    .as("a pager named after its list, as a page may have several")
                    .contains("aria-label=\"Phân trang danh sách chi bộ chưa đủ buổi sinh hoạt\"")
                    .contains("data-compliance-more");
            paged.addAll(rows);
        }
        assertThat(paged).as("every branch once, in the printout's order").isEqualTo(all);

        String second = page(official, "/reports/summary?asOf=" + AS_OF + "&cb=1");
        assertThat(second)
                .as("the links keep the date and come back to the list")
                .contains("href=\"/reports/summary?asOf=" + AS_OF + "&amp;cb=0#compliance-branches\"");
        assertThat(branches(page(official, "/reports/summary?asOf=" + AS_OF + "&cb=999")))
                .as("a page beyond the end shows the last")
                .isEqualTo(all.subList(20, 25));
    }

    @Test
    void shouldShowTheCommunesTwentyAPageAndAllInThePrintout() throws Exception {
        // other test classes add communes to the demo district, so their number is read from the printout
        int communes = communeRows(page("tochuc", "/reports/summary/print?asOf=31/12/2024"));
        assertThat(communes).as("the demo's eight communes at least").isGreaterThanOrEqualTo(8);
        int pages = (communes + 19) / 20;

        String first = page("tochuc", "/reports/summary?asOf=31/12/2024");
        String beyond = page("tochuc", "/reports/summary?asOf=31/12/2024&xa=999");

        assertThat(communeRows(first)).isEqualTo(Math.min(communes, 20));
        assertThat(communeRows(beyond))
                .as("a page beyond the end shows the last")
                .isEqualTo(communes - 20 * (pages - 1));
        if (pages == 1) {
            assertThat(first).as("no pager for one page").doesNotContainPattern("xa=\\d+#");
        } else {
            assertThat(first).contains("xa=1#commune-figures");
        }
        assertThat(first).doesNotContain("data-summary-updating");
    }

    /** The rows of the commune comparison table. */
    private static int communeRows(String html) {
        String table = html.substring(html.indexOf("id=\"commune-figures\""));
        table = table.substring(table.indexOf("<tbody"), table.indexOf("</tbody>"));
        return table.split("<tr", -1).length - 1;
    }

    private static List<String> branches(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = BRANCH.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
