package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh one-time token ({@link FormSubmissionGuard#PARAMETER}) to every POST form a template
 * renders with {@code th:action}, beside the hidden fields of the processor it wraps (Spring Security's,
 * which adds the CSRF token). Thymeleaf asks the {@code requestDataValueProcessor} bean for these fields
 * (via Spring's RequestContext); {@link FormTokenConfiguration} wraps that bean. The sign-in and sign-out
 * forms get no token: they are handled by the security filters, before any controller.
 */
@RequiredArgsConstructor
class FormTokenFields implements RequestDataValueProcessor {

    private static final String POST_FORM = FormTokenFields.class.getName() + ".postForm";
    private static final Set<String> WITHOUT_TOKEN = Set.of("/login", "/logout");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestDataValueProcessor delegate;

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        if ("POST".equalsIgnoreCase(httpMethod) && !WITHOUT_TOKEN.contains(path(request, action))) {
            request.setAttribute(POST_FORM, Boolean.TRUE);
        } else {
            request.removeAttribute(POST_FORM);
        }
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
            request.removeAttribute(POST_FORM);
            fields.put(FormSubmissionGuard.PARAMETER, newToken());
        }
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The action's path within the application, without its query. */
    private static String path(HttpServletRequest request, String action) {
        String path = action;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
