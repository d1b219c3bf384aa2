package vn.dangvu.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.account.OwnPasswordForm;
import vn.dangvu.account.OwnPasswordService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Every signed-in user changes their own password here. */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class OwnPasswordController {

    private final OwnPasswordService passwords;
    private final CurrentActor currentActor;

    @GetMapping
    String form(@ModelAttribute OwnPasswordForm ownPasswordForm) {
        return "account/password";
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute OwnPasswordForm ownPasswordForm,
            BindingResult result,
            HttpSession session,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    passwords.change(currentActor.get(), ownPasswordForm, session.getId());
                    FlashMessages.success(redirect, "account.passwordChanged");
                    return "redirect:/account/password";
                },
                () -> "account/password");
    }
}
