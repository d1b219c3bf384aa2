package vn.dangvu.account.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.account.MemberAccountService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;

/**
 * The branch secretary's members' accounts: who has one, codes for those who have none, a new code for
 * one member. The codes are shown once, on the slips page right after they are made.
 */
@Controller
@RequiredArgsConstructor
class MemberAccountController {

    private final MemberAccountService memberAccounts;
    private final CurrentActor currentActor;

    @GetMapping("/member-accounts")
    String list(Model model) {
        model.addAttribute("page", memberAccounts.branchAccounts(currentActor.get()));
        return "account/member-accounts";
    }

    @PostMapping("/member-accounts/issue")
    String issueAll(RedirectAttributes redirect) {
        List<MemberAccountService.Slip> slips = memberAccounts.issueAll(currentActor.get());
        if (slips.isEmpty()) {
            FlashMessages.error(redirect, "memberAccounts.noneToIssue");
            return "redirect:/member-accounts";
        }
        redirect.addFlashAttribute("slips", slips);
        return "redirect:/member-accounts/slips";
    }

    @PostMapping("/member-accounts/{id}/reissue")
    String reissue(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("slips", List.of(memberAccounts.reissue(currentActor.get(), id)));
        return "redirect:/member-accounts/slips";
    }

    /** The slips of the codes just made; opened again later, it says the codes are no longer shown. */
    @GetMapping("/member-accounts/slips")
    String slips(Model model) {
        model.addAttribute(
                "branch", memberAccounts.branchAccounts(currentActor.get()).branch());
        if (!model.containsAttribute("slips")) {
            model.addAttribute("slips", List.of());
        }
        return "account/slips";
    }
}
