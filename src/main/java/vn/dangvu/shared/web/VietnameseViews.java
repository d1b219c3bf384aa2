package vn.dangvu.shared.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A template drawn in Vietnamese whatever the reader's language: an official document (a transfer letter)
 * is printed in the words of the rules. The view is resolved for Vietnamese, so its messages and dates are.
 */
@Component
@RequiredArgsConstructor
public class VietnameseViews {

    private final ThymeleafViewResolver resolver;

    public View view(String name) {
        try {
            return resolver.resolveViewName(name, WebConfiguration.VIETNAMESE);
        } catch (Exception e) {
            throw new IllegalStateException("template " + name, e);
        }
    }
}
