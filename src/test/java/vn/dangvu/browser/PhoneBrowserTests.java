package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The app on a 360×640 phone (Chromium's device emulation): stacked lists that keep their column labels, the
 * menu button that opens the role's items, figures that are whole tap targets, wide tables as cards, a duties
 * page of 60 members folded member by member, and axe-core on those pages. Skipped like {@link
 * BrowserJourneyTests} when Chromium is missing outside CI.
 */
@IntegrationTest
class PhoneBrowserTests extends BrowserTest {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 640;

    @BeforeEach
    void holdAPhone() {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void putThePhoneDown() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void shouldLabelEveryStackedCellOfAListOnAPhone() {
        chromium.signIn("tochuc");
        chromium.open("/transfers");
        assertThat(number("return window.innerWidth")).isEqualTo(WIDTH);
        WebElement from = browser.findElement(By.cssSelector("main table tbody tr td:nth-child(2)"));

        assertThat(from.getAttribute("data-label")).isEqualTo("Nơi đi");
        assertThat(labelShownBefore(from)).as("the label shown before the cell").startsWith("\"Nơi đi:");
        assertThat(from.getRect().getY())
                .as("the destination is below the origin, each on its own line")
                .isLessThan(from.findElement(By.xpath("following-sibling::td[1]"))
                        .getRect()
                        .getY());
        WebElement header = browser.findElement(By.xpath("//main//thead//th[normalize-space()='Nơi đi']"));
        assertThat(header.getAttribute("role")).isEqualTo("columnheader");
        assertThat(script("return getComputedStyle(arguments[0]).display", header))
                .as("the header row is hidden from sight only, so that screen readers still read it")
                .isNotEqualTo("none");
        assertThat(browser.findElement(By.cssSelector("main thead")).getRect().getHeight())
                .as("the header row's box, clipped to a pixel")
                .isLessThanOrEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("main table")).getAttribute("role"))
                .isEqualTo("table");
        assertNoSidewaysScrolling();

        chromium.open("/members");
        assertThat(browser.findElement(By.cssSelector("main table tbody tr td:nth-child(2)"))
                        .getAttribute("data-label"))
                .isEqualTo("Ngày sinh");
        assertNoSidewaysScrolling();
    }

    @Test
    void shouldReachAPageThroughThePhoneMenu() {
        chromium.signIn("tochuc");
        chromium.open("/");
        assertThat(browser.findElement(By.cssSelector(".app-bar")).isDisplayed())
                .as("the wide screen's menu bar")
                .isFalse();
        WebElement transfers =
                browser.findElement(By.xpath("//details[contains(@class, 'app-menu')]//a[.='Chuyển sinh hoạt']"));
        assertThat(transfers.isDisplayed()).as("the menu is closed").isFalse();

        browser.findElement(By.cssSelector(".app-menu > summary")).click();
        assertThat(transfers.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.xpath("//details[contains(@class, 'app-menu')]//span[.='Công tác chi bộ']"))
                        .isDisplayed())
                .as("the items are grouped by task")
                .isTrue();
        transfers.click();

        chromium.await(ExpectedConditions.urlMatches("/transfers$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chuyển sinh hoạt đảng");
        Rectangle action = browser.findElement(By.linkText("Tiếp nhận đảng viên từ nơi khác"))
                .getRect();
        assertThat(action.getY() + action.getHeight())
                .as("the page's own action is on the first screen, below the closed menu")
                .isLessThanOrEqualTo(HEIGHT);
        assertNoSidewaysScrolling();
    }

    @Test
    void shouldMakeEachFigureAWholeTapTarget() {
        chromium.signIn("lanhdao");
        chromium.open("/reports/summary?asOf=31/12/2021");
        List<WebElement> figures = browser.findElements(By.cssSelector("main a.figure-link"));
        assertThat(figures).as("the summary's linked figures").hasSizeGreaterThan(20);
        assertAtLeast44(figures);
        WebElement inCell = browser.findElement(By.cssSelector("main td > a[data-figure='commendations']"));
        assertThat(inCell.getRect().getHeight())
                .as("the link fills its cell")
                .isCloseTo(inCell.findElement(By.xpath("..")).getRect().getHeight(), within(1)); // all but its border

        WebElement commune =
                browser.findElement(By.xpath("//main//table[contains(@class, 'table-cards')]//tbody/tr[1]"));
        assertThat(commune.findElements(By.tagName("td")))
                .extracting(td -> td.getAttribute("data-label"))
                .containsExactly(
                        "Xã, thị trấn",
                        "Đảng viên đã chuyển",
                        "Tỷ lệ được giao nhiệm vụ",
                        "Tỷ lệ dự sinh hoạt",
                        "Phát biểu kiểu chỉ đạo");
        assertNoSidewaysScrolling();

        chromium.open("/branchwork?year=2021");
        List<WebElement> meetings = browser.findElements(By.cssSelector("main td > a.figure-link"));
        assertThat(meetings).as("each branch's meetings").isNotEmpty();
        assertAtLeast44(meetings);
        WebElement card = browser.findElement(By.cssSelector("main table tbody tr"));
        List<WebElement> cells = card.findElements(By.tagName("td"));
        assertThat(labelShownBefore(cells.get(0)))
                .as("the card's name has no label")
                .isEqualTo("none");
        assertThat(labelShownBefore(cells.get(2))).startsWith("\"Chưa giao nhiệm vụ:");
        assertThat(number("return document.querySelector('main .table-responsive').scrollWidth"))
                .as("the cards fit: nothing scrolls inside the table's box")
                .isLessThanOrEqualTo(number("return document.querySelector('main .table-responsive').clientWidth"));
        assertNoSidewaysScrolling();
    }

    @Test
    void shouldFoldEachMemberOfABranchOfSixtyOnTheDutiesPage() {
        Fixtures.Commune commune = fixtures.commune(1);
        for (int i = 1; i <= 60; i++) {
            fixtures.member("Đảng Viên Số " + i, commune.hamlet(0), commune.hamlet(0), null);
        }
        chromium.signIn("tochuc");
        chromium.open("/branches/" + commune.hamlet(0).id() + "/duties");

        List<WebElement> members = browser.findElements(By.cssSelector("main details.member-duties"));
        assertThat(members)
                .hasSize(60)
                .allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
        long shown = number(
                "return Array.from(document.querySelectorAll('main *')).filter(e => e.checkVisibility()).length");
        assertThat(shown)
                .as("elements rendered for 60 folded members (each: name, group and a button to open)")
                .isLessThan(60 * 10);

        WebElement member = members.get(0);
        assertThat(member.findElement(By.cssSelector("input[name='title']")).isDisplayed())
                .isFalse();
        member.findElement(By.tagName("summary")).click();
        assertThat(member.findElement(By.cssSelector("input[name='title']")).isDisplayed())
                .as("a member without a duty opens onto the form to give one")
                .isTrue();
        assertNoSidewaysScrolling();
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationsOnAPhone() {
        long branch = demo.unit("TH-TB-A1");
        assertThat(chromium.seriousViolations(
                        "tochuc",
                        List.of(
                                "/transfers",
                                "/members",
                                "/branchwork",
                                "/reports/summary",
                                "/branches/" + branch + "/duties",
                                "/branches/" + branch + "/evaluations",
                                "/liaisons")))
                .isEmpty();
    }

    private void assertAtLeast44(List<WebElement> links) {
        assertThat(links)
                .allSatisfy(a -> assertThat(a.getRect().getDimension())
                        .as("tap target %s", a.getText())
                        .satisfies(d -> {
                            assertThat(d.getWidth()).isGreaterThanOrEqualTo(44);
                            assertThat(d.getHeight()).isGreaterThanOrEqualTo(44);
                        }));
    }

    private void assertNoSidewaysScrolling() {
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on %s", browser.getCurrentUrl())
                .isLessThanOrEqualTo(WIDTH);
    }

    /** What the stylesheet shows before a cell (its ::before content, quoted), or "none". */
    private String labelShownBefore(WebElement cell) {
        return (String) script("return getComputedStyle(arguments[0], '::before').content", cell);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private long number(String script) {
        return ((Number) script(script)).longValue();
    }
}
