package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.WebUtils;

/**
 * A double tap on Save saves once. Every POST form carries a one-time token ({@link FormTokenFields});
 * the first POST with a token claims it in {@link FormSubmissions} and does the work, and when it
 * redirects, its redirect and flash message are kept. The same form sent again with the same values (a
 * second tap ~80 ms later, a retry after a slow answer) waits for the first and gets the same redirect and
 * the same message, on whichever instance it lands, instead of saving again or being told that the record
 * it just created already exists. An answer that is not a redirect (the form shown again with its errors,
 * a failure) saved nothing: the claim is released, and a repeat is handled afresh. POSTs without a token
 * (sign-in, scripts) are handled as before.
 */
class FormSubmissionGuard implements HandlerInterceptor {

    static final String PARAMETER = "formToken";

    /** On the page a repeat is sent to: the token whose first answer's message the page shows. */
    static final String REPEATED = "repeated";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final List<String> NOT_PART_OF_THE_VALUES = List.of(PARAMETER, "_csrf");
    private static final String CLAIMED = FormSubmissionGuard.class.getName() + ".claimed";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    private static final Duration POLL = Duration.ofMillis(50);

    /** What the kept flash attributes may hold: the message record and the JDK's value types. */
    private static final ObjectInputFilter FLASH_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=10;java.lang.*;java.util.*;java.time.*;java.math.*;vn.dangvu.shared.web.FlashMessages$FlashMessage;!*");

    private final FormSubmissions submissions;
    private final Duration patience;

    /** {@code patience}: how long a repeat waits for the first request before saying it is still at work. */
    FormSubmissionGuard(FormSubmissions submissions, Duration patience) {
        this.submissions = submissions;
        this.patience = patience;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, InterruptedException {
        if ("GET".equals(request.getMethod()) && request.getParameter(REPEATED) != null) {
            showRepeatedMessage(request);
            return true;
        }
        String token = "POST".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        Principal user = request.getUserPrincipal();
        if (token == null || user == null || !TOKEN.matcher(token).matches()) {
            return true;
        }
        FormSubmissions.Key key = new FormSubmissions.Key(user.getName(), token, fingerprint(request));
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FormSubmissions.Claim claim = submissions.claim(key, patience.multipliedBy(10));
            if (claim instanceof FormSubmissions.Claim.Won) {
                request.setAttribute(CLAIMED, key);
                return true;
            }
            if (claim instanceof FormSubmissions.Claim.Done done) {
                replay(done.outcome(), request, response);
                return false;
            }
            if (System.nanoTime() > deadline) {
                throw new StillSavingException();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure)
            throws IOException {
        FormSubmissions.Key key = (FormSubmissions.Key) request.getAttribute(CLAIMED);
        if (key == null) {
            return;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        int status = response.getStatus();
        if (failure == null && location != null && status >= 300 && status < 400) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            submissions.finish(key, location, serialized(new HashMap<>(flash)));
        } else {
            submissions.release(key);
        }
    }

    /** Answers as the first request did: same redirect, and its message unless it is still waiting to be shown. */
    private void replay(FormSubmissions.Outcome outcome, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Map<String, Object> flash = deserialized(outcome.flash());
        if (flash.isEmpty()) {
            response.sendRedirect(outcome.redirectTo());
            return;
        }
        if (!messageWaitingFor(outcome.redirectTo(), request)) {
            RequestContextUtils.getOutputFlashMap(request).putAll(flash);
            RequestContextUtils.saveOutputFlashMap(outcome.redirectTo(), request, response);
        }
        // The session this request read may be older than the page the browser opened after the first
        // answer (which took the message with it): the page is told which submission to ask for it.
        response.sendRedirect(UriComponentsBuilder.fromUriString(outcome.redirectTo())
                .queryParam(REPEATED, request.getParameter(PARAMETER))
                .build()
                .toUriString());
    }

    /**
     * The page a repeat was sent to shows the first answer's message when the session had none left for it
     * (the page the browser dropped took it): read from the submission, for its owner only.
     */
    private void showRepeatedMessage(HttpServletRequest request) throws IOException {
        String token = request.getParameter(REPEATED);
        Principal user = request.getUserPrincipal();
        Map<String, ?> input = RequestContextUtils.getInputFlashMap(request);
        if (user == null || !TOKEN.matcher(token).matches() || (input != null && !input.isEmpty())) {
            return;
        }
        Map<String, Object> flash = deserialized(submissions.flashOf(user.getName(), token));
        if (!flash.isEmpty()) {
            FlashMap shown = new FlashMap();
            shown.putAll(flash);
            request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, shown);
        }
    }

    /**
     * Whether the session already holds a message for the page the first request sent the browser to (a
     * double tap: the browser dropped the first answer unread), which a second copy would show twice.
     */
    private static boolean messageWaitingFor(String redirectTo, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object maps = session == null ? null : session.getAttribute(FLASH_MAPS);
        if (!(maps instanceof List<?> waiting)) {
            return false;
        }
        String path = UriComponentsBuilder.fromUriString(redirectTo).build().getPath();
        String target = path == null ? null : UriUtils.decode(path, StandardCharsets.UTF_8);
        return waiting.stream()
                .anyMatch(m -> m instanceof FlashMap map
                        && !map.isExpired()
                        && target != null
                        && target.equals(map.getTargetRequestPath()));
    }

    /** The path and the values sent (files by name and size), not the tokens. */
    private static String fingerprint(HttpServletRequest request) {
        StringBuilder text = new StringBuilder(request.getRequestURI()).append('\n');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!NOT_PART_OF_THE_VALUES.contains(name)) {
                text.append(name)
                        .append('=')
                        .append(String.join("\u0000", values))
                        .append('\n');
            }
        });
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
            new TreeMap<>(files)
                    .forEach((name, parts) -> parts.forEach(file -> text.append(name)
                            .append(":")
                            .append(file.getOriginalFilename())
                            .append(':')
                            .append(file.getSize())
                            .append('\n')));
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialized(HashMap<String, Object> flash) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(flash);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialized(byte[] flash) throws IOException {
        if (flash == null) {
            return Map.of();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(flash))) {
            in.setObjectInputFilter(FLASH_CLASSES);
            return (Map<String, Object>) in.readObject();
        } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
            // a message this version cannot read again: the redirect alone still tells where the record is
            return Map.of();
        }
    }

    /** The first request with the same form is taking longer than a repeat waits. */
    static class StillSavingException extends RuntimeException {
        StillSavingException() {
            super("the first submission of this form is still at work");
        }
    }
}
