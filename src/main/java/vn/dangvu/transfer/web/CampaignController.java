package vn.dangvu.transfer.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
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
import vn.dangvu.member.MemberGroup;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CohortKind;

/** Campaigns: the list, a new one under a directive, its page (progress, cohort), batch steps, letters. */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignController {

    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;
    private final vn.dangvu.shared.web.VietnameseViews vietnamese;
    private final Commands commands;

    @GetMapping
    String list(@RequestParam(required = false) String asOf, Model model) {
        Periods.AsOf input = Periods.asOf(asOf);
        LocalDate date = input.date();
        var listPage = campaigns.listPage(currentActor.get(), date);
        model.addAttribute("asOfInput", input);
        model.addAttribute("asOf", date);
        model.addAttribute("campaigns", listPage.campaigns());
        model.addAttribute("totalMoved", listPage.totalMoved());
        model.addAttribute("later", listPage.later());
        return "transfer/campaigns";
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = currentActor.get();
        Periods.AsOf input = Periods.asOf(asOf);
        LocalDate date = input.date();
        model.addAttribute("asOfInput", input);
        var view = campaigns.page(actor, id, date, flagged, PageView.safePage(page));
        model.addAttribute("campaign", view.campaign());
        model.addAttribute("asOf", date);
        model.addAttribute("flagged", flagged);
        model.addAttribute("progress", view.progress());
        model.addAttribute("counts", view.counts());
        model.addAttribute("cohort", view.cohort());
        model.addAttribute("agencies", view.agencies());
        model.addAttribute("may", view.may());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("runningSteps", campaigns.runningSteps(actor, id));
        return "transfer/campaign";
    }

    @GetMapping("/new")
    String newCampaign(@RequestParam long directive, Model model) {
        model.addAttribute("campaignForm", CampaignForm.under(directive));
        return form(directive, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute CampaignForm campaignForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long id = campaigns.create(currentActor.get(), campaignForm);
                    FlashMessages.success(redirect, "campaign.created", campaignForm.name());
                    return "redirect:/campaigns/" + id;
                },
                () -> form(campaignForm.directiveId() == null ? -1 : campaignForm.directiveId(), model));
    }

    @PostMapping("/{id}/propose-all")
    String proposeAll(@PathVariable long id, RedirectAttributes redirect) {
        return commands.startJob(redirect, () -> campaigns.startProposeAll(currentActor.get(), id), "/campaigns/" + id);
    }

    @PostMapping("/{id}/approve-all")
    String approveAll(@PathVariable long id, RedirectAttributes redirect) {
        return commands.startJob(redirect, () -> campaigns.startApproveAll(currentActor.get(), id), "/campaigns/" + id);
    }

    @PostMapping("/{id}/complete-all")
    String completeAll(
            @PathVariable long id, @RequestParam(required = false) LocalDate effectiveOn, RedirectAttributes redirect) {
        return commands.startJob(
                redirect, () -> campaigns.startCompleteAll(currentActor.get(), id, effectiveOn), "/campaigns/" + id);
    }

    @GetMapping("/{id}/cohort/{entry}")
    String entry(@PathVariable long id, @PathVariable long entry, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("campaign", campaigns.get(actor, id));
        model.addAttribute("entry", campaigns.cohortEntry(actor, id, entry));
        model.addAttribute("residences", organisation.residenceChoices(actor));
        return "transfer/campaign-entry";
    }

    @PostMapping("/{id}/cohort/{entry}/target")
    String chooseTarget(
            @PathVariable long id, @PathVariable long entry, @RequestParam long branchId, RedirectAttributes redirect) {
        commands.run(
                redirect,
                () -> campaigns.chooseTarget(currentActor.get(), id, entry, branchId),
                "campaign.targetChosen");
        return "redirect:/campaigns/" + id + "/cohort/" + entry;
    }

    @PostMapping("/{id}/cohort/{entry}/residence")
    String setResidence(
            @PathVariable long id, @PathVariable long entry, @RequestParam long branchId, RedirectAttributes redirect) {
        commands.run(
                redirect,
                () -> campaigns.setResidence(currentActor.get(), id, entry, branchId),
                "campaign.residenceSet");
        return "redirect:/campaigns/" + id + "/cohort/" + entry;
    }

    @PostMapping("/{id}/cohort/{entry}/exclude")
    String exclude(
            @PathVariable long id, @PathVariable long entry, @RequestParam String reason, RedirectAttributes redirect) {
        commands.run(redirect, () -> campaigns.exclude(currentActor.get(), id, entry, reason), "campaign.excludedDone");
        return "redirect:/campaigns/" + id + "/cohort/" + entry;
    }

    @PostMapping("/{id}/cohort/{entry}/include")
    String include(@PathVariable long id, @PathVariable long entry, RedirectAttributes redirect) {
        commands.run(redirect, () -> campaigns.include(currentActor.get(), id, entry), "campaign.included");
        return "redirect:/campaigns/" + id + "/cohort/" + entry;
    }

    @PostMapping("/{id}/agencies/{branch}/dissolve")
    String dissolveAgency(
            @PathVariable long id,
            @PathVariable long branch,
            @RequestParam String decision,
            @RequestParam(required = false) LocalDate dissolvedOn,
            RedirectAttributes redirect) {
        commands.run(
                redirect,
                () -> campaigns.dissolveAgency(currentActor.get(), id, branch, new DissolveForm(decision, dissolvedOn)),
                "campaign.agencyDissolved.done");
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/{id}/letters")
    org.springframework.web.servlet.ModelAndView letters(@PathVariable long id) {
        return new org.springframework.web.servlet.ModelAndView(
                vietnamese.view("transfer/letters"), "letters", campaigns.letters(currentActor.get(), id));
    }

    private String form(long directiveId, Model model) {
        var formPage = campaigns.formPage(currentActor.get(), directiveId);
        model.addAttribute("directive", formPage.directive());
        model.addAttribute("communes", formPage.communes());
        model.addAttribute("cohortKinds", CohortKind.values());
        model.addAttribute("groups", MemberGroup.values());
        return "transfer/campaign-form";
    }
}
