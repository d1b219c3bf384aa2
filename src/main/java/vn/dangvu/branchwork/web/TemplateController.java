package vn.dangvu.branchwork.web;

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
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.branchwork.TemplateForm;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** The district's suggested duties per member group, kept by district staff. */
@Controller
@RequiredArgsConstructor
class TemplateController {

    private final DutyService duties;
    private final CurrentActor currentActor;

    @GetMapping("/duty-templates")
    String list(Model model) {
        model.addAttribute("templates", duties.allTemplates());
        model.addAttribute("may", duties.mayOnTemplates(currentActor.get()));
        return "branchwork/templates";
    }

    @GetMapping("/duty-templates/new")
    String newTemplate(Model model) {
        model.addAttribute("templateForm", TemplateForm.empty());
        return form(null, model);
    }

    @GetMapping("/duty-templates/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("templateForm", duties.templateForm(currentActor.get(), id));
        return form(id, model);
    }

    @PostMapping({"/duty-templates", "/duty-templates/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute TemplateForm templateForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    duties.saveTemplate(currentActor.get(), id, templateForm);
                    FlashMessages.success(redirect, "template.saved");
                    return "redirect:/duty-templates";
                },
                () -> form(id, model));
    }

    private String form(Long id, Model model) {
        model.addAttribute("templateId", id);
        model.addAttribute("groups", duties.templateGroups(currentActor.get()));
        return "branchwork/template-form";
    }
}
