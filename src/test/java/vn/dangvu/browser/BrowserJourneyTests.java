package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.IntegrationTest;

/**
 * The main journeys in Debian's Chromium, as the users meet them: a transfer from proposal to
 * completion, attendance on a 360×640 phone, an import with an error that is fixed, the leaders'
 * summary; and axe-core on the main pages (no serious or critical violations). Outside CI the class is
 * skipped when Chromium is not installed; under CI=true it must run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
    void shouldTakeATransferFromProposalToCompletion() {
        signIn("xa.thongbinh");
        long member = demo.memberOf("TH-TB-A3");
        open("/members/" + member);
        click(By.linkText("Chuyển sinh hoạt đảng"));
        new Select(browser.findElement(By.id("toBranchId"))).selectByVisibleText("Chi bộ Ấp Long Sơn — Xã Thông Bình");
        browser.findElement(By.id("reason")).sendKeys("Về sinh hoạt nơi cư trú");
        submit("Lưu");
        assertThat(flash()).isEqualTo("Đã lập phiếu chuyển sinh hoạt.");
        submit("Đề nghị");
        assertThat(flash()).isEqualTo("Đã đề nghị chuyển sinh hoạt.");
        String transfer = browser.getCurrentUrl();

        signIn("tochuc");
        browser.get(transfer);
        submit("Duyệt");
        submit("Hoàn thành chuyển");
        assertThat(flash()).isEqualTo("Đã hoàn thành: đảng viên đã sinh hoạt tại chi bộ mới.");
        open("/members/" + member);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chi bộ Ấp Long Sơn");
    }

    @Test
    void shouldTakeAttendanceOnAPhone() {
        browser.manage().window().setSize(new Dimension(360, 640));
        try {
            signIn("bithu");
            open("/branches/" + demo.unit("TH-TB-A1") + "/meetings");
            WebElement date = browser.findElement(By.id("heldOn"));
            date.clear();
            date.sendKeys("01/11/2026");
            browser.findElement(By.id("topic")).sendKeys("Sinh hoạt thường kỳ tháng 11");
            submit("Lưu");
            browser.findElements(By.cssSelector(".attendance-status label")).stream()
                    .filter(l -> l.getText().equals("Vắng có phép"))
                    .findFirst()
                    .ifPresent(this::press);
            submit("Lưu điểm danh");
            assertThat(flash()).isEqualTo("Đã lưu điểm danh.");
            Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(360);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void shouldImportAFileWithAnErrorFixItAndImport() throws Exception {
        signIn("tochuc");
        Path bad = Files.createTempFile("chi-bo", ".csv");
        Files.writeString(bad, "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Trình Duyệt,Trường học\n");
        upload(bad);
        assertThat(browser.findElement(By.cssSelector("p.lead")).getText())
                .isEqualTo("Thêm mới 0; cập nhật 0; không đổi 0; lỗi 1.");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Loại chi bộ chỉ ghi Cơ quan, Ấp, Khóm hoặc Khác.");
        submit("Hủy, không nhập");

        Files.writeString(bad, "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Trình Duyệt,Ấp\n");
        upload(bad);
        submit("Xác nhận nhập");
        browser.switchTo().alert().accept();
        assertThat(flash()).isEqualTo("Đã nhập xong: 1 dòng được lưu.");
    }

    @Test
    void shouldShowTheSummaryWithTheReportsFigures() {
        signIn("lanhdao");
        open("/reports/summary?asOf=31/12/2021");
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("09/09", "Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 339");
        assertThat(browser.findElement(By.partialLinkText("Tải Excel")).getAttribute("href"))
                .contains("/reports/summary.xlsx");
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationsOnTheMainPages() {
        browser.manage().deleteAllCookies();
        open("/login");
        List<String> problems = new java.util.ArrayList<>(violations("/login"));
        signIn("tochuc");
        long branch = demo.unit("TH-TB-A1");
        for (String path : List.of(
                "/",
                "/units",
                "/members",
                "/members/" + demo.memberOf("TH-TB-A1"),
                "/members/new",
                "/transfers",
                "/campaigns",
                "/directives",
                "/branchwork",
                "/branches/" + branch + "/duties",
                "/branches/" + branch + "/meetings",
                "/branches/" + branch + "/evaluations",
                "/reports/summary",
                "/concerns",
                "/recognitions",
                "/sessions",
                "/import",
                "/accounts")) {
            open(path);
            problems.addAll(violations(path));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldStayLightOnSlowConnections() {
        signIn("tochuc");
        long branch = demo.unit("TH-TB-A1");
        for (String path :
                List.of("/", "/members", "/branches/" + branch + "/duties", "/reports/summary", "/campaigns")) {
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
            open(path);
            long first = transferred();
            assertThat(first).as("first load of %s", path).isGreaterThan(1024).isLessThan(300 * 1024);
            open(path);
            assertThat(transferred()).as("later load of %s", path).isLessThan(50 * 1024);
        }
    }

    /** Bytes that crossed the network for the current page and what it loaded (0 for cached files). */
    private long transferred() {
        Object bytes = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                                + ".reduce((sum, e) => sum + (e.transferSize || 0), 0);");
        return ((Number) bytes).longValue();
    }

    private List<String> violations(String path) {
        Results results = new AxeBuilder().analyze(browser);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map((Rule r) -> path + ": " + r.getId() + " " + r.getNodes().size())
                .toList();
    }

    private void upload(Path file) {
        open("/import");
        browser.findElement(By.id("kind-BRANCHES")).click();
        browser.findElement(By.id("file")).sendKeys(file.toString());
        submit("Kiểm tra tệp");
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("dangvu123");
        submit("Đăng nhập");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        press(browser.findElement(by));
    }

    private void submit(String label) {
        press(browser.findElements(By.cssSelector("main button, section button")).stream()
                .filter(b -> b.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + browser.getCurrentUrl())));
    }

    /** Clicks as the page's own script would, so that a sticky or overlapping element cannot swallow it. */
    private void press(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private String flash() {
        return browser.findElement(By.cssSelector("main .alert")).getText().trim();
    }
}
