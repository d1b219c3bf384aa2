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
import vn.dangvu.member.CommitteeEndForm;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.member.CommitteePeriod;
import vn.dangvu.member.CommitteePeriodForm;
import vn.dangvu.member.CommitteeRemovalForm;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** A member's committee periods: add, correct, end and remove (with a reason) one. */
@Controller
@RequiredArgsConstructor
class CommitteeController {

    private static final String FORM = "member/committee";

    private final CommitteeMemberships committees;
    private final CurrentActor currentActor;

    @GetMapping("/members/{id}/committees/new")
    String newPeriod(@PathVariable long id, Model model) {
        model.addAttribute("committeePeriodForm", CommitteePeriodForm.empty());
        return periodForm(id, null, model);
    }

    @PostMapping("/members/{id}/committees")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute CommitteePeriodForm committeePeriodForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> committees.problemsOfNew(currentActor.get(), id, committeePeriodForm),
                () -> {
                    committees.add(currentActor.get(), id, committeePeriodForm);
                    FlashMessages.success(redirect, "committee.added");
                    return backTo(id);
                },
                () -> periodForm(id, null, model));
    }

    @GetMapping("/committee-periods/{periodId}/edit")
    String edit(@PathVariable long periodId, Model model) {
        CommitteePeriod period = committees.get(currentActor.get(), periodId);
        model.addAttribute("committeePeriodForm", CommitteePeriodForm.of(period));
        return periodForm(period.memberId(), period, model);
    }

    @PostMapping("/committee-periods/{periodId}")
    String correct(
            @PathVariable long periodId,
            @Valid @ModelAttribute CommitteePeriodForm committeePeriodForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CommitteePeriod period = committees.get(currentActor.get(), periodId);
        return FormErrors.submit(
                result,
                () -> committees.problemsOfCorrection(currentActor.get(), periodId, committeePeriodForm),
                () -> {
                    committees.correct(currentActor.get(), periodId, committeePeriodForm);
                    FlashMessages.success(redirect, "committee.corrected");
                    return backTo(period.memberId());
                },
                () -> periodForm(period.memberId(), period, model));
    }

    @GetMapping("/committee-periods/{periodId}/end")
    String ending(@PathVariable long periodId, Model model) {
        CommitteePeriod period = committees.get(currentActor.get(), periodId);
        model.addAttribute("committeeEndForm", new CommitteeEndForm(null, period.version()));
        return confirmation(period, "end", model);
    }

    @PostMapping("/committee-periods/{periodId}/end")
    String end(
            @PathVariable long periodId,
            @Valid @ModelAttribute CommitteeEndForm committeeEndForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                periodId,
                "end",
                result,
                model,
                redirect,
                () -> committees.end(currentActor.get(), periodId, committeeEndForm),
                "committee.ended");
    }

    @GetMapping("/committee-periods/{periodId}/delete")
    String removal(@PathVariable long periodId, Model model) {
        CommitteePeriod period = committees.get(currentActor.get(), periodId);
        model.addAttribute("committeeRemovalForm", new CommitteeRemovalForm("", period.version()));
        return confirmation(period, "delete", model);
    }

    /** A GET never removes anything: only this POST, with a reason, does. */
    @PostMapping("/committee-periods/{periodId}/delete")
    String remove(
            @PathVariable long periodId,
            @Valid @ModelAttribute CommitteeRemovalForm committeeRemovalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                periodId,
                "delete",
                result,
                model,
                redirect,
                () -> committees.remove(currentActor.get(), periodId, committeeRemovalForm),
                "committee.removed");
    }

    /** Ends or removes a period (the confirmation page's one field), or shows that page again with its errors. */
    private String step(
            long periodId,
            String step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Runnable command,
            String done) {
        CommitteePeriod period = committees.get(currentActor.get(), periodId);
        return FormErrors.submit(
                result,
                () -> {
                    command.run();
                    FlashMessages.success(redirect, done);
                    return backTo(period.memberId());
                },
                () -> confirmation(period, step, model));
    }

    private String periodForm(long memberId, CommitteePeriod period, Model model) {
        var actor = currentActor.get();
        model.addAttribute("member", committees.member(actor, memberId));
        model.addAttribute("period", period);
        model.addAttribute("units", committees.unitChoices(actor, memberId, period == null ? null : period.id()));
        model.addAttribute("roles", CommitteeRole.values());
        return FORM;
    }

    private String confirmation(CommitteePeriod period, String step, Model model) {
        model.addAttribute("member", committees.member(currentActor.get(), period.memberId()));
        model.addAttribute("period", period);
        model.addAttribute("step", step);
        return "member/committee-step";
    }

    private static String backTo(long memberId) {
        return "redirect:/members/" + memberId + "#committees";
    }
}
