package vn.dangvu.me.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.me.AnswerForm;
import vn.dangvu.me.MeService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;

/** The branch secretary's list of the corrections their members asked for, each answered in place. */
@Controller
@RequiredArgsConstructor
class CorrectionController {

    private final MeService me;
    private final CurrentActor currentActor;

    @GetMapping("/corrections")
    String list(Model model) {
        model.addAttribute("page", me.openCorrections(currentActor.get()));
        return "me/corrections";
    }

    @PostMapping("/corrections/{id}/answer")
    String answer(
            @PathVariable long id,
            @Valid @ModelAttribute AnswerForm answerForm,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            me.requireAnswerable(currentActor.get(), id);
            FlashMessages.error(redirect, "corrections.answerMissing");
            return "redirect:/corrections";
        }
        me.answer(currentActor.get(), id, answerForm);
        FlashMessages.success(redirect, "corrections.answered");
        return "redirect:/corrections";
    }
}
