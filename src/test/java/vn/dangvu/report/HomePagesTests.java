package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The home page and the frame around every page: a branch secretary sees their branch's year, the
 * leader a link to the summary, the footer names the account without saying its office twice, and the
 * sign-in page in demo mode lists every demo account of the README.
 */
@IntegrationTest
class HomePagesTests extends DemoDistrictTest {

    @org.springframework.beans.factory.annotation.Autowired
    vn.dangvu.organisation.OrganisationService organisation;

    @Test
    void shouldShowABranchSecretaryTheirBranchsYear() throws Exception {
        Actor staff = users.actor("tochuc");
        int year = LocalDate.now().getYear();
        Fixtures.Commune commune = fixtures.workedHamlet(staff, LocalDate.of(year, 1, 1));
        String secretary = fixtures.account(staff, Role.BRANCH_SECRETARY, commune.hamlet(0));

        String home = page(secretary, "/");
        assertThat(home)
                .contains("Chi bộ trong năm " + year)
                .contains(
                        "<span class=\"card-figure\">3</span>\n                    <span>Đảng viên đang sinh hoạt</span>")
                .contains(
                        "<span class=\"card-figure\">1</span>\n                    <span>Buổi sinh hoạt đã ghi</span>")
                .contains("<span class=\"card-figure\">67%</span>\n                    <span>Tỷ lệ dự sinh hoạt</span>")
                .contains(
                        "<span class=\"card-figure text-danger\">2</span>\n                    <span>Đảng viên chưa được giao nhiệm vụ</span>")
                .contains("Giao nhiệm vụ cho 2 đảng viên chưa có nhiệm vụ năm " + year)
                .doesNotContain("Chi bộ đang hoạt động", "Chi bộ đã giải thể", "Đảng bộ xã, thị trấn")
                .doesNotContain("/reports/summary");
    }

    @Test
    void shouldLinkTheLeadersHomeToTheSummary() throws Exception {
        assertThat(page("lanhdao", "/"))
                .contains("<a class=\"btn btn-primary\" href=\"/reports/summary\">Xem báo cáo tổng hợp</a>");
        assertThat(page("bithu", "/")).doesNotContain("Xem báo cáo tổng hợp");
    }

    @Test
    void shouldNotSayTheOfficeTwiceInTheFooter() throws Exception {
        assertThat(footer(page("tochuc", "/")))
                .isEqualTo("Đăng nhập: Ban Tổ chức Huyện ủy · Cán bộ tổ chức cấp ủy · Đảng bộ huyện Tân Hồng");
        assertThat(footer(page("bithu", "/"))).isEqualTo("Đăng nhập: Bí thư Chi bộ Ấp Bình Thạnh");
        assertThat(footer(page("lanhdao", "/")))
                .isEqualTo("Đăng nhập: Thường trực Huyện ủy · Lãnh đạo cấp ủy · Đảng bộ huyện Tân Hồng");
        assertThat(footer(page("xa.thongbinh", "/members")))
                .isEqualTo("Đăng nhập: Văn phòng Đảng ủy xã Thông Bình · Cán bộ văn phòng cấp ủy");
    }

    @Test
    void shouldNameTheUsersOwnBodyFromTheirUnitInTheFooter() throws Exception {
        String official = fixtures.account(
                users.actor("tochuc"),
                Role.COMMUNE_OFFICIAL,
                organisation.find(demo.unit("TH-TB")).orElseThrow());

        assertThat(footer(page(official, "/members")))
                .isEqualTo("Đăng nhập: Tài khoản thử · Cán bộ văn phòng cấp ủy · Đảng ủy xã Thông Bình");
    }

    @Test
    void shouldListEveryDemoAccountOfTheReadmeOnTheSignInPage() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("### Demo accounts"), readme.indexOf("The demo district has"));
        List<String> accountsOfReadme = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| (`[^|]+`) \\|").matcher(table);
        while (row.find()) {
            Matcher name = Pattern.compile("`([^`]+)`").matcher(row.group(1));
            while (name.find()) {
                accountsOfReadme.add(name.group(1));
            }
        }
        assertThat(accountsOfReadme)
                .containsExactly(
                        "tochuc",
                        "lanhdao",
                        "xa.thongbinh",
                        "xa.tanhoco",
                        "bithu",
                        "dangvien",
                        "kichhoat",
                        "huyenuy.an",
                        "huyenuy.binh");
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains(accountsOfReadme).contains("dangvu123");
    }

    private static String footer(String html) {
        String footer = html.substring(html.indexOf("<footer"), html.indexOf("</footer>"));
        return HtmlUtils.htmlUnescape(footer.replaceAll("<[^>]*>", " "))
                .replaceAll("\\s+", " ")
                .trim();
    }
}
