package vn.dangvu.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoDistrictTest;

/** Tests that drive the running app in one Chromium, started before the class's tests and stopped after them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest extends DemoDistrictTest {

    @LocalServerPort
    int port;

    Chromium chromium;
    WebDriver browser;

    @BeforeAll
    void startChromium() throws Exception {
        chromium = Chromium.start(port);
        browser = chromium.driver();
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
