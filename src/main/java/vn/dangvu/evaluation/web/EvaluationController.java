package vn.dangvu.evaluation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.evaluation.EvaluationForm;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;

/** A branch's evaluations for a year: members stage by stage, and the branch's rating. */
@Controller
class EvaluationController {

    private final EvaluationService evaluations;
    private final CurrentActor currentActor;
    private final Commands commands;

    EvaluationController(EvaluationService evaluations, CurrentActor currentActor, Commands commands) {
        this.evaluations = evaluations;
        this.currentActor = currentActor;
        this.commands = commands;
    }

    @GetMapping("/branches/{id}/evaluations")
    String page(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("page", evaluations.page(currentActor.get(), id, y));
        model.addAttribute("ratings", Rating.values());
        return "evaluation/branch";
    }

    @PostMapping("/branches/{id}/evaluations")
    String save(
            @PathVariable long id,
            @RequestParam int year,
            @Valid @ModelAttribute EvaluationForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            FlashMessages.error(redirect, "evaluation.formInvalid");
        } else {
            commands.run(redirect, () -> evaluations.save(currentActor.get(), id, year, form), "evaluation.saved");
        }
        return "redirect:/branches/" + id + "/evaluations?year=" + year;
    }
}
