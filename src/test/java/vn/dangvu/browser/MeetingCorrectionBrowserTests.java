package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.IntegrationTest;

/**
 * A branch secretary on a 360×640 phone records a meeting with the wrong day, corrects it, and removes
 * it with a reason, in Debian's Chromium. Outside CI the class is skipped when Chromium is not
 * installed; under CI=true it must run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingCorrectionBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    WebDriver browser;

    @BeforeAll
    void startChromium() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    installed,
                    "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver): browser tests skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium"),
                "--window-size=1280,900",
                "--lang=vi");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().window().setSize(new Dimension(360, 640));
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldCorrectAMeetingTypedWrongAndRemoveItWithAReason() {
        String wrongDay = LocalDate.now().minusDays(3).format(DAY);
        String rightDay = LocalDate.now().minusDays(2).format(DAY);
        long branch = demo.unit("TH-TB-A1");
        signIn("bithu");
        open("/branches/" + branch + "/meetings");

        WebElement newMeeting = browser.findElement(By.cssSelector("#new-meeting > summary"));
        assertThat(newMeeting.getText()).isEqualTo("Ghi buổi sinh hoạt");
        assertThat(newMeeting.getRect().getY() + newMeeting.getRect().getHeight())
                .as("the new-meeting form opens from the first screen of a 360×640 phone, above the list")
                .isLessThanOrEqualTo(640);
        press(newMeeting);
        type(By.id("heldOn"), wrongDay);
        type(By.id("topic"), "Sinh hoạt ghi nhầm ngày");
        submit("Lưu");
        expectFlash("Đã ghi buổi sinh hoạt.");
        String meeting = browser.getCurrentUrl();

        press(browser.findElement(By.linkText("Sửa buổi sinh hoạt")));
        await(ExpectedConditions.textToBe(By.tagName("h1"), "Sửa buổi sinh hoạt ngày " + wrongDay));
        assertThat(browser.findElement(By.id("topic")).getAttribute("value")).isEqualTo("Sinh hoạt ghi nhầm ngày");
        type(By.id("heldOn"), rightDay);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Chuyên đề");
        type(By.id("topic"), "Chuyên đề học tập và làm theo Bác");
        submit("Lưu");
        expectFlash("Đã sửa buổi sinh hoạt.");
        assertThat(browser.getCurrentUrl()).isEqualTo(meeting);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Buổi sinh hoạt ngày " + rightDay);
        assertThat(browser.findElement(By.cssSelector("main dl")).getText())
                .contains("Chuyên đề", "Chuyên đề học tập và làm theo Bác");

        press(browser.findElement(By.linkText("Xóa buổi sinh hoạt")));
        await(ExpectedConditions.textToBe(By.tagName("h1"), "Xóa buổi sinh hoạt ngày " + rightDay));
        submit("Xóa");
        await(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#reason-help .invalid-feedback"), "Vui lòng ghi lý do xóa."));
        assertThat(browser.getCurrentUrl()).endsWith("/delete");
        type(By.id("reason"), "Ghi trùng với buổi đã có");
        submit("Xóa");
        expectFlash("Đã xóa buổi sinh hoạt ngày " + rightDay + ".");
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/branches/" + branch + "/meetings");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .doesNotContain("Chuyên đề học tập và làm theo Bác");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(360);

        browser.get(meeting);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Chuyên đề học tập");
        assertThat(demo.text(
                        "select removed_by || '|' || removal_reason from meeting where topic = ?",
                        "Chuyên đề học tập và làm theo Bác"))
                .isEqualTo("bithu|Ghi trùng với buổi đã có");
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("dangvu123");
        submit("Đăng nhập");
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void submit(String label) {
        press(browser.findElements(By.cssSelector("main button, section button")).stream()
                .filter(b -> b.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + browser.getCurrentUrl())));
    }

    /** Clicks as the page's own script would, so that a sticky or overlapping element cannot swallow it. */
    private void press(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Waits for the flash message after a submit, so that the page left behind cannot answer instead. */
    private void expectFlash(String text) {
        await(ExpectedConditions.textToBe(By.cssSelector("main > .alert"), text));
    }

    private <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
