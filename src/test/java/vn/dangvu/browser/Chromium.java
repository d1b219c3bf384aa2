package vn.dangvu.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven as a user would: sign in, open a page, press a button, and wait for
 * what the page shows next. Outside CI, browser tests are skipped when Chromium is not installed; in CI
 * they never are.
 */
final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The demo accounts' password. */
    static final String DEMO_PASSWORD = "dangvu123";

    private final WebDriver driver;
    private final int port;
    private final Path downloads;

    private Chromium(WebDriver driver, int port, Path downloads) {
        this.driver = driver;
        this.port = port;
        this.downloads = downloads;
    }

    /** A browser 1280×900 px wide, in Vietnamese, that saves downloads without asking, for the app on {@code port}. */
    static Chromium start(int port) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    installed,
                    "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver): browser tests skipped");
        }
        Path downloads = Files.createTempDirectory("downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
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
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Chromium(driver, port, downloads);
    }

    WebDriver driver() {
        return driver;
    }

    /** Where downloads are saved. */
    Path downloads() {
        return downloads;
    }

    @Override
    public void close() {
        driver.quit();
    }

    void signIn(String user) {
        signIn(user, DEMO_PASSWORD);
    }

    /** Signs in afresh (the previous user's session is dropped) and waits until the login page is left. */
    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        submit("Đăng nhập");
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void click(By by) {
        press(driver.findElement(by));
    }

    /** The page's button with this label. */
    WebElement button(String label) {
        return driver.findElements(By.cssSelector("main button, section button")).stream()
                .filter(b -> b.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + driver.getCurrentUrl()));
    }

    void submit(String label) {
        press(button(label));
    }

    /** Clicks as the page's own script would, so that a sticky or overlapping element cannot swallow it. */
    void press(WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /**
     * Waits for the flash message after a submit, so that the page left behind cannot answer instead; when
     * it does not come, says which page the browser is on and what it shows.
     */
    void expectFlash(String text) {
        try {
            await(ExpectedConditions.textToBe(By.cssSelector("main > .alert"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message \"" + text + "\" on " + driver.getCurrentUrl() + ", which shows: "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /** Fails when the page scrolls sideways on a 360 px phone, naming the first elements that stick out. */
    void expectNoSidewaysScrolling() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        Long width = (Long) script.executeScript("return document.documentElement.scrollWidth");
        Object wide = script.executeScript("return Array.from(document.querySelectorAll('main *'))"
                + ".filter(e => e.getBoundingClientRect().right > 361)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".slice(0, 8).join(', ')");
        if (width > 360) {
            throw new AssertionError("sideways scrolling on a 360 px phone at " + driver.getCurrentUrl() + ": " + width
                    + " px wide (too wide: " + wide + ")");
        }
    }

    /** Waits until the page shows every one of these texts. */
    void expectText(String... texts) {
        for (String text : texts) {
            await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
        }
    }

    /** axe-core's serious and critical findings on the sign-in page, then on each of the paths as {@code user}. */
    List<String> seriousViolations(String user, List<String> paths) {
        driver.manage().deleteAllCookies();
        open("/login");
        List<String> problems = new java.util.ArrayList<>(seriousViolations("/login"));
        signIn(user);
        for (String path : paths) {
            open(path);
            problems.addAll(seriousViolations(path));
        }
        return problems;
    }

    /** axe-core's serious and critical findings on the page shown, as "path: rule count". */
    List<String> seriousViolations(String path) {
        return new AxeBuilder()
                .analyze(driver).getViolations().stream()
                        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                        .map(r -> path + ": " + r.getId() + " " + r.getNodes().size())
                        .toList();
    }

    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }
}
