package vn.dangvu.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.shared.Actor;

/**
 * What an {@link IntegrationTest} of the demo district reaches for first: requests to the app, its demo
 * users (the district staff signed in), its records and pages, fixtures to add to them, and the database
 * itself; a test class declares only the services it tests.
 */
public abstract class DemoDistrictTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected DemoUsers users;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Pages pages;

    /** The demo's district staff (tochuc), who may do everything in the demo district; signed in per test. */
    protected Actor staff;

    @BeforeEach
    void signInTheDistrictStaff() {
        staff = users.actor("tochuc");
    }

    /**
     * A new commune official scoped to {@code committee}, signed in: the grassroots committee that alone
     * creates and steps its internal transfers (staff above only read them).
     */
    protected Actor officialOf(vn.dangvu.organisation.UnitView committee) {
        return users.actor(fixtures.account(staff, vn.dangvu.shared.Role.COMMUNE_OFFICIAL, committee));
    }

    /** A POST to the app as {@code username} sends it from a page's form, with the form's CSRF token. */
    protected MockHttpServletRequestBuilder postAs(String username, String path, Object... uriVariables) {
        return post(path, uriVariables).with(users.as(username)).with(csrf());
    }

    /** The HTML of a page as {@code username} reads it; the page must answer 200 OK. */
    protected String page(String username, String path, Object... uriVariables) throws Exception {
        return pages.html(username, path, uriVariables);
    }

    /** The .xlsx workbook a download sends {@code username}; the download must answer 200 OK. */
    protected XSSFWorkbook workbook(String username, String path, Object... uriVariables) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(pages.file(username, path, uriVariables)));
    }
}
