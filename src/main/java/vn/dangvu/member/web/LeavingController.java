package vn.dangvu.member.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.member.LeavingForm;
import vn.dangvu.member.MemberLifeService;
import vn.dangvu.member.ProbationOutcome;
import vn.dangvu.member.RecognitionForm;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.Dates;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/**
 * Leaving the Party (giảm đảng viên) from a member's page, and probation: the members whose 12 months end in
 * a window, and the outcome of one member's probation.
 */
@Controller
@RequiredArgsConstructor
class LeavingController {

    private final MemberLifeService life;
    private final CurrentActor currentActor;

    @GetMapping("/members/{id}/leave")
    String leaving(@PathVariable long id, Model model) {
        var page = life.leavingPage(currentActor.get(), id);
        model.addAttribute(
                "leavingForm",
                LeavingForm.empty(page.suggestedBody(), page.member().version()));
        return leavingPage(id, model);
    }

    /** A GET never records a leaving: only this POST, from the page that asks to confirm, does. */
    @PostMapping("/members/{id}/leave")
    String leave(
            @PathVariable long id,
            @Valid @ModelAttribute LeavingForm leavingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> life.problemsOfLeaving(currentActor.get(), id, leavingForm),
                () -> {
                    life.leave(currentActor.get(), id, leavingForm);
                    FlashMessages.success(redirect, "leaving.recorded");
                    return "redirect:/members/" + id;
                },
                () -> leavingPage(id, model));
    }

    @GetMapping("/members/probation")
    String probation(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            Model model) {
        LocalDate today = LocalDate.now();
        Window window = Window.of(
                from,
                to,
                today.withDayOfMonth(1),
                today.withDayOfMonth(1).plusMonths(3).minusDays(1));
        model.addAttribute("window", window);
        model.addAttribute(
                "page", life.probationEnding(currentActor.get(), window.from(), window.to(), PageView.safePage(page)));
        return "member/probation";
    }

    @GetMapping("/members/{id}/probation")
    String outcome(@PathVariable long id, Model model) {
        var page = life.recognitionPage(currentActor.get(), id);
        model.addAttribute(
                "recognitionForm",
                RecognitionForm.empty(
                        page.member().probationEnds(),
                        page.competentBody(),
                        page.member().version()));
        return outcomePage(id, model);
    }

    @PostMapping("/members/{id}/probation")
    String recordOutcome(
            @PathVariable long id,
            @Valid @ModelAttribute RecognitionForm recognitionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> life.problemsOfRecognition(currentActor.get(), id, recognitionForm),
                () -> {
                    life.recordOutcome(currentActor.get(), id, recognitionForm);
                    FlashMessages.success(redirect, "probation.recorded." + recognitionForm.outcome());
                    return "redirect:/members/" + id;
                },
                () -> outcomePage(id, model));
    }

    private String leavingPage(long id, Model model) {
        var page = life.leavingPage(currentActor.get(), id);
        model.addAttribute("member", page.member());
        model.addAttribute("kinds", page.kinds());
        return "member/leave";
    }

    private String outcomePage(long id, Model model) {
        model.addAttribute(
                "member", life.recognitionPage(currentActor.get(), id).member());
        model.addAttribute("outcomes", ProbationOutcome.values());
        return "member/probation-outcome";
    }

    /**
     * The window of the probation list: each box as typed, the dates read from it (the default one where a
     * box is empty or holds no date), and the message key of a box that holds no date.
     */
    record Window(String fromText, String toText, LocalDate from, LocalDate to, String fromProblem, String toProblem) {

        static Window of(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
            Dates.Parsed f = from == null || from.isBlank() ? null : Dates.parse(from.trim());
            Dates.Parsed t = to == null || to.isBlank() ? null : Dates.parse(to.trim());
            LocalDate start = f != null && f.ok() ? f.date() : defaultFrom;
            LocalDate end = t != null && t.ok() ? t.date() : defaultTo;
            String toProblem = t != null && !t.ok() ? t.problem().messageKey() : null;
            if (end.isBefore(start)) {
                end = start;
                toProblem = "probation.window.order";
            }
            return new Window(
                    from == null ? "" : from,
                    to == null ? "" : to,
                    start,
                    end,
                    f != null && !f.ok() ? f.problem().messageKey() : null,
                    toProblem);
        }
    }
}
