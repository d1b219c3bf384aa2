package vn.dangvu.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the reader chose larger text (a cookie set from the member's home page, for readers over 60):
 * the layout then adds a class on {@code <html>} that raises the base font size.
 */
@ControllerAdvice
class LargeTextAdvice {

    @ModelAttribute("largeText")
    boolean largeText(@CookieValue(name = "large-text", required = false) String value) {
        return "1".equals(value);
    }
}
