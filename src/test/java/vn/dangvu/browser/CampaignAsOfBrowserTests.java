package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dangvu.support.IntegrationTest;

/**
 * The demo's agency-branch campaign in Chromium as a leader reads it, looked at as of a date typed into
 * the page's own form: on 06/01/2019 nothing is done, no branch is dissolved and the first member still
 * attends the town's agency branch; on 20/01/2019 everything is. Skipped like {@link BrowserJourneyTests}
 * when Chromium is missing outside CI.
 */
@IntegrationTest
class CampaignAsOfBrowserTests extends BrowserTest {

    @Test
    void shouldShowTheAgencyWaveAsOfTheDatesTypedIntoThePage() {
        chromium.signIn("lanhdao");
        long campaign = demo.count(
                "select c.id from campaign c join directive d on d.id = c.directive_id where d.number = '21-HD/BTCTU'");
        chromium.open("/campaigns/" + campaign);

        lookAt("06/01/2019");
        assertThat(lead())
                .isEqualTo("Đã giải thể 00/09 chi bộ cơ quan; chuyển 0 đảng viên về sinh hoạt tại 0 chi bộ ấp, khóm.");
        assertThat(total()).isEqualTo("Toàn huyện 0/9 0/285 0");
        assertThat(browser.findElements(By.xpath("//main//li/span[normalize-space()='Đã giải thể']")))
                .as("no agency branch dissolved yet")
                .isEmpty();
        assertThat(firstCohortRow().findElements(By.tagName("td")))
                .extracting(WebElement::getText)
                .satisfies(cells -> {
                    assertThat(cells.get(1)).isEqualTo("Chi bộ Cơ quan thị trấn\nThị trấn Sa Rài");
                    assertThat(cells.get(4)).as("no transfer drawn up by then").isEmpty();
                });

        lookAt("20/01/2019");
        assertThat(lead())
                .isEqualTo(
                        "Đã giải thể 09/09 chi bộ cơ quan; chuyển 285 đảng viên về sinh hoạt tại 38 chi bộ ấp, khóm.");
        assertThat(total()).isEqualTo("Toàn huyện 9/9 285/285 38");
        assertThat(browser.findElements(By.xpath("//main//li/span[normalize-space()='Đã giải thể']")))
                .hasSize(9);
        List<String> cells = firstCohortRow().findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cells.get(1)).startsWith("Chi bộ Khóm ").endsWith("\nThị trấn Sa Rài");
        assertThat(cells.get(4)).isEqualTo("Đã hoàn thành");
    }

    /** Types the date into the page's "as of" field and shows the page for it. */
    private void lookAt(String date) {
        WebElement field = browser.findElement(By.id("asOf"));
        field.clear();
        field.sendKeys(date);
        chromium.press(browser.findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().trim().equals("Xem"))
                .findFirst()
                .orElseThrow());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("asOf=" + date.replace("/", "%2F")));
    }

    private String lead() {
        return browser.findElement(By.cssSelector("main p.lead")).getText();
    }

    private String total() {
        return browser.findElement(By.cssSelector("main tfoot tr")).getText();
    }

    private WebElement firstCohortRow() {
        return browser.findElement(By.cssSelector("main table.table-responsive-stack tbody tr"));
    }
}
