package vn.dangvu.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an {@link IntegrationTest} of the demo district reaches for first: requests to the app, its demo
 * users and records, fixtures to add to them, and the database itself; a test class declares only the
 * services it tests.
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
}
