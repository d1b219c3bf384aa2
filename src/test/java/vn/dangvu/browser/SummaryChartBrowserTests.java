package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.dangvu.support.IntegrationTest;

/**
 * The summary's charts as a leader reads them in Chromium: on a 360×640 phone every label and figure is drawn
 * at least 12 px high (a 600-unit drawing shrank them to under 8 px), on a desktop the wide drawing shows,
 * and each chart links to the table of its figures. Outside CI the class is skipped when Chromium is not
 * installed; under CI=true it must run.
 */
@IntegrationTest
class SummaryChartBrowserTests extends BrowserTest {

    /** Each shown chart text's size on the screen (its font size times the drawing's scale), and whether it fits. */
    private static final String RENDERED_SIZES = """
            return [...document.querySelectorAll('.chart-svg')]
              .filter(svg => svg.getBoundingClientRect().width > 0)
              .flatMap(svg => [...svg.querySelectorAll('text')].map(t => ({
                 text: t.textContent,
                 px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a,
                 fits: t.getBoundingClientRect().right <= svg.getBoundingClientRect().right + 0.5})));
            """;

    @Test
    void shouldDrawTheChartLabelsAtLeast12PxHighOnAPhone() {
        browser.manage().window().setSize(new Dimension(360, 640));
        try {
            chromium.signIn("lanhdao");
            chromium.open("/reports/summary?asOf=31/12/2021");
            List<Map<String, Object>> texts = renderedTexts();
            assertThat(texts)
                    .as("the commune names, the years and their figures")
                    .extracting(t -> t.get("text"))
                    .contains("Xã Thông Bình", "2021");
            assertReadable(texts);
            assertThat(browser.findElements(By.cssSelector(".chart-wide"))).noneMatch(WebElement::isDisplayed);
            Long width =
                    (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(360);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void shouldDrawTheWideChartsOnADesktopAndLinkEachToItsTable() {
        chromium.signIn("lanhdao");
        chromium.open("/reports/summary?asOf=31/12/2021");
        assertThat(browser.findElements(By.cssSelector(".chart-wide")))
                .hasSize(2)
                .allMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector(".chart-narrow"))).noneMatch(WebElement::isDisplayed);
        List<String> targets = browser.findElements(By.cssSelector("figure.chart a.chart-table-link")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", ""))
                .toList();
        assertThat(targets).containsExactly("commune-figures", "trend-figures");
        for (String target : targets) {
            WebElement table = browser.findElement(By.id(target));
            assertThat(table.getTagName()).isEqualTo("table");
            assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        }
        assertReadable(renderedTexts());
    }

    /** At least 12 px high, and not cut off at the drawing's right edge. */
    private static void assertReadable(List<Map<String, Object>> texts) {
        assertThat(texts)
                .allSatisfy(t -> assertThat(((Number) t.get("px")).doubleValue())
                        .as("rendered size of \"%s\"", t.get("text"))
                        .isGreaterThanOrEqualTo(12.0));
        assertThat(texts)
                .as("texts cut off at the drawing's right edge")
                .filteredOn(t -> !Boolean.TRUE.equals(t.get("fits")))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> renderedTexts() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(RENDERED_SIZES);
    }
}
