package vn.dangvu.report.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangvu.report.DashboardService;
import vn.dangvu.shared.CurrentActor;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final DashboardService dashboard;
    private final CurrentActor currentActor;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("dashboard", dashboard.forActor(currentActor.get()));
        return "home/dashboard";
    }
}
