package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/** Each role's menu, as the wide screen shows it: Home, then the groups' links in order. */
@IntegrationTest
class MenuPagesTests extends DemoDistrictTest {

    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]+)\"");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tochuc       | / /members /badges /transfers /transfers/register /units /reorganisations /branchwork /concerns /recognitions /sessions /dues /directives /campaigns /reports/summary /import /accounts /liaisons /duty-templates /holidays /backups
            lanhdao      | / /members /badges /transfers /transfers/register /units /branchwork /liaison /concerns /recognitions /sessions /dues /directives /campaigns /reports/summary
            xa.thongbinh | / /members /badges /transfers /transfers/register /units /branchwork /concerns /recognitions /sessions /dues /directives /reports/summary /import
            bithu        | / /members /badges /transfers /units /corrections /branchwork /concerns /recognitions /sessions /dues /directives /import /member-accounts
            dangvien     | /me /me/profile /me/duties /me/dues /me/meetings /me/attendance /me/rating /me/concerns
            """)
    void shouldOfferEachRoleItsOwnMenu(String user, String paths) throws Exception {
        // a member's own account is led from / to its own home, the first entry of its menu
        String page = mvc.perform(get(paths.split(" ")[0]).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(links(wideBar(page))).containsExactly(paths.split(" "));
        assertThat(links(phoneMenu(page))).containsExactly(paths.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            /transfers,       /transfers
            /members/new,     /members
            /reports/summary, /reports/summary
            /,                /
            """)
    void shouldMarkTheCurrentPage(String page, String current) throws Exception {
        String html = mvc.perform(get(page).with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).containsPattern("<a href=\"" + current + "\"\\s+aria-current=\"page\"");
        assertThat(html.split("aria-current=\"page\"", -1)).hasSize(3); // once on phones, once on wide screens
    }

    private static String wideBar(String page) {
        int start = page.indexOf("<ul class=\"app-bar");
        return page.substring(start, page.indexOf("</nav>", start));
    }

    private static String phoneMenu(String page) {
        int start = page.indexOf("<details class=\"app-menu");
        return page.substring(start, page.indexOf("<ul class=\"app-bar", start));
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }
}
