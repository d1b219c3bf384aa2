package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.dangvu.support.IntegrationTest;

/**
 * A branch secretary on a 360×640 phone records a meeting with the wrong day, corrects it, and removes
 * it with a reason, in Debian's Chromium. Outside CI the class is skipped when Chromium is not
 * installed; under CI=true it must run.
 */
@IntegrationTest
class MeetingCorrectionBrowserTests extends BrowserTest {

    @BeforeAll
    void onAPhone() {
        browser.manage().window().setSize(new Dimension(360, 640));
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void shouldCorrectAMeetingTypedWrongAndRemoveItWithAReason() {
        String wrongDay = LocalDate.now().minusDays(3).format(DAY);
        String rightDay = LocalDate.now().minusDays(2).format(DAY);
        long branch = demo.unit("TH-TB-A1");
        chromium.signIn("bithu");
        chromium.open("/branches/" + branch + "/meetings");

        WebElement newMeeting = browser.findElement(By.cssSelector("#new-meeting > summary"));
        assertThat(newMeeting.getText()).isEqualTo("Ghi buổi sinh hoạt");
        assertThat(newMeeting.getRect().getY() + newMeeting.getRect().getHeight())
                .as("the new-meeting form opens from the first screen of a 360×640 phone, above the list")
                .isLessThanOrEqualTo(640);
        chromium.press(newMeeting);
        type(By.id("heldOn"), wrongDay);
        type(By.id("topic"), "Sinh hoạt ghi nhầm ngày");
        chromium.submit("Lưu");
        chromium.expectFlash("Đã ghi buổi sinh hoạt.");
        String meeting = browser.getCurrentUrl();

        chromium.press(browser.findElement(By.linkText("Sửa buổi sinh hoạt")));
        chromium.await(ExpectedConditions.textToBe(By.tagName("h1"), "Sửa buổi sinh hoạt ngày " + wrongDay));
        assertThat(browser.findElement(By.id("topic")).getAttribute("value")).isEqualTo("Sinh hoạt ghi nhầm ngày");
        type(By.id("heldOn"), rightDay);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Chuyên đề");
        type(By.id("topic"), "Chuyên đề học tập và làm theo Bác");
        chromium.submit("Lưu");
        chromium.expectFlash("Đã sửa buổi sinh hoạt.");
        assertThat(browser.getCurrentUrl()).isEqualTo(meeting);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Buổi sinh hoạt ngày " + rightDay);
        assertThat(browser.findElement(By.cssSelector("main dl")).getText())
                .contains("Chuyên đề", "Chuyên đề học tập và làm theo Bác");

        chromium.press(browser.findElement(By.linkText("Xóa buổi sinh hoạt")));
        chromium.await(ExpectedConditions.textToBe(By.tagName("h1"), "Xóa buổi sinh hoạt ngày " + rightDay));
        chromium.submit("Xóa");
        chromium.await(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#reason-help .invalid-feedback"), "Vui lòng ghi lý do xóa."));
        assertThat(browser.getCurrentUrl()).endsWith("/delete");
        type(By.id("reason"), "Ghi trùng với buổi đã có");
        chromium.submit("Xóa");
        chromium.expectFlash("Đã xóa buổi sinh hoạt ngày " + rightDay + ".");
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

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }
}
