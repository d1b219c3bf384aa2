package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * The demo district's campaign pages as of a date agree with themselves: on 06/01/2019, the day before
 * the 285 agency members' transfers took effect, nothing is done, no agency branch is dissolved and each
 * member attends their agency branch; on 20/01/2019 all is done. 314-CV/TU (non-regular police, July
 * 2021) had not started by then and never dissolved a branch.
 */
@IntegrationTest
class CampaignAsOfPagesTests extends DemoDistrictTest {

    private static final String DISSOLVED_BADGE = "<span class=\"badge text-bg-secondary\">Đã giải thể</span>";

    @Test
    void shouldShowTheAgencyWaveAsItStoodTheDayBeforeTheMove() throws Exception {
        String html = page("lanhdao", "/campaigns/" + campaign("21-HD/BTCTU") + "?asOf=06/01/2019");
        assertThat(html)
                .contains("Đã giải thể 00/09 chi bộ cơ quan; chuyển 0 đảng viên về sinh hoạt tại 0 chi bộ ấp, khóm.")
                .contains("<td>0/285</td>")
                .doesNotContain(DISSOLVED_BADGE)
                .contains("còn 35 đảng viên", "còn 31 đảng viên")
                .doesNotContain(">Đã hoàn thành</a>", ">Đã duyệt</a>", ">Đã đề nghị</a>");
        String sarai = firstSaRaiMember();
        assertThat(row(html, sarai))
                .as("the branch " + sarai + " attended on 06/01/2019")
                .contains("<span>Chi bộ Cơ quan thị trấn</span><br><small>Thị trấn Sa Rài</small>");
    }

    @Test
    void shouldShowStaffTheCountsOfThatDayAndNoBatchStep() throws Exception {
        String html = page("tochuc", "/campaigns/" + campaign("21-HD/BTCTU") + "?asOf=06/01/2019");
        assertThat(html)
                .contains("Đến hết ngày 06/01/2019: tổng 285; loại trừ 0; chưa có phiếu 285; đã đề nghị 0;"
                        + " đã duyệt 0; đã hoàn thành 0.")
                .contains("Xem tình hình hôm nay")
                .doesNotContain("/propose-all", "/approve-all", "/complete-all", "name=\"dissolvedOn\"");
    }

    @Test
    void shouldShowTheWaveDoneOnceItTookEffect() throws Exception {
        String html = page("lanhdao", "/campaigns/" + campaign("21-HD/BTCTU") + "?asOf=20/01/2019");
        assertThat(html)
                .contains("Đã giải thể 09/09 chi bộ cơ quan; chuyển 285 đảng viên về sinh hoạt tại 38 chi bộ ấp, khóm.")
                .contains("<td>285/285</td>")
                .doesNotContain("còn 35 đảng viên");
        assertThat(Pattern.compile(Pattern.quote(DISSOLVED_BADGE))
                        .matcher(html)
                        .results()
                        .count())
                .as("nine agency branches dissolved")
                .isEqualTo(9);
        assertThat(row(html, firstSaRaiMember())).contains("<span>Chi bộ Khóm ").contains(">Đã hoàn thành</a>");
    }

    @Test
    void shouldShowAGroupCampaignBeforeItsStartWithoutDissolutions() throws Exception {
        String html = page("lanhdao", "/campaigns/" + campaign("314-CV/TU") + "?asOf=06/01/2019");
        assertThat(html)
                .contains("Văn bản 314-CV/TU ban hành ngày 23/06/2021: đến ngày 06/01/2019 đợt này chưa bắt đầu.")
                .contains("Đã chuyển 0/54 đảng viên về sinh hoạt tại 0 chi bộ ấp, khóm.")
                .doesNotContain("Chi bộ cơ quan đã giải thể", "Giải thể chi bộ cơ quan", DISSOLVED_BADGE);
        assertThat(page("lanhdao", "/campaigns/" + campaign("314-CV/TU") + "?asOf=31/12/2021"))
                .contains("Đã chuyển 54/54 đảng viên về sinh hoạt tại")
                .doesNotContain("chưa bắt đầu", "Chi bộ cơ quan đã giải thể");
    }

    @Test
    void shouldListOnlyTheCampaignsStartedByTheDate() throws Exception {
        String html = page("lanhdao", "/campaigns?asOf=06/01/2019");
        assertThat(html)
                .contains("21-HD/BTCTU", "role=\"cell\">0/285</td>", "bắt đầu sau ngày 06/01/2019")
                .doesNotContain("314-CV/TU");
        assertThat(page("lanhdao", "/campaigns?asOf=31/12/2021")).contains("314-CV/TU", "role=\"cell\">54/54</td>");
    }

    /** The first member of the cohort's first commune (Sa Rài sorts first), as the page orders them. */
    private String firstSaRaiMember() {
        return demo.text("""
                select m.full_name from campaign_member cm join member m on m.id = cm.member_id
                join org_unit fb on fb.id = cm.from_branch_id
                where fb.code = 'TH-SR-CQ' order by m.sort_key, cm.id limit 1""");
    }

    private long campaign(String directive) {
        return demo.count(
                "select c.id from campaign c join directive d on d.id = c.directive_id where d.number = ?", directive);
    }

    /** The table row of the cohort that names {@code member}. */
    private static String row(String html, String member) {
        Matcher m = Pattern.compile(
                        "<tr[^>]*>(?:(?!</tr>).)*>" + Pattern.quote(member) + "</a>(?:(?!</tr>).)*</tr>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a row for " + member).isTrue();
        return m.group();
    }
}
