package vn.dangvu.me.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.RatingPeriod;
import vn.dangvu.evaluation.SelfAssessmentForm;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FormErrors;

/**
 * The member's own rating sheet: the self-assessment step of the periods under review, written through the
 * evaluation module's own step, and past years' final grades.
 */
@Controller
@RequiredArgsConstructor
class MeRatingController {

    private final EvaluationService evaluations;
    private final CurrentActor currentActor;

    @GetMapping("/me/rating")
    String sheet(Model model) {
        model.addAttribute("selfAssessmentForm", new SelfAssessmentForm());
        return page(model);
    }

    /** A refused self-assessment comes back on its own sheet with what was typed. */
    @PostMapping("/me/rating")
    String assess(
            @RequestParam int year,
            @RequestParam RatingPeriod period,
            @Valid @ModelAttribute SelfAssessmentForm selfAssessmentForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedYear", year);
        model.addAttribute("typedPeriod", period);
        return FormErrors.submit(
                result,
                () -> evaluations.assessOwn(currentActor.get(), year, period, selfAssessmentForm, LocalDate.now()),
                redirect,
                "me.rating.saved",
                "/me/rating",
                () -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("rating", evaluations.own(currentActor.get(), LocalDate.now()));
        model.addAttribute("ratings", Rating.values());
        return "me/rating";
    }
}
