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

    public record FlashMessage(String key, Object[] arguments) implements java.io.Serializable {}
}
