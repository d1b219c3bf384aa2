package vn.dangvu.report.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangvu.report.DashboardService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.transfer.TransferService;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final DashboardService dashboard;
    private final CurrentActor currentActor;
    private final TransferService transfers;

    @GetMapping("/")
    String home(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("dashboard", dashboard.forActor(actor));
        model.addAttribute("overdueTransfers", transfers.overdue(actor));
        return "home/dashboard";
    }
}
