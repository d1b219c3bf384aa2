package vn.dangvu.member.web;

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
import vn.dangvu.member.ExemptionForm;
import vn.dangvu.member.ExemptionKind;
import vn.dangvu.member.ExemptionReturnForm;
import vn.dangvu.member.FileNumbersForm;
import vn.dangvu.member.MemberLifeService;
import vn.dangvu.member.PartyCardForm;
import vn.dangvu.member.PartyCardKind;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/**
 * Exemptions from Party work and meetings (a new one, the return from one), new Party cards and the numbers
 * of the member's paper file.
 */
@Controller
@RequiredArgsConstructor
class ExemptionController {

    private final MemberLifeService life;
    private final CurrentActor currentActor;

    @GetMapping("/members/{id}/exemptions/new")
    String newExemption(@PathVariable long id, Model model) {
        life.exemptionPage(currentActor.get(), id);
        model.addAttribute("exemptionForm", ExemptionForm.empty(life.grassrootsBody(id)));
        return exemptionPage(id, model);
    }

    @PostMapping("/members/{id}/exemptions")
    String exempt(
            @PathVariable long id,
            @Valid @ModelAttribute ExemptionForm exemptionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> life.problemsOfExemption(currentActor.get(), id, exemptionForm),
                () -> {
                    life.exempt(currentActor.get(), id, exemptionForm);
                    FlashMessages.success(redirect, "exemption.recorded");
                    return backTo(id, "life");
                },
                () -> exemptionPage(id, model));
    }

    @GetMapping("/exemptions/{id}/return")
    String returning(@PathVariable long id, Model model) {
        var exemption = life.exemption(currentActor.get(), id);
        model.addAttribute("exemptionReturnForm", new ExemptionReturnForm(null, exemption.version()));
        return returnPage(id, model);
    }

    @PostMapping("/exemptions/{id}/return")
    String returnFrom(
            @PathVariable long id,
            @Valid @ModelAttribute ExemptionReturnForm exemptionReturnForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        life.exemption(currentActor.get(), id);
        return FormErrors.submit(
                result,
                () -> {
                    long member = life.returnFrom(currentActor.get(), id, exemptionReturnForm);
                    FlashMessages.success(redirect, "exemption.returned");
                    return backTo(member, "life");
                },
                () -> returnPage(id, model));
    }

    @GetMapping("/members/{id}/cards/new")
    String newCard(@PathVariable long id, Model model) {
        var member = life.cardPage(currentActor.get(), id);
        model.addAttribute("partyCardForm", PartyCardForm.empty(member.version()));
        return cardPage(id, model);
    }

    @PostMapping("/members/{id}/cards")
    String issueCard(
            @PathVariable long id,
            @Valid @ModelAttribute PartyCardForm partyCardForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> life.problemsOfCard(currentActor.get(), id, partyCardForm),
                () -> {
                    life.issueCard(currentActor.get(), id, partyCardForm);
                    FlashMessages.success(
                            redirect, "card.issued", partyCardForm.number().trim());
                    return backTo(id, "cards");
                },
                () -> cardPage(id, model));
    }

    @GetMapping("/members/{id}/file-numbers")
    String fileNumbers(@PathVariable long id, Model model) {
        model.addAttribute("fileNumbersForm", life.fileNumbersForm(currentActor.get(), id));
        return fileNumbersPage(id, model);
    }

    @PostMapping("/members/{id}/file-numbers")
    String numberFile(
            @PathVariable long id,
            @Valid @ModelAttribute FileNumbersForm fileNumbersForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> life.numberFile(currentActor.get(), id, fileNumbersForm),
                redirect,
                "fileNumbers.saved",
                "/members/" + id + "#cards",
                () -> fileNumbersPage(id, model));
    }

    private String fileNumbersPage(long id, Model model) {
        model.addAttribute("member", life.cardPage(currentActor.get(), id));
        return "member/file-numbers";
    }

    private String exemptionPage(long id, Model model) {
        model.addAttribute("member", life.exemptionPage(currentActor.get(), id));
        model.addAttribute("kinds", ExemptionKind.values());
        return "member/exemption";
    }

    private String returnPage(long exemptionId, Model model) {
        model.addAttribute("exemption", life.exemption(currentActor.get(), exemptionId));
        model.addAttribute("member", life.exemptionHolder(currentActor.get(), exemptionId));
        return "member/exemption-return";
    }

    private String cardPage(long id, Model model) {
        model.addAttribute("member", life.cardPage(currentActor.get(), id));
        model.addAttribute("kinds", PartyCardKind.values());
        return "member/card";
    }

    private static String backTo(long memberId, String anchor) {
        return "redirect:/members/" + memberId + "#" + anchor;
    }
}
