package vn.dangvu.account.web;

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
import vn.dangvu.account.AccountForm;
import vn.dangvu.account.AccountService;
import vn.dangvu.account.PasswordForm;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Account administration for district staff: create, edit role and scope, reset password, disable. */
@Controller
@RequestMapping("/accounts")
@RequiredArgsConstructor
class AccountController {

    private final AccountService accounts;
    private final CurrentActor currentActor;

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", accounts.list(currentActor.get(), PageView.safePage(page)));
        return "account/list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return form(null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute AccountForm accountForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long id = accounts.create(currentActor.get(), accountForm);
                    FlashMessages.success(redirect, "account.created", accountForm.username());
                    return "redirect:/accounts/" + id;
                },
                () -> form(null, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("accountForm", accounts.editForm(currentActor.get(), id));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute AccountForm accountForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    accounts.update(currentActor.get(), id, accountForm);
                    FlashMessages.success(redirect, "account.updated", accountForm.username());
                    return "redirect:/accounts/" + id;
                },
                () -> form(id, model));
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @Valid @ModelAttribute PasswordForm passwordForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    accounts.resetPassword(currentActor.get(), id, passwordForm);
                    FlashMessages.success(
                            redirect,
                            "account.passwordReset",
                            accounts.get(currentActor.get(), id).username());
                    return "redirect:/accounts/" + id;
                },
                () -> {
                    model.addAttribute("accountForm", accounts.editForm(currentActor.get(), id));
                    return form(id, model);
                });
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        try {
            accounts.setEnabled(actor, id, enabled);
            FlashMessages.success(
                    redirect, "account.enabledChanged", accounts.get(actor, id).username());
        } catch (BusinessRuleException e) {
            FlashMessages.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/accounts/" + id;
    }

    private String form(Long id, Model model) {
        AccountService.FormPage page = accounts.formPage(currentActor.get(), id);
        model.addAttribute("account", page.account());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", ""));
        }
        model.addAttribute("accountId", id);
        model.addAttribute("roles", page.roles());
        model.addAttribute("scopes", page.scopes());
        model.addAttribute("links", page.links());
        return "account/form";
    }
}
