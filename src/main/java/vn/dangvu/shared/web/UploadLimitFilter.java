package vn.dangvu.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Sends an upload over the size limit to the app's own page instead of Tomcat's plain 413 page.
 *
 * <p>The security filters read the CSRF token from the request's parameters before Spring MVC runs, and
 * Tomcat answers that first read of an oversized multipart body with an exception; the error page
 * dispatch reads the parameters again and fails the same way, so an {@code @ExceptionHandler} never sees
 * the failure and Tomcat writes its own page. This filter, ahead of the security filters, reads the parts
 * first (Tomcat keeps them for the later reads) and redirects a body over the limit to a page that says
 * what the limit is. The redirect changes nothing, so it needs no CSRF token.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String PAGE = "/upload-too-large";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
            try {
                new StandardMultipartHttpServletRequest(request);
            } catch (MaxUploadSizeExceededException e) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(
                        HttpHeaders.LOCATION,
                        request.getContextPath() + PAGE + "?back="
                                + URLEncoder.encode(back(request), StandardCharsets.UTF_8));
                return;
            } catch (MultipartException otherwise) {
                // A body broken in another way is left to be refused where it was before this filter.
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The page the upload's form was on, to go back to: the path of the referring page when the browser
     * sent one, else the address the form posted to. Only a path is kept, so the link stays on this site.
     */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI from = new URI(referer);
                if (from.getRawPath() != null && !from.getRawPath().isEmpty()) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (URISyntaxException unreadable) {
                // the address the form posted to will do
            }
        }
        return request.getRequestURI();
    }

    /**
     * A path on this site to link back to: {@code back} when it is one, else the home page. Browsers drop
     * tabs and line breaks from an address and read a backslash as a slash, so either could turn a path
     * into another site's address ("/\\evil", "/\t/evil").
     */
    static String safeBack(String back) {
        boolean path = back != null
                && back.startsWith("/")
                && !back.startsWith("//")
                && back.chars().allMatch(c -> c > ' ' && c != '\\');
        return path ? back : "/";
    }
}
