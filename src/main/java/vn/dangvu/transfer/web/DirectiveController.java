package vn.dangvu.transfer.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;

@Controller
@RequestMapping("/directives")
@RequiredArgsConstructor
class DirectiveController {

    private final DirectiveService directives;
    private final CampaignService campaigns;
    private final CurrentActor currentActor;

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", directives.list(PageView.safePage(page)));
        model.addAttribute("may", directives.may(currentActor.get()));
        return "transfer/directives";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var directivePage = campaigns.directivePage(currentActor.get(), id);
        model.addAttribute("directive", directivePage.directive());
        model.addAttribute("campaigns", directivePage.campaigns());
        model.addAttribute("may", directivePage.may());
        return "transfer/directive";
    }

    @GetMapping("/new")
    String newDirective(Model model) {
        model.addAttribute("directiveForm", directives.newForm(currentActor.get()));
        return "transfer/directive-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute DirectiveForm directiveForm, BindingResult result, RedirectAttributes redirect) {
        directives.newForm(currentActor.get()); // 403 before the form's errors, as for the form itself
        return FormErrors.submit(
                result,
                () -> {
                    long id = directives.register(currentActor.get(), directiveForm);
                    FlashMessages.success(redirect, "directive.created", directiveForm.number());
                    return "redirect:/directives/" + id;
                },
                () -> "transfer/directive-form");
    }
}
