package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.dangvu.support.IntegrationTest;

/**
 * Forms in Debian's Chromium as people meet them: Save pressed twice in quick succession (two clicks 40 ms
 * apart) saves one meeting and one member and shows the first save's message, not an error; a mistyped
 * as-of date on the summary gives the page back with the typed date and what is wrong with it. Outside CI
 * the class is skipped when Chromium is not installed; under CI=true it must run.
 */
@IntegrationTest
class FormBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Two taps 40 ms apart: soon enough that the first answer has not replaced the page yet (at 80 ms an idle
     * machine had already shown the next page, and the second tap never happened), late enough that the first
     * form submission has been sent before the second one replaces it. The page's own script is not involved.
     */
    private static final String DOUBLE_TAP =
            "const b = arguments[0]; b.scrollIntoView({block: 'center'}); b.click(); setTimeout(() => b.click(), 40);";

    @Test
    void shouldSaveOneMeetingWhenSaveIsTappedTwice() {
        chromium.signIn("bithu");
        chromium.open("/branches/" + demo.unit("TH-TB-A1") + "/meetings");
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

        chromium.expectFlash("Đã ghi buổi sinh hoạt.");
        assertThat(browser.getCurrentUrl()).matches(".*/meetings/\\d+(\\?repeated=[A-Za-z0-9_-]+)?$");
        assertThat(demo.count("select count(*) from meeting where topic = ?", topic))
                .as("meetings saved")
                .isEqualTo(1);
        assertThat(demo.count("select count(*) from form_submission where token = ?", token))
                .as("the form's submission is recorded")
                .isEqualTo(1);
        assertAnsweredTheSecondTapAsTheFirst(token);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(topic);
    }

    @Test
    void shouldCreateOneMemberWhenSaveIsTappedTwice() {
        chromium.signIn("tochuc");
        chromium.open("/members/new");
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

        chromium.expectFlash("Đã thêm đảng viên Hồ Thị Hai Lần.");
        assertThat(browser.getCurrentUrl()).matches(".*/members/\\d+(\\?repeated=[A-Za-z0-9_-]+)?$");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Số định danh này đã có");
        assertThat(demo.count("select count(*) from member where id_number = ?", idNumber))
                .as("members created")
                .isEqualTo(1);
        assertAnsweredTheSecondTapAsTheFirst(token);
    }

    @Test
    void shouldKeepAMistypedDateOnTheSummaryAndSayWhatIsWrong() {
        chromium.signIn("lanhdao");
        chromium.open("/reports/summary?asOf=30/02/2026");
        String today = LocalDate.now().format(DAY);
        chromium.await(ExpectedConditions.textToBe(
                By.id("asOf-problem"),
                "Ngày 30/02/2026 không tồn tại. Số liệu dưới đây tính đến hôm nay, " + today + "."));
        WebElement box = browser.findElement(By.id("asOf"));
        assertThat(box.getAttribute("value")).isEqualTo("30/02/2026");
        assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");

        box.clear();
        box.sendKeys("abc");
        chromium.press(browser.findElement(By.xpath("//main//form[.//input[@id='asOf']]//button")));
        chromium.await(ExpectedConditions.textToBePresentInElementLocated(
                By.id("asOf-problem"), "\"abc\" không phải là một ngày"));
        assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("abc");

        box = browser.findElement(By.id("asOf"));
        box.clear();
        box.sendKeys("2021-12-31");
        chromium.press(browser.findElement(By.xpath("//main//form[.//input[@id='asOf']]//button")));
        chromium.await(ExpectedConditions.attributeToBe(By.id("asOf"), "value", "31/12/2021"));
        assertThat(browser.findElements(By.id("asOf-problem"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 339");
    }

    /** The one-time token of the form that holds the field. */
    private void assertAnsweredTheSecondTapAsTheFirst(String token) {
        assertThat(demo.count("select replays from form_submission where token = ?", token))
                .as("the second tap reached the server and was answered as the first")
                .isEqualTo(1);
    }

    private String formToken(By field) {
        return browser.findElement(field)
                .findElement(By.xpath("ancestor::form//input[@name='formToken']"))
                .getAttribute("value");
    }

    private void doubleTap(String label) {
        ((JavascriptExecutor) browser).executeScript(DOUBLE_TAP, chromium.button(label));
    }
}
