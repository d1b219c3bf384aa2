package vn.dangvu.guide.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dangvu.guide.GuideSections;
import vn.dangvu.shared.NotFoundException;

/**
 * The guide: its first page and one page per section, public (it holds text and pictures of the demo, no
 * data), in the reader's language. The text lives in one template per section and language
 * ({@code guide/vi/…}, {@code guide/en/…}).
 */
@Controller
class GuideController {

    static final String FIRST_PAGE = "index";

    @GetMapping("/guide")
    String index(Model model, Locale locale) {
        return page(FIRST_PAGE, model, locale);
    }

    @GetMapping("/guide/{section}")
    String section(@PathVariable String section, Model model, Locale locale) {
        if (!GuideSections.exists(section)) {
            throw new NotFoundException();
        }
        return page(section, model, locale);
    }

    private static String page(String section, Model model, Locale locale) {
        model.addAttribute("section", section);
        model.addAttribute("text", "guide/" + language(locale) + "/" + section);
        model.addAttribute("roles", GuideSections.ROLES);
        model.addAttribute("tasks", GuideSections.TASKS);
        return "guide/page";
    }

    /** Vietnamese unless the reader chose English. */
    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "vi";
    }
}
