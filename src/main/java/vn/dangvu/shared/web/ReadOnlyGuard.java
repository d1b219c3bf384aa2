package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ActorHolder;

/**
 * An account whose unit has ended reads its history and writes nothing ({@link Actor#writes}): every write
 * it sends is refused here, before any form is handled, with one clear message, and the user goes back to
 * the page they were on. The policies hide the buttons and refuse the same writes in the services; this
 * is the message for whoever sends one anyway. Their own password is theirs, not the unit's: it stays
 * theirs to change.
 */
class ReadOnlyGuard implements HandlerInterceptor {

    static final String MESSAGE = "account.readOnly.refused";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALWAYS_ALLOWED = Set.of("/account/password");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Actor actor = actor();
        if (actor == null
                || actor.writes()
                || READS.contains(request.getMethod())
                || ALWAYS_ALLOWED.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            return true;
        }
        String back = back(request);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(
                "flashError", new FlashMessages.FlashMessage(MESSAGE, new Object[] {DAY.format(actor.scopeEndedOn())}));
        RequestContextUtils.saveOutputFlashMap(back, request, response);
        response.sendRedirect(request.getContextPath() + back);
        return false;
    }

    /** The page the write was sent from (its path on this site), or home. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                String context = request.getContextPath();
                if (path != null && path.startsWith(context + "/")) {
                    String local = path.substring(context.length());
                    return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException e) {
                // not a URL: home will do
            }
        }
        return "/";
    }

    private static Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActorHolder holder
                ? holder.actor()
                : null;
    }
}
