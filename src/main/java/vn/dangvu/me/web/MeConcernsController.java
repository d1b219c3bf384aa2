package vn.dangvu.me.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.me.MeRecordsService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;

/** The residents' concerns a member raised, as they read them on their own pages (nothing to change there). */
@Controller
@RequiredArgsConstructor
class MeConcernsController {

    private final MeRecordsService me;
    private final CurrentActor currentActor;

    @GetMapping("/me/concerns")
    String concerns(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", me.concerns(currentActor.get(), PageView.safePage(page)));
        return "me/concerns";
    }
}
