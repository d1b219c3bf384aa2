package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import vn.dangvu.shared.db.DatabaseAvailability;

/** The outage page: what a request gets when the database cannot be reached, built with no database. */
class OutageFilterTests {

    private static final String VIETNAMESE = "Hệ thống tạm thời gián đoạn, vui lòng thử lại sau một phút.";
    private static final String ENGLISH = "The system is briefly unavailable; please try again in a minute.";

    private final DatabaseAvailability availability = new DatabaseAvailability();
    private final OutageFilter filter = new OutageFilter(new OutagePage(messages()), availability);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static FilterChain failing(Throwable failure) {
        return (request, response) -> {
            response.getWriter().write("half a page");
            if (failure instanceof ServletException e) {
                throw e;
            }
            throw (RuntimeException) failure;
        };
    }

    private static final Throwable NO_CONNECTION = new ServletException(
            "Request processing failed",
            new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException(
                            "embedded - Connection is not available, request timed out after 3000ms")));

    @Test
    void shouldAnswer503WithTheVietnamesePageAndRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, failing(NO_CONNECTION));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<html lang=\"vi\">")
                .contains(VIETNAMESE)
                .contains("Thử lại")
                .doesNotContain("half a page")
                .doesNotContain("<form");
    }

    @Test
    void shouldSpeakEnglishWhenAskedOrRemembered() throws Exception {
        MockHttpServletRequest asked = new MockHttpServletRequest("GET", "/units");
        asked.setQueryString("lang=en");
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(asked, first, failing(NO_CONNECTION));
        assertThat(first.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html lang=\"en\">")
                .contains(ENGLISH);

        MockHttpServletRequest remembered = new MockHttpServletRequest("GET", "/units");
        remembered.setCookies(new Cookie("dangvu-lang", "en"));
        MockHttpServletResponse second = new MockHttpServletResponse();
        filter.doFilter(remembered, second, failing(NO_CONNECTION));
        assertThat(second.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(ENGLISH);
    }

    @Test
    void shouldGiveAPostedFormBackEscapedWithItsCsrfTokenAndWithoutThePassword() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/concerns");
        request.setQueryString("unit=5");
        request.addParameter("unit", "5");
        request.addParameter("_csrf", "token-abc");
        request.addParameter("title", "Đường ấp <b>Bình Thạnh</b> ngập \"nặng\"");
        request.addParameter("tags", "đường", "nước");
        request.addParameter("password", "bí mật");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(
                request,
                response,
                failing(new JpaSystemException(new RuntimeException(
                        new PSQLException(
                                "terminating connection due to administrator command",
                                PSQLState.valueOf("UNKNOWN_STATE")) {
                            @Override
                            public String getSQLState() {
                                return "57P01";
                            }
                        }))));

        assertThat(response.getStatus()).isEqualTo(503);
        String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains(VIETNAMESE)
                .contains("<form method=\"post\" action=\"/concerns?unit=5\">")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-abc\">")
                .contains("<input type=\"hidden\" name=\"title\" value=\"Đường ấp &lt;b&gt;Bình Thạnh&lt;/b&gt;"
                        + " ngập &quot;nặng&quot;\">")
                .contains("<input type=\"hidden\" name=\"tags\" value=\"đường\">")
                .contains("<input type=\"hidden\" name=\"tags\" value=\"nước\">")
                .contains("<dt>title</dt><dd class=\"text-break\">Đường ấp &lt;b&gt;Bình Thạnh&lt;/b&gt; ngập"
                        + " &quot;nặng&quot;</dd>")
                .contains("type=\"password\" id=\"outage-password\" name=\"password\" required")
                .contains("Gửi lại")
                .doesNotContain("<b>")
                .doesNotContain("bí mật")
                .doesNotContain("name=\"unit\"");
    }

    @Test
    void shouldLeaveOtherFailuresToTheUsualErrorPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/members");
        MockHttpServletResponse response = new MockHttpServletResponse();
        DataIntegrityViolationException refused = new DataIntegrityViolationException(
                "duplicate", new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThatThrownBy(() -> filter.doFilter(request, response, failing(refused)))
                .isSameAs(refused);
        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest("GET", "/"),
                        new MockHttpServletResponse(),
                        failing(new IllegalStateException("a bug"))))
                .hasMessage("a bug");
    }

    @Test
    void shouldAnswerAtOnceOnceTheDatabaseIsKnownToBeGoneButStillServeStaticFiles() throws Exception {
        availability.lost("the embedded PostgreSQL server stopped");
        AtomicInteger reached = new AtomicInteger();
        FilterChain counting = (request, response) -> reached.incrementAndGet();

        MockHttpServletResponse page = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), page, counting);
        MockHttpServletResponse stylesheet = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/assets/css/app.css"), stylesheet, counting);

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(VIETNAMESE);
        MockHttpServletResponse health = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), health, counting);

        assertThat(health.getStatus()).isEqualTo(503);
        assertThat(health.getContentAsString()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(stylesheet.getStatus()).isEqualTo(200);
        assertThat(reached).as("requests that went on to the app").hasValue(1);
        assertThat(availability.health().getStatus().getCode()).isEqualTo("DOWN");
    }
}
