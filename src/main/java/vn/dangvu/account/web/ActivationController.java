package vn.dangvu.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.dangvu.account.ActivationForm;
import vn.dangvu.account.MemberAccountService;
import vn.dangvu.shared.web.FormErrors;

/** A member's first sign-in: the code from their slip, and the password they choose. */
@Controller
@RequiredArgsConstructor
class ActivationController {

    private final MemberAccountService memberAccounts;

    @GetMapping("/activate")
    String form(Model model) {
        model.addAttribute("activationForm", ActivationForm.empty());
        return "account/activate";
    }

    @PostMapping("/activate")
    String activate(
            @Valid @ModelAttribute ActivationForm activationForm, BindingResult result, HttpServletRequest request) {
        return FormErrors.submit(
                result,
                () -> {
                    memberAccounts.activate(activationForm, request.getRemoteAddr());
                    return "redirect:/login?activated";
                },
                () -> "account/activate");
    }
}
