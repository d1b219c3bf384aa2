package vn.dangvu.branchwork.web;

import org.springframework.ui.Model;
import vn.dangvu.shared.web.RemovalForm;

/**
 * The page that asks why a meeting, a guest entry or a duty is removed: it shows the record under
 * {@code name}, its form posts to {@code action}, and Cancel goes back to {@code cancel}.
 */
record RemovalPage(String name, Object record, String action, String cancel) {

    /** The page as first shown, its form filled with the version of the record the user sees. */
    String confirm(Model model, long version) {
        model.addAttribute("removalForm", RemovalForm.of(version));
        return show(model);
    }

    /** The page, again with the form's errors when it comes back. */
    String show(Model model) {
        model.addAttribute(name, record);
        model.addAttribute("action", action);
        model.addAttribute("cancel", cancel);
        return "branchwork/remove";
    }
}
