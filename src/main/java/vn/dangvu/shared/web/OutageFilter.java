package vn.dangvu.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangvu.shared.db.DatabaseAvailability;
import vn.dangvu.shared.db.OneWaitPerRequest;

/**
 * Answers {@code 503} with {@link OutagePage} and {@code Retry-After} when a request fails because the
 * database cannot be reached (no connection within the pool's time limit, a connection broken by a
 * server restart, a server shutting down or starting up), and at once while the database is known to be
 * gone ({@link DatabaseAvailability}). It runs before the session filter: the sessions live in
 * PostgreSQL, so the app's own error page, which needs the session and the signed-in user, cannot be
 * shown during an outage (Tomcat's bare 500 page was).
 */
@RequiredArgsConstructor
class OutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "60";

    private static final String ORIGINAL_METHOD = OutageFilter.class.getName() + ".method";

    /** No script, no inline style: the same rules as the app's pages (SecurityConfiguration). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

    private final OutagePage page;
    private final DatabaseAvailability availability;

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.isLost() && !isStatic(request)) {
            if (path(request).startsWith("/actuator/health")) {
                // What the health endpoint would say, without waiting for the database to say it.
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json");
                response.getOutputStream().write("{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            answer(request, response, "the database is gone");
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && isOutage(failure)) {
            // The error page would wait for the database again (the session) before failing.
            answer(request, response, failure.toString());
            return;
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            // An error dispatch that fails in its turn must still know that a form was posted.
            request.setAttribute(ORIGINAL_METHOD, request.getMethod());
        }
        OneWaitPerRequest.begin();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isOutage(e)) {
                throw e;
            }
            if (readAgainFromThePrimary(request, response, e)) {
                return;
            }
            if (response.isCommitted()) {
                log.warn(
                        "The database was lost while {} {} was being answered: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        rootCause(e).toString());
                throw e;
            }
            answer(request, response, rootCause(e).toString());
        } finally {
            OneWaitPerRequest.end();
        }
    }

    /**
     * With a read replica (DANGVU_REPLICA_URL), a page that failed because the replica went away under it is
     * asked for again (a redirect to itself; a GET changes nothing, and nothing of it was sent yet), and the
     * replica is marked failed so that the new request reads the primary. Re-running the filter chain in
     * this request instead left Spring Security's state of the first run behind (403).
     */
    private static boolean readAgainFromThePrimary(
            HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        if (!OneWaitPerRequest.usedTheReplica()
                || response.isCommitted()
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return false;
        }
        log.warn(
                "The replica failed under {} {} ({}); asking the browser to read it again, from the primary",
                request.getMethod(),
                request.getRequestURI(),
                rootCause(e).toString());
        OneWaitPerRequest.replicaFailed();
        response.reset();
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(action(request));
        return true;
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        log.warn(
                "{} {} answered 503: the database cannot be reached ({})",
                request.getMethod(),
                request.getRequestURI(),
                why);
        Locale locale = OutagePage.locale(request);
        boolean posted =
                "POST".equalsIgnoreCase(request.getMethod()) || "POST".equals(request.getAttribute(ORIGINAL_METHOD));
        String html = posted
                ? page.render(locale, action(request), fields(request), isMultipart(request))
                : page.render(locale, null, Map.of(), false);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String action(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The posted form fields (not those of the address), in the order the form had them. */
    private static Map<String, String[]> fields(HttpServletRequest request) {
        Map<String, String[]> fields = new LinkedHashMap<>(request.getParameterMap());
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = java.net.URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                fields.remove(name);
            }
        }
        return fields;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Whether a failure comes from the database being out of reach, rather than from a statement it
     * refused: SQL states of class 08 (connection exception) and 57P01–57P03 (the server terminating the
     * connection, shutting down, or not yet accepting connections).
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
