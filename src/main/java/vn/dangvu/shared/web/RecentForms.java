package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Remembers in the session when its user last sent a form that was accepted (a POST answered below 400):
 * pages that may show figures computed a moment before the latest writes (the leaders' summary while
 * another request recomputes it) show the newest ones to a user who has just saved something, so that
 * they see their own change.
 */
public final class RecentForms implements HandlerInterceptor {

    private static final String SAVED_AT = RecentForms.class.getName() + ".savedAt";

    /** How long after a saved form its user is shown only the newest figures. */
    public static final Duration WINDOW = Duration.ofSeconds(10);

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (failure != null || !"POST".equals(request.getMethod()) || response.getStatus() >= 400) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SAVED_AT, System.currentTimeMillis());
        }
    }

    /** Whether the current request's user sent an accepted form within the last {@link #WINDOW}. */
    public static boolean savedJustNow() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        return session != null
                && session.getAttribute(SAVED_AT) instanceof Long at
                && System.currentTimeMillis() - at < WINDOW.toMillis();
    }
}
