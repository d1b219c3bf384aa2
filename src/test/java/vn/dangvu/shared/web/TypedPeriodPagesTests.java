package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * A mistyped as-of date or year is never a dead end: the page comes with its form, the box keeps what was
 * typed, and a message says what is wrong and what is shown instead (today's figures, this year's).
 */
@IntegrationTest
class TypedPeriodPagesTests extends DemoDistrictTest {

    private final String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    @Test
    void shouldShowTheSummaryForTodayAndSayWhatIsWrongWithTheDate() throws Exception {
        expectPage(
                "/reports/summary",
                "asOf",
                "30/02/2026",
                "Ngày 30/02/2026 không tồn tại. Số liệu dưới đây tính đến hôm nay, " + today + ".");
        expectPage(
                "/reports/summary",
                "asOf",
                "abc",
                "\"abc\" không phải là một ngày; hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2019.");
        expectPage(
                "/reports/summary",
                "asOf",
                "31/12/2999",
                "Ngày 31/12/2999 chưa tới. Số liệu dưới đây tính đến hôm nay, " + today + ".");
        expectPage(
                "/reports/summary", "asOf", "1/1/1900", "Chỉ xem được số liệu từ năm 1930; ngày 1/1/1900 ở trước đó.");
        for (String export :
                new String[] {"/reports/summary.xlsx", "/reports/summary.docx", "/reports/summary/print"}) {
            MvcResult page = expectPage(export, "asOf", "31/02/2020", "Ngày 31/02/2020 không tồn tại.");
            assertThat(page.getResponse().getContentType()).startsWith("text/html");
        }
    }

    @Test
    void shouldAcceptAnIsoDateAndShowItBackAsPeopleWriteIt() throws Exception {
        String page = mvc.perform(
                        get("/reports/summary").param("asOf", "2021-12-31").with(users.as("lanhdao")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"31/12/2021\"", "Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 339")
                .doesNotContain("aria-invalid");
    }

    @Test
    void shouldShowTheCampaignPagesForTodayWithAMistypedDate() throws Exception {
        long campaign = demo.count("select min(id) from campaign");
        expectPage("/campaigns", "asOf", "abc", "\"abc\" không phải là một ngày");
        expectPage(
                "/campaigns/" + campaign,
                "asOf",
                "30/02/2026",
                "Ngày 30/02/2026 không tồn tại. Số liệu dưới đây tính đến hôm nay, " + today + ".");
        expectPage("/campaigns/" + campaign, "asOf", "abc", "\"abc\" không phải là một ngày");
        expectPage("/campaigns/" + campaign, "asOf", "01/01/2999", "Ngày 01/01/2999 chưa tới.");
    }

    @Test
    void shouldReadAnIsoDateOnTheCampaignPageAsTheDayItNames() throws Exception {
        long campaign = demo.count("select min(id) from campaign");
        String page = mvc.perform(get("/campaigns/" + campaign)
                        .param("asOf", "2019-01-06")
                        .with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"06/01/2019\"").doesNotContain("asOf-problem");
    }

    @Test
    void shouldShowTheYearPagesForTheDefaultYearWithAMistypedYear() throws Exception {
        int year = LocalDate.now().getYear();
        expectPage(
                "/branchwork",
                "year",
                "20x5",
                "\"20x5\" không phải là một năm; hãy nhập năm bằng bốn chữ số, ví dụ 2025. Số liệu dưới đây là của năm "
                        + year + ".");
        expectPage(
                "/branchwork",
                "year",
                "3000",
                "Chỉ xem được các năm từ 1930 đến " + (year + 1) + "; năm 3000 nằm ngoài khoảng đó.");
        expectPage("/branches/" + demo.unit("TH-TB-A1") + "/duties", "year", "abc", "\"abc\" không phải là một năm");
        expectPage(
                "/branches/" + demo.unit("TH-TB-A1") + "/evaluations",
                "year",
                "abc",
                "Số liệu dưới đây là của năm " + (year - 1) + ".");
        expectPage("/recognitions", "year", "abc", "\"abc\" không phải là một năm");
    }

    /** The page answers 200 with the typed value in its box, marked invalid, and the message. */
    private MvcResult expectPage(String path, String parameter, String typed, String message) throws Exception {
        MvcResult result = mvc.perform(get(path).param(parameter, typed).with(users.as("tochuc")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + typed).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .as(path + " " + typed)
                .contains(message.replace("\"", "&quot;"));
        Matcher box =
                Pattern.compile("<input[^>]*\\bid=\"" + parameter + "\"[^>]*>").matcher(page);
        assertThat(box.find()).as("the %s box on %s", parameter, path).isTrue();
        assertThat(box.group())
                .as(path + " " + typed)
                .contains(
                        "value=\"" + typed + "\"",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"" + parameter + "-problem\"");
        return result;
    }
}
