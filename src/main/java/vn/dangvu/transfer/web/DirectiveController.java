package vn.dangvu.transfer.web;

import jakarta.validation.Valid;
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
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;

@Controller
@RequestMapping("/directives")
class DirectiveController {

    private final DirectiveService directives;
    private final CampaignService campaigns;
    private final CurrentActor currentActor;

    DirectiveController(DirectiveService directives, CampaignService campaigns, CurrentActor currentActor) {
        this.directives = directives;
        this.campaigns = campaigns;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", directives.list(PageView.safePage(page)));
        return "transfer/directives";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("directive", directives.get(id));
        var actor = currentActor.get();
        boolean district = actor.is(Role.DISTRICT_STAFF) || actor.is(Role.DISTRICT_LEADER);
        model.addAttribute("campaigns", district ? campaigns.ofDirective(actor, id) : java.util.List.of());
        return "transfer/directive";
    }

    @GetMapping("/new")
    String newDirective(Model model) {
        requireStaff();
        model.addAttribute("directiveForm", DirectiveForm.empty());
        return "transfer/directive-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute DirectiveForm directiveForm, BindingResult result, RedirectAttributes redirect) {
        requireStaff();
        return FormErrors.submit(
                result,
                () -> {
                    long id = directives.register(currentActor.get(), directiveForm);
                    FlashMessages.success(redirect, "directive.created", directiveForm.number());
                    return "redirect:/directives/" + id;
                },
                () -> "transfer/directive-form");
    }

    private void requireStaff() {
        if (!currentActor.get().is(Role.DISTRICT_STAFF)) {
            throw new ForbiddenException();
        }
    }
}
