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
 * Forms in Debian's Chromium as people meet them: Save pressed twice in quick succession (two clicks 80 ms
 * apart) saves one meeting and one member and shows the first save's message, not an error; a mistyped
 * as-of date on the summary gives the page back with the typed date and what is wrong with it. Outside CI
 * the class is skipped when Chromium is not installed; under CI=true it must run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Two presses of one button as a hurried thumb gives them; the page's own script is not involved. */
    private static final String DOUBLE_TAP =
            "const b = arguments[0]; b.scrollIntoView({block: 'center'}); b.click(); setTimeout(() => b.click(), 80);";

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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldSaveOneMeetingWhenSaveIsTappedTwice() {
        signIn("bithu");
        open("/branches/" + demo.unit("TH-TB-A1") + "/meetings");
        String topic = "Bấm Lưu hai lần " + System.nanoTime();
        // the new-meeting form may sit folded above the list of past meetings
        WebElement newMeeting = browser.findElement(By.id("new-meeting"));
        if (newMeeting.getAttribute("open") == null) {
            newMeeting.findElement(By.tagName("summary")).click();
        }
        WebElement date = browser.findElement(By.id("heldOn"));
        date.clear();
        date.sendKeys(LocalDate.now().minusDays(2).format(DAY));
        browser.findElement(By.id("topic")).sendKeys(topic);
        String token = formToken(By.id("topic"));

        doubleTap("Lưu");

        expectFlash("Đã ghi buổi sinh hoạt.");
        assertThat(browser.getCurrentUrl()).matches(".*/meetings/\\d+(\\?repeated=[A-Za-z0-9_-]+)?$");
        assertThat(demo.count("select count(*) from meeting where topic = ?", topic))
                .as("meetings saved")
                .isEqualTo(1);
        assertThat(demo.count("select count(*) from form_submission where token = ?", token))
                .as("the form's submission is recorded")
                .isEqualTo(1);
        assertThat(demo.count("select replays from form_submission where token = ?", token))
                .as("the second tap reached the server and was answered as the first")
                .isEqualTo(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(topic);
    }

    @Test
    void shouldCreateOneMemberWhenSaveIsTappedTwice() {
        signIn("tochuc");
        open("/members/new");
        String idNumber = String.format("0992%08d", System.nanoTime() % 100_000_000);
        browser.findElement(By.id("fullName")).sendKeys("Hồ Thị Hai Lần");
        browser.findElement(By.id("birthDate")).sendKeys("07/08/1979");
        browser.findElement(By.xpath("//label[normalize-space()='Nữ']")).click();
        browser.findElement(By.id("idNumber")).sendKeys(idNumber);
        browser.findElement(By.id("admittedOn")).sendKeys("03/02/2005");
        new Select(browser.findElement(By.id("group"))).selectByIndex(1);
        new Select(browser.findElement(By.id("branchId"))).selectByIndex(1);
        WebElement joined = browser.findElement(By.id("joinedBranchOn"));
        joined.clear();
        joined.sendKeys("03/02/2005");
        String token = formToken(By.id("fullName"));

        doubleTap("Lưu");

        expectFlash("Đã thêm đảng viên Hồ Thị Hai Lần.");
        assertThat(browser.getCurrentUrl()).matches(".*/members/\\d+(\\?repeated=[A-Za-z0-9_-]+)?$");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Số định danh này đã có");
        assertThat(demo.count("select count(*) from member where id_number = ?", idNumber))
                .as("members created")
                .isEqualTo(1);
        assertThat(demo.count("select replays from form_submission where token = ?", token))
                .as("the second tap reached the server and was answered as the first")
                .isEqualTo(1);
    }

    @Test
    void shouldKeepAMistypedDateOnTheSummaryAndSayWhatIsWrong() {
        signIn("lanhdao");
        open("/reports/summary?asOf=30/02/2026");
        String today = LocalDate.now().format(DAY);
        await(ExpectedConditions.textToBe(
                By.id("asOf-problem"),
                "Ngày 30/02/2026 không tồn tại. Số liệu dưới đây tính đến hôm nay, " + today + "."));
        WebElement box = browser.findElement(By.id("asOf"));
        assertThat(box.getAttribute("value")).isEqualTo("30/02/2026");
        assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");

        box.clear();
        box.sendKeys("abc");
        press(browser.findElement(By.xpath("//main//form[.//input[@id='asOf']]//button")));
        await(ExpectedConditions.textToBePresentInElementLocated(
                By.id("asOf-problem"), "\"abc\" không phải là một ngày"));
        assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("abc");

        box = browser.findElement(By.id("asOf"));
        box.clear();
        box.sendKeys("2021-12-31");
        press(browser.findElement(By.xpath("//main//form[.//input[@id='asOf']]//button")));
        await(ExpectedConditions.attributeToBe(By.id("asOf"), "value", "31/12/2021"));
        assertThat(browser.findElements(By.id("asOf-problem"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 339");
    }

    /** The one-time token of the form that holds the field. */
    private String formToken(By field) {
        return browser.findElement(field)
                .findElement(By.xpath("ancestor::form//input[@name='formToken']"))
                .getAttribute("value");
    }

    private void doubleTap(String label) {
        WebElement button = browser.findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + browser.getCurrentUrl()));
        ((JavascriptExecutor) browser).executeScript(DOUBLE_TAP, button);
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("dangvu123");
        press(browser.findElement(By.cssSelector("main button[type=submit]")));
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Waits for the message; when it does not come, says which page the browser is on and what it shows. */
    private void expectFlash(String text) {
        try {
            await(ExpectedConditions.textToBe(By.cssSelector("main > .alert"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message \"" + text + "\" on " + browser.getCurrentUrl() + ", which shows: "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
