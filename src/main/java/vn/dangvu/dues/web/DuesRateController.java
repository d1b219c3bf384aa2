package vn.dangvu.dues.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.dues.DuesService;
import vn.dangvu.dues.RateForm;
import vn.dangvu.dues.RateKind;
import vn.dangvu.dues.ShareForm;
import vn.dangvu.dues.ShareLevel;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FormErrors;

/** Rates and the shares kept at each level, through time; district (province) staff add a dated one. */
@Controller
@RequiredArgsConstructor
class DuesRateController {

    private final DuesService dues;
    private final CurrentActor currentActor;

    @GetMapping("/dues/rates")
    String rates(Model model) {
        model.addAttribute("rateForm", RateForm.empty());
        model.addAttribute("shareForm", ShareForm.empty());
        return page(model);
    }

    @PostMapping("/dues/rates")
    String addRate(
            @Valid @ModelAttribute RateForm rateForm, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> dues.addRate(currentActor.get(), rateForm),
                redirect,
                "dues.rate.added",
                "/dues/rates",
                () -> {
                    model.addAttribute("shareForm", ShareForm.empty());
                    return page(model);
                });
    }

    @PostMapping("/dues/shares")
    String addShare(
            @Valid @ModelAttribute ShareForm shareForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> dues.addShare(currentActor.get(), shareForm),
                redirect,
                "dues.share.added",
                "/dues/rates",
                () -> {
                    model.addAttribute("rateForm", RateForm.empty());
                    return page(model);
                });
    }

    private String page(Model model) {
        model.addAttribute("page", dues.rates(currentActor.get()));
        model.addAttribute("kinds", RateKind.values());
        model.addAttribute("levels", ShareLevel.values());
        return "dues/rates";
    }
}
