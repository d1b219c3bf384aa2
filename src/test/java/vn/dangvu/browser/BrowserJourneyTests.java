package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The main journeys in Debian's Chromium, as the users meet them: every demo account signing in, a
 * transfer from proposal to completion, a campaign run batch by batch, a duty given by a branch
 * secretary, attendance on a 360×640 phone, an import with an error that is fixed, the leaders'
 * summary and its Excel download; and axe-core on the pages of CheckedPages, each as the role that uses it (no serious or critical violations).
 * Outside CI the class is skipped when Chromium is not installed; under CI=true it must run.
 */
@IntegrationTest
class BrowserJourneyTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    vn.dangvu.evaluation.loading.EvaluationLoader ratingLoader;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void shouldTakeATransferFromProposalToCompletion() {
        chromium.signIn("xa.thongbinh");
        long member = demo.memberOf("TH-TB-A3");
        chromium.open("/members/" + member);
        chromium.click(By.linkText("Chuyển sinh hoạt đảng"));
        new Select(browser.findElement(By.id("toBranchId"))).selectByVisibleText("Chi bộ Ấp Long Sơn — Xã Thông Bình");
        browser.findElement(By.id("reason")).sendKeys("Về sinh hoạt nơi cư trú");
        chromium.submit("Lưu");
        chromium.expectFlash("Đã lập phiếu chuyển sinh hoạt.");
        chromium.submit("Đề nghị");
        chromium.expectFlash("Đã đề nghị chuyển sinh hoạt.");
        // an internal transfer is the commune committee's to approve and complete (the district only reads it)
        chromium.submit("Duyệt");
        chromium.expectFlash("Đã duyệt.");
        chromium.submit("Hoàn thành chuyển");
        chromium.expectFlash("Đã hoàn thành: đảng viên đã sinh hoạt tại chi bộ mới.");
        chromium.open("/members/" + member);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chi bộ Ấp Long Sơn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tochuc       | Ban Tổ chức Huyện ủy             | Đảng bộ huyện Tân Hồng | Đăng nhập: Ban Tổ chức Huyện ủy · Cán bộ tổ chức cấp ủy · Đảng bộ huyện Tân Hồng
            lanhdao      | Thường trực Huyện ủy             | Đảng bộ huyện Tân Hồng | Đăng nhập: Thường trực Huyện ủy · Lãnh đạo cấp ủy · Đảng bộ huyện Tân Hồng
            xa.thongbinh | Văn phòng Đảng ủy xã Thông Bình  | Xã Thông Bình          | Đăng nhập: Văn phòng Đảng ủy xã Thông Bình · Cán bộ văn phòng cấp ủy
            xa.tanhoco   | Văn phòng Đảng ủy xã Tân Hộ Cơ   | Xã Tân Hộ Cơ           | Đăng nhập: Văn phòng Đảng ủy xã Tân Hộ Cơ · Cán bộ văn phòng cấp ủy
            bithu        | Bí thư Chi bộ Ấp Bình Thạnh      | Chi bộ Ấp Bình Thạnh   | Đăng nhập: Bí thư Chi bộ Ấp Bình Thạnh
            huyenuy.an   | Trần Văn An (Huyện ủy viên)      | Đảng bộ huyện Tân Hồng | Đăng nhập: Trần Văn An (Huyện ủy viên) · Lãnh đạo cấp ủy · Đảng bộ huyện Tân Hồng
            huyenuy.binh | Lê Thị Bình (Huyện ủy viên)      | Đảng bộ huyện Tân Hồng | Đăng nhập: Lê Thị Bình (Huyện ủy viên) · Lãnh đạo cấp ủy · Đảng bộ huyện Tân Hồng
            """)
    void shouldSignEachDemoAccountInToItsDashboard(String username, String name, String scope, String footer) {
        chromium.signIn(username);
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, " + name);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Phạm vi quản lý: " + scope);
        assertThat(browser.findElement(By.tagName("footer")).getText())
                .as("an account named after its office does not say it twice")
                .isEqualTo(footer);
    }

    @Test
    void shouldRunACampaignBatchByBatchAndShowItsProgress() {
        LocalDate today = LocalDate.now();
        String day = today.format(DAY);
        Fixtures.Commune commune = fixtures.commune(2);
        String communeName = commune.commune().name();
        fixtures.member("Đinh Văn Có Nhà", commune.agency(), commune.hamlet(0), today.getYear() - 1);
        fixtures.member("Lý Thị Chưa Ghi", commune.agency(), null, today.getYear() - 1);
        // dissolving a branch asks for its last year's rating (issue 19, from the 2025 rule)
        ratingLoader.recordBranchRating(commune.agency().id(), today.getYear() - 1, vn.dangvu.evaluation.Rating.GOOD);
        String number = "15-HD/" + commune.commune().code();
        String name = "Đợt chuyển " + commune.commune().code();

        chromium.signIn("tochuc");
        chromium.open("/directives/new");
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("issuedOn")).sendKeys(day);
        browser.findElement(By.id("issuer")).sendKeys("Ban Tổ chức Huyện ủy");
        browser.findElement(By.id("title")).sendKeys("Hướng dẫn chuyển sinh hoạt đảng về nơi cư trú");
        chromium.submit("Lưu");
        chromium.expectFlash("Đã thêm văn bản " + number + ".");
        chromium.click(By.linkText("Tạo đợt chuyển sinh hoạt"));
        chromium.await(ExpectedConditions.urlContains("/campaigns/new"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("deadline")).sendKeys("31/12/" + today.getYear());
        String checkbox = browser.findElement(By.xpath("//main//label[normalize-space()='" + communeName + "']"))
                .getAttribute("for");
        chromium.press(browser.findElement(By.id(checkbox)));
        chromium.submit("Lưu");
        chromium.expectFlash("Đã tạo đợt " + name + ".");
        chromium.expectText(
                "Đã giải thể 00/01 chi bộ cơ quan; chuyển 0 đảng viên về sinh hoạt tại 0 chi bộ ấp, khóm.",
                "Tổng 2; loại trừ 0; cần xử lý 1; chờ đề nghị 2; đã đề nghị 0; đã duyệt 0; đã hoàn thành 0.");

        // One member has no residence, so proposing all stops, names her and keeps nothing.
        chromium.submit("Đề nghị tất cả (2)");
        confirm();
        chromium.expectFlash("Không thực hiện được cho đảng viên Lý Thị Chưa Ghi: chưa có chi bộ nhận."
                + " Toàn bộ thao tác đã được hủy, chưa có thay đổi nào.");
        chromium.expectText("cần xử lý 1; chờ đề nghị 2; đã đề nghị 0;");

        chromium.click(By.linkText("Chỉ hiện trường hợp cần xử lý"));
        chromium.await(ExpectedConditions.urlContains("flagged=true"));
        assertThat(browser.findElements(By.cssSelector("main table.table-responsive-stack tbody tr")))
                .extracting(WebElement::getText)
                .singleElement()
                .asString()
                .contains("Lý Thị Chưa Ghi", "Chưa có nơi cư trú", "Chưa có chi bộ nhận");
        chromium.click(By.linkText("Lý Thị Chưa Ghi"));
        new Select(browser.findElement(By.id("residence"))).selectByVisibleText("Chi bộ Ấp 2 — " + communeName);
        chromium.submit("Ghi nơi cư trú");
        chromium.expectFlash("Đã ghi nơi cư trú.");
        assertThat(browser.findElement(By.cssSelector("main dl")).getText())
                .contains("Nơi cư trú\nChi bộ Ấp 2", "Chi bộ nhận\nChi bộ Ấp 2");
        chromium.click(By.linkText("← " + name));
        chromium.expectText(
                "Tổng 2; loại trừ 0; cần xử lý 0; chờ đề nghị 2; đã đề nghị 0; đã duyệt 0; đã hoàn thành 0.");

        chromium.submit("Đề nghị tất cả (2)");
        confirm();
        awaitJob("Đã đề nghị chuyển sinh hoạt cho 2 đảng viên của đợt.");
        chromium.expectText("chờ đề nghị 0; đã đề nghị 2; đã duyệt 0; đã hoàn thành 0.");

        chromium.submit("Duyệt tất cả (2)");
        confirm();
        awaitJob("Đã duyệt 2 phiếu đề nghị chuyển của đợt.");
        chromium.expectText("chờ đề nghị 0; đã đề nghị 0; đã duyệt 2; đã hoàn thành 0.");
        assertThat(browser.findElement(By.id("effectiveOn")).getAttribute("value"))
                .isEqualTo(day);

        chromium.submit("Hoàn thành tất cả (2)");
        confirm();
        awaitJob("Đã hoàn thành chuyển sinh hoạt cho 2 đảng viên, có hiệu lực từ ngày " + day + ".");
        chromium.expectText(
                "chờ đề nghị 0; đã đề nghị 0; đã duyệt 0; đã hoàn thành 2.",
                "Đã giải thể 00/01 chi bộ cơ quan; chuyển 2 đảng viên về sinh hoạt tại 2 chi bộ ấp, khóm.");
        assertThat(browser.findElement(By.cssSelector("main tbody tr")).getText())
                .isEqualTo(communeName + " 0/1 2/2 2");

        long agency = commune.agency().id();
        browser.findElement(By.id("decision-" + agency)).sendKeys("20-QĐ/ĐU");
        browser.findElement(By.id("on-" + agency)).sendKeys(day);
        chromium.submit("Giải thể");
        confirm();
        chromium.expectFlash("Đã giải thể chi bộ.");
        chromium.expectText("Đã giải thể 01/01 chi bộ cơ quan; chuyển 2 đảng viên về sinh hoạt tại 2 chi bộ ấp, khóm.");
    }

    @Test
    void shouldLetTheSecretaryGiveADutyToAMemberWithoutOne() {
        chromium.signIn("bithu");
        chromium.click(By.linkText("Phân công nhiệm vụ"));
        chromium.await(ExpectedConditions.textToBe(
                By.tagName("h1"),
                "Phân công nhiệm vụ — Chi bộ Ấp Bình Thạnh, năm "
                        + LocalDate.now().getYear()));
        int without = withoutDuty();
        assertThat(without)
                .as("members of the demo branch without a duty this year")
                .isPositive();

        WebElement card = browser.findElement(By.xpath(
                "//main//div[starts-with(@id, 'member-')][.//h2/span[normalize-space()='Chưa được giao nhiệm vụ']]"));
        String cardId = card.getAttribute("id");
        String member = cardId.substring("member-".length());
        String name = card.findElement(By.cssSelector("h2 a")).getText();
        WebElement assign = card.findElement(By.xpath(".//details[.//button[normalize-space()='Giao nhiệm vụ']]"));
        if (assign.getAttribute("open") == null) {
            chromium.press(assign.findElement(By.tagName("summary")));
        }
        browser.findElement(By.id("field-" + member)).sendKeys("Dân vận");
        browser.findElement(By.id("title-" + member)).sendKeys("Theo dõi, giúp đỡ năm hộ gia đình ở tổ 2");
        chromium.press(assign.findElement(By.xpath(".//button[normalize-space()='Giao nhiệm vụ']")));

        // the message shows in the member's card the page returns to, not at the top of a long page
        chromium.await(ExpectedConditions.textToBe(By.cssSelector("#" + cardId + " .flash-here"), "Đã giao nhiệm vụ."));
        assertThat(browser.findElements(By.cssSelector("main > .alert"))).isEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("#" + cardId);
        assertThat(browser.findElement(By.id(cardId)).getText())
                .contains(name, "Theo dõi, giúp đỡ năm hộ gia đình ở tổ 2", "(Dân vận)", "Đã giao")
                .doesNotContain("Chưa được giao nhiệm vụ");
        assertThat(withoutDuty()).isEqualTo(without - 1);
    }

    @Test
    void shouldTakeAttendanceOnAPhone() {
        browser.manage().window().setSize(new Dimension(360, 640));
        try {
            chromium.signIn("bithu");
            chromium.open("/branches/" + demo.unit("TH-TB-A1") + "/meetings");
            // the new-meeting form sits folded above the list of past meetings
            WebElement newMeeting = browser.findElement(By.id("new-meeting"));
            if (newMeeting.getAttribute("open") == null) {
                chromium.press(newMeeting.findElement(By.tagName("summary")));
            }
            WebElement date = browser.findElement(By.id("heldOn"));
            date.clear();
            // held yesterday: attendance is taken only for a meeting that has been held
            date.sendKeys(LocalDate.now().minusDays(1).format(DAY));
            browser.findElement(By.id("topic")).sendKeys("Sinh hoạt thường kỳ trên điện thoại");
            chromium.submit("Lưu");
            chromium.expectFlash("Đã ghi buổi sinh hoạt.");
            String member = browser.findElement(By.cssSelector("form.attendance fieldset legend span"))
                    .getText();
            chromium.press(excused(member));
            // "vắng có lý do" names the reason
            browser.findElement(By.id("note-0")).sendKeys("Ốm");
            chromium.submit("Lưu điểm danh");
            chromium.expectFlash("Đã lưu điểm danh.");
            assertThat(browser.findElement(By.id(excused(member).getAttribute("for")))
                            .isSelected())
                    .as("%s is shown excused after saving", member)
                    .isTrue();
            Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("no sideways scrolling on a 360 px phone").isLessThanOrEqualTo(360);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void shouldImportAFileWithAnErrorFixItAndImport() throws Exception {
        chromium.signIn("tochuc");
        Path bad = Files.createTempFile("chi-bo", ".csv");
        Files.writeString(bad, "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Trình Duyệt,Trường học\n");
        upload(bad);
        assertThat(browser.findElement(By.cssSelector("p.lead")).getText())
                .isEqualTo("Thêm mới 0; cập nhật 0; không đổi 0; lỗi 1.");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Loại chi bộ chỉ ghi Cơ quan, Ấp, Khóm hoặc Khác.");
        chromium.submit("Hủy, không nhập");
        chromium.expectFlash("Đã hủy, không có gì được lưu.");

        Files.writeString(bad, "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Trình Duyệt,Ấp\n");
        upload(bad);
        chromium.submit("Xác nhận nhập");
        confirm();
        chromium.await(ExpectedConditions.urlContains("/jobs/"));
        chromium.await(
                ExpectedConditions.textToBe(By.cssSelector("main .alert-success"), "Đã nhập xong: 1 dòng được lưu."));
        chromium.open("/units?root=" + demo.unit("TH-TB"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chi bộ Ấp Trình Duyệt");
    }

    private static final By EXCEL_BUTTON = By.xpath("//main//button[normalize-space()='Tải Excel (.xlsx)']");

    @Test
    void shouldShowTheSummaryWithTheReportsFigures() {
        chromium.signIn("lanhdao");
        chromium.open("/reports/summary?asOf=31/12/2021");
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("09/09", "Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 339");
        assertThat(browser.findElement(EXCEL_BUTTON)
                        .findElement(By.xpath("./ancestor::form"))
                        .getAttribute("action"))
                .contains("/reports/summary/export");
    }

    @Test
    void shouldDownloadTheSummaryWorkbookWithTheFiguresOnThePage() throws Exception {
        chromium.signIn("lanhdao");
        chromium.open("/reports/summary");
        LocalDate asOf = LocalDate.parse(browser.findElement(By.id("asOf")).getAttribute("value"), DAY);
        long moved = figure(browser.findElement(By.cssSelector("main p.lead a")).getText());
        String withDutyLabel = "Được phân công nhiệm vụ";
        long withDuty = figure(browser.findElement(
                        By.xpath("//main//th[normalize-space()='" + withDutyLabel + "']/following-sibling::td"))
                .getText());
        assertThat(withDuty).isPositive();

        // the workbook is written as a job: its page follows it, then offers the file
        chromium.click(EXCEL_BUTTON);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage("the export's job ended with its file")
                .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Tải tệp về")));
        chromium.click(By.linkText("Tải tệp về"));
        Path file = chromium.downloads().resolve("tong-hop-" + asOf + ".xlsx");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage("Chromium saved " + file)
                .until(d -> Files.exists(file) && !Files.exists(Path.of(file + ".crdownload")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet transfers = workbook.getSheet("Chuyển sinh hoạt");
            assertThat(transfers
                            .getRow(0)
                            .getCell(2)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(asOf);
            Row total = transfers.getRow(transfers.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng số đảng viên đã chuyển");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo((double) moved);
            Sheet duties = workbook.getSheet("Nhiệm vụ");
            assertThat(Stream.iterate(duties.getFirstRowNum(), r -> r <= duties.getLastRowNum(), r -> r + 1)
                            .map(duties::getRow)
                            .filter(r -> r != null
                                    && withDutyLabel.equals(r.getCell(0).getStringCellValue()))
                            .map(r -> r.getCell(1).getNumericCellValue()))
                    .containsExactly((double) withDuty);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationsOnTheMainPages() {
        List<String> problems = new java.util.ArrayList<>();
        CheckedPages.byUser(demo).forEach((user, paths) -> {
            if (user == null) {
                browser.manage().deleteAllCookies();
            } else {
                chromium.signIn(user);
            }
            for (String path : paths) {
                chromium.open(path);
                problems.addAll(chromium.seriousViolations(path));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldStayLightOnSlowConnections() {
        chromium.signIn("tochuc");
        long branch = demo.unit("TH-TB-A1");
        for (String path :
                List.of("/", "/members", "/branches/" + branch + "/duties", "/reports/summary", "/campaigns")) {
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
            chromium.open(path);
            long first = transferred();
            assertThat(first).as("first load of %s", path).isGreaterThan(1024).isLessThan(300 * 1024);
            chromium.open(path);
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

    private void upload(Path file) {
        chromium.open("/import");
        browser.findElement(By.id("kind-BRANCHES")).click();
        browser.findElement(By.id("file")).sendKeys(file.toString());
        chromium.submit("Kiểm tra tệp");
        // the check runs as a job: its page reloads itself until it ends and links to the preview
        chromium.await(ExpectedConditions.urlContains("/jobs/"));
        chromium.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-success")));
        chromium.click(By.linkText("Xem kết quả"));
        chromium.await(ExpectedConditions.urlMatches("/import/[^/?]+$"));
    }

    /**
     * A batch step answers with its job's page, which reloads itself (no script needed) until the job has
     * ended: waits for the outcome, then goes back to where the step was started.
     */
    private void awaitJob(String outcome) {
        chromium.await(ExpectedConditions.urlContains("/jobs/"));
        chromium.await(ExpectedConditions.textToBe(By.cssSelector("main .alert-success"), outcome));
        chromium.click(By.linkText("← Quay lại"));
        chromium.await(ExpectedConditions.not(ExpectedConditions.urlContains("/jobs/")));
    }

    /** Accepts the page's "are you sure?" question. */
    private void confirm() {
        chromium.await(ExpectedConditions.alertIsPresent()).accept();
    }

    /** The duties page's count of members without a duty. */
    private int withoutDuty() {
        String summary =
                browser.findElement(By.cssSelector("main section > .alert")).getText();
        Matcher m = Pattern.compile("; (\\d+) chưa được giao nhiệm vụ").matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The number in a figure as the page writes it ("1.342", or "…: 339"). */
    private static long figure(String text) {
        Matcher m = Pattern.compile("(\\d[\\d.]*)$").matcher(text.trim());
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    /** The "absent with reason" choice of a member on the attendance form. */
    private WebElement excused(String member) {
        return browser.findElement(
                By.xpath("//form[contains(@class, 'attendance')]//fieldset[legend/span[normalize-space()='" + member
                        + "']]//label[normalize-space()='Vắng có lý do']"));
    }
}
