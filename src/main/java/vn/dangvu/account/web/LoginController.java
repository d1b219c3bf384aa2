package vn.dangvu.account.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.shared.DataLoading;
import vn.dangvu.shared.db.DeploymentMode;

@Controller
@RequiredArgsConstructor
class LoginController {

    private static final int LONGEST_WAIT_MINUTES = 24 * 60;

    private final DeploymentMode mode;
    private final DataLoading loading;

    /** {@code wait} is the minutes a held-back sign-in must wait; anything but a small number is ignored. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String wait, Model model) {
        model.addAttribute("demo", mode.demo());
        model.addAttribute("waitMinutes", minutes(wait));
        model.addAttribute("loading", loading.inProgress());
        return "account/login";
    }

    private static Integer minutes(String wait) {
        if (wait == null || !wait.matches("[0-9]{1,4}")) {
            return null;
        }
        int minutes = Integer.parseInt(wait);
        return minutes >= 1 && minutes <= LONGEST_WAIT_MINUTES ? minutes : null;
    }
}
