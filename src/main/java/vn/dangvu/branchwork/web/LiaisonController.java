package vn.dangvu.branchwork.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.LiaisonService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;

/** Liaison assignments (district staff) and a liaison's own branches. */
@Controller
@RequiredArgsConstructor
class LiaisonController {

    private final LiaisonService liaisons;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping("/liaisons")
    String assignments(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("assignments", liaisons.assignments(actor));
        model.addAttribute("leaders", liaisons.leaders(actor));
        model.addAttribute("committeeMembers", liaisons.committeeMembers(actor));
        model.addAttribute("branches", liaisons.assignableBranches(actor));
        return "branchwork/liaisons";
    }

    @PostMapping("/liaisons")
    String assign(
            @RequestParam long userId,
            @RequestParam long branchId,
            @RequestParam(required = false) Long memberId,
            RedirectAttributes redirect) {
        commands.run(
                redirect, () -> liaisons.assign(currentActor.get(), userId, branchId, memberId), "liaison.assigned");
        return "redirect:/liaisons";
    }

    @PostMapping("/liaisons/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        commands.run(redirect, () -> liaisons.remove(currentActor.get(), id), "liaison.removed");
        return "redirect:/liaisons";
    }

    @GetMapping("/liaison")
    String mine(Model model) {
        model.addAttribute("branches", liaisons.myBranches(currentActor.get()));
        return "branchwork/my-branches";
    }
}
