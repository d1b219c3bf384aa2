package vn.dangvu.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once after a redirect (POST-redirect-GET); the layout reads it. */
public final class FlashMessages {

    private FlashMessages() {}

    public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute("flashSuccess", new FlashMessage(messageKey, arguments));
    }

    public static void error(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute("flashError", new FlashMessage(messageKey, arguments));
    }

    /**
     * Shows the message in the page's element with this id (where the user was, e.g. a member's row)
     * instead of at the top of the page; the page renders it there.
     */
    public static void anchor(RedirectAttributes attributes, String elementId) {
        attributes.addFlashAttribute("flashAnchor", elementId);
    }

    public record FlashMessage(String key, Object[] arguments) implements java.io.Serializable {}
}
