package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.dangvu.support.IntegrationTest;

/**
 * The demo member `dangvien` on a 360×640 phone (Chromium's device emulation, as {@link PhoneBrowserTests}):
 * signed in, they land on their own page, whose links and button fit the screen without sideways scrolling,
 * and the larger text they choose applies to the page.
 */
@IntegrationTest
class MeBrowserTests extends BrowserTest {

    @BeforeEach
    void holdAPhone() {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void putThePhoneDown() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void shouldOpenTheMembersOwnPageOnAPhone() {
        chromium.signIn("dangvien");
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector(".me-sections a"))).hasSize(7);
        assertThat(number("return window.innerWidth")).isEqualTo(360);
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(360);
        long usual = number("return parseFloat(getComputedStyle(document.documentElement).fontSize)");

        chromium.submit("Chữ to hơn");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class"))
                .contains("large-text");
        assertThat(number("return parseFloat(getComputedStyle(document.documentElement).fontSize)"))
                .isGreaterThan(usual);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        chromium.submit("Chữ cỡ thường");

        chromium.open("/me/duties");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).startsWith("Nhiệm vụ của tôi năm");
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
    }

    /**
     * Every other own page fits the phone too, the branch's coming meeting opened from its list (its
     * documents as large links) among them.
     */
    @Test
    void shouldFitEachOwnPageOnAPhone() {
        chromium.signIn("dangvien");
        for (String path :
                List.of("/me/profile", "/me/dues", "/me/attendance", "/me/rating", "/me/concerns", "/me/meetings")) {
            chromium.open(path);
            assertThat(browser.findElement(By.cssSelector("main h1")).getText())
                    .as(path)
                    .isNotBlank();
            assertThat(number("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone on %s", path)
                    .isLessThanOrEqualTo(360);
        }
        chromium.click(By.cssSelector(".me-sections a"));
        assertThat(browser.getCurrentUrl()).contains("/me/notices/");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).startsWith("Cuộc họp ngày");
        assertThat(browser.findElements(By.cssSelector("a[href*='/documents/']")))
                .isNotEmpty();
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }
}
