package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A user who has just saved a form is shown the newest figures; reading pages or a refused form does not count. */
class RecentFormsTests {

    private final RecentForms forms = new RecentForms();
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void shouldRememberAnAcceptedFormOnly() {
        assertThat(savedJustNow()).as("a new session").isFalse();

        complete("GET", 200, null);
        assertThat(savedJustNow()).as("a page read").isFalse();
        complete("POST", 200, null);
        assertThat(savedJustNow())
                .as("a form shown again with its errors (200) counts too: it only makes the next summary wait")
                .isTrue();
    }

    @Test
    void shouldNotCountARefusedOrFailedForm() {
        complete("POST", 403, null);
        complete("POST", 400, null);
        complete("POST", 302, new IllegalStateException("database gone"));
        assertThat(savedJustNow()).isFalse();

        complete("POST", 302, null);
        assertThat(savedJustNow()).as("saved, then sent back to a page").isTrue();
    }

    @Test
    void shouldForgetTheFormAfterTheWindow() {
        session.setAttribute(
                RecentForms.class.getName() + ".savedAt",
                System.currentTimeMillis() - RecentForms.WINDOW.toMillis() - 1);
        assertThat(savedJustNow()).isFalse();
    }

    private void complete(String method, int status, Exception failure) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/somewhere");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        forms.afterCompletion(request, response, null, failure);
    }

    private boolean savedJustNow() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/reports/summary");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return RecentForms.savedJustNow();
    }
}
