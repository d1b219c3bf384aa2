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
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.transfer.IncomingForm;
import vn.dangvu.transfer.StepForm;
import vn.dangvu.transfer.TransferFilter;
import vn.dangvu.transfer.TransferForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferService;
import vn.dangvu.transfer.TransferState;

/** Single transfers: the list, the form from a member's page, incoming members, the steps, the letter. */
@Controller
@RequestMapping("/transfers")
@RequiredArgsConstructor
class TransferController {

    private final TransferService transfers;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;
    private final Commands commands;
    private final vn.dangvu.shared.web.VietnameseViews vietnamese;

    @GetMapping
    String list(
            @ModelAttribute("filter") TransferFilter filter,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("page", transfers.list(currentActor.get(), filter, PageView.safePage(page)));
        model.addAttribute("may", transfers.mayOnList(currentActor.get()));
        model.addAttribute("states", TransferState.values());
        model.addAttribute("kinds", TransferKind.values());
        return "transfer/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("transfer", transfers.get(currentActor.get(), id));
        return "transfer/show";
    }

    @GetMapping("/{id}/letter")
    org.springframework.web.servlet.ModelAndView letter(@PathVariable long id) {
        return new org.springframework.web.servlet.ModelAndView(
                vietnamese.view("transfer/letters"),
                "letters",
                java.util.List.of(transfers.letter(currentActor.get(), id)));
    }

    @GetMapping("/new")
    String newTransfer(@RequestParam long member, Model model) {
        model.addAttribute("transferForm", TransferForm.forMember(member));
        return form(member, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute TransferForm transferForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> transfers.problems(currentActor.get(), transferForm),
                () -> {
                    long id = transfers.create(currentActor.get(), transferForm);
                    FlashMessages.success(redirect, "transfer.created");
                    return "redirect:/transfers/" + id;
                },
                () -> form(transferForm.memberId() == null ? -1 : transferForm.memberId(), model));
    }

    @GetMapping("/incoming/new")
    String newIncoming(Model model) {
        model.addAttribute("incomingForm", IncomingForm.empty());
        return incomingForm(model);
    }

    @PostMapping("/incoming")
    String createIncoming(
            @Valid @ModelAttribute IncomingForm incomingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> transfers.problemsOfIncoming(currentActor.get(), incomingForm),
                () -> {
                    long id = transfers.createIncoming(currentActor.get(), incomingForm);
                    FlashMessages.success(redirect, "transfer.created");
                    return "redirect:/transfers/" + id;
                },
                () -> incomingForm(model));
    }

    @PostMapping("/{id}/{step}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @ModelAttribute StepForm stepForm,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // a date that is not a date (or a text too long) on a step's small form: said, not a 400 page
            FlashMessages.error(redirect, "transfer.stepInputInvalid");
            redirect.addFlashAttribute("typed", stepForm);
            return "redirect:/transfers/" + id;
        }
        Actor actor = currentActor.get();
        Runnable command = switch (step) {
            case "propose" -> () -> transfers.propose(actor, id, stepForm);
            case "approve" -> () -> transfers.approve(actor, id, stepForm);
            case "complete" -> () -> transfers.complete(actor, id, stepForm);
            case "reject" -> () -> transfers.reject(actor, id, stepForm);
            case "cancel" -> () -> transfers.cancel(actor, id, stepForm);
            case "extend" -> () -> transfers.extend(actor, id, stepForm);
            case "return" -> () -> transfers.returned(actor, id, stepForm);
            case "presented" -> () -> transfers.presented(actor, id, stepForm);
            default -> throw new vn.dangvu.shared.NotFoundException();
        };
        commands.run(redirect, command, "transfer.step." + step);
        if (redirect.getFlashAttributes().containsKey("flashError")) {
            // what was typed comes back in the step's form (a reason, the host's comments)
            redirect.addFlashAttribute("typed", stepForm);
        }
        return "redirect:/transfers/" + id;
    }

    private String form(long memberId, Model model) {
        Actor actor = currentActor.get();
        TransferService.TransferFormPage page = transfers.formPage(actor, memberId);
        model.addAttribute("member", page.member());
        model.addAttribute("ratedLastYear", page.ratedLastYear());
        model.addAttribute("may", page.may());
        model.addAttribute("branches", organisation.branchesInScope(actor));
        model.addAttribute("purposes", vn.dangvu.transfer.TemporaryPurpose.values());
        model.addAttribute("grassroots", page.grassroots());
        return "transfer/form";
    }

    private String incomingForm(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("branches", transfers.incomingBranches(actor));
        model.addAttribute("residences", organisation.residenceChoices(actor));
        model.addAttribute("groups", MemberGroup.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("kinds", IncomingForm.KINDS);
        model.addAttribute("purposes", vn.dangvu.transfer.TemporaryPurpose.values());
        return "transfer/incoming";
    }
}
