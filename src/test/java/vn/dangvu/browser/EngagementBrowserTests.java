package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * A commune official corrects a resident's concern and removes it on a 360×640 phone, in Debian's
 * Chromium: the edit form, the confirmation page that shows what goes and asks why, and a double tap on
 * the removal that removes once and shows its success. Screenshots of each step are kept in
 * {@code target/screenshots}. Skipped outside CI when Chromium is not installed, as the journeys are.
 */
@IntegrationTest
class EngagementBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Autowired
    AccountLoader accounts;

    @Autowired
    EngagementService engagement;

    @BeforeAll
    void onAPhone() throws Exception {
        // set after the start: a --window-size narrower than 500 px is widened by Chromium
        browser.manage().window().setSize(new Dimension(360, 640));
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void shouldCorrectAConcernAndRemoveItOnceOnAPhoneDespiteADoubleTap() throws Exception {
        Fixtures.Commune commune = fixtures.commune(1);
        String official = "xa.dienthoai" + commune.commune().code().toLowerCase();
        accounts.createSystemAccount(
                official,
                "mat-khau-123",
                "Cán bộ xã thử",
                Role.COMMUNE_OFFICIAL,
                commune.commune().id());
        long concern = engagement.raise(
                users.actor("tochuc"),
                new EngagementForms.ConcernForm(
                        commune.hamlet(0).id(),
                        null,
                        "Bà Hai",
                        "Đèn đường hỏng",
                        null,
                        LocalDate.now().minusDays(3)));

        chromium.signIn(official, "mat-khau-123");
        chromium.open("/concerns");
        chromium.click(By.cssSelector("a[href='/concerns/" + concern + "/edit']"));
        chromium.await(ExpectedConditions.urlContains("/concerns/" + concern + "/edit"));
        shot("concern-edit");
        WebElement topic = browser.findElement(By.id("topic"));
        topic.clear();
        topic.sendKeys("Đèn đường hỏng ở đầu ấp");
        chromium.submit("Lưu");
        chromium.expectFlash("Đã lưu sửa đổi ý kiến.");
        chromium.expectNoSidewaysScrolling();
        shot("concern-list");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Đèn đường hỏng ở đầu ấp");

        chromium.click(By.cssSelector("a[href='/concerns/" + concern + "/delete']"));
        chromium.await(ExpectedConditions.urlContains("/concerns/" + concern + "/delete"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Bản ghi dưới đây sẽ bị xóa", "Đèn đường hỏng ở đầu ấp", "Bà Hai");
        chromium.expectNoSidewaysScrolling();
        shot("concern-remove-confirmation");
        // without a reason the page asks for one and removes nothing
        chromium.submit("Xác nhận xóa");
        chromium.expectText("Vui lòng ghi lý do xóa.");
        assertThat(demo.count("select count(*) from concern where id = ? and removed_at is null", concern))
                .isEqualTo(1);
        browser.findElement(By.id("reason")).sendKeys("Ghi trùng với ý kiến đã có");
        shot("concern-remove-reason");
        WebElement remove = chromium.button("Xác nhận xóa");
        ((JavascriptExecutor) browser)
                .executeScript("var b = arguments[0]; b.click(); setTimeout(function () { b.click(); }, 80);", remove);
        chromium.expectFlash("Đã xóa ý kiến.");
        shot("concern-removed");
        chromium.expectNoSidewaysScrolling();

        assertThat(demo.text("select removed_by || ' | ' || removal_reason from concern where id = ?", concern))
                .isEqualTo(official + " | Ghi trùng với ý kiến đã có");
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'CONCERN' and entity_id = ?"
                                + " and action = 'REMOVED'",
                        concern))
                .as("removed once")
                .isEqualTo(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Đèn đường hỏng ở đầu ấp");

        // the other lists with their edit and remove buttons, and the summary's figures that lead to them
        engagement.recognise(
                users.actor("tochuc"),
                new EngagementForms.RecognitionForm(
                        vn.dangvu.engagement.RecognitionKind.COMMENDATION,
                        null,
                        commune.hamlet(0).id(),
                        LocalDate.now(),
                        "Đảng ủy xã",
                        null,
                        "Chi bộ vận động làm đường"));
        for (String page : new String[] {"/recognitions", "/sessions", "/follow-ups", "/reports/summary"}) {
            chromium.open(page);
            chromium.expectNoSidewaysScrolling();
            shot("list" + page.replace('/', '-'));
        }
    }

    private void shot(String name) throws Exception {
        Files.write(
                SCREENSHOTS.resolve("engagement-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
