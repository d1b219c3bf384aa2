package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.dues.AssignmentForm;
import vn.dangvu.dues.DuesService;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * A branch's dues month on a 360×640 phone, in Debian's Chromium: the treasurer ticks two members, types one
 * amount wrong and gets the page back with what was typed, corrects it and taps Save twice; each member's
 * month is recorded once. Outside CI the class is skipped when Chromium is not installed.
 */
@IntegrationTest
class DuesBrowserTests extends BrowserTest {

    /** Two taps 40 ms apart, as FormBrowserTests taps them. */
    private static final String DOUBLE_TAP =
            "const b = arguments[0]; b.scrollIntoView({block: 'center'}); b.click(); setTimeout(() => b.click(), 40);";

    @Autowired
    DuesService dues;

    @BeforeAll
    void onAPhone() {
        browser.manage().window().setSize(new Dimension(360, 640));
    }

    @Test
    void shouldRecordTwoTickedMembersOnceOnAPhoneAndKeepABadValueAsTyped() {
        Fixtures.Commune commune = fixtures.commune(1);
        long hamlet = commune.hamlet(0).id();
        long an = fixtures.member("Lê Văn Điện Thoại", commune.hamlet(0), commune.hamlet(0), null);
        long binh = fixtures.member("Trần Thị Màn Hình", commune.hamlet(0), commune.hamlet(0), null);
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        chromium.signIn("tochuc");
        chromium.open("/dues/branches/" + hamlet + "?month=03/2026");
        chromium.expectNoSidewaysScrolling();

        List<WebElement> ticks = browser.findElements(By.cssSelector("input[type=checkbox][name$='.paid']"));
        assertThat(ticks).hasSize(2);
        ticks.forEach(chromium::press);
        WebElement amount = browser.findElement(By.id("rows0.amount"));
        assertThat(amount.getAttribute("value"))
                .as("filled in from the category")
                .isEqualTo("25000");
        amount.clear();
        amount.sendKeys("hai mươi lăm");
        chromium.submit("Lưu");

        chromium.expectText("“hai mươi lăm” không phải là số tiền");
        assertThat(browser.findElement(By.id("rows0.amount")).getAttribute("value"))
                .isEqualTo("hai mươi lăm");
        assertThat(browser.findElements(By.cssSelector("input[type=checkbox][name$='.paid']")))
                .as("both still ticked")
                .allSatisfy(tick -> assertThat(tick.isSelected()).isTrue());
        assertThat(payments(an, binh)).isZero();
        chromium.expectNoSidewaysScrolling();

        WebElement corrected = browser.findElement(By.id("rows0.amount"));
        corrected.clear();
        corrected.sendKeys("25.000");
        ((JavascriptExecutor) browser).executeScript(DOUBLE_TAP, chromium.button("Lưu"));

        chromium.expectFlash("Đã ghi đảng phí của 2 đảng viên, tháng 03/2026.");
        assertThat(payments(an, binh)).as("one payment for each ticked member").isEqualTo(2);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Đã đóng đủ 2/2 đảng viên");
        chromium.expectNoSidewaysScrolling();
    }

    private long payments(long a, long b) {
        return demo.count("select count(*) from dues_payment where member_id in (?, ?)", a, b);
    }
}
