package vn.dangvu.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangvu.shared.db.DeploymentMode;

@Controller
class LoginController {

    private final DeploymentMode mode;

    LoginController(DeploymentMode mode) {
        this.mode = mode;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", mode.demo());
        return "account/login";
    }
}
