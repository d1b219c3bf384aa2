package vn.dangvu.me.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.branchwork.DutyProgressForm;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.me.CorrectionForm;
import vn.dangvu.me.MeService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;

/** A member's own pages: home, profile (with correction requests), duties and dues. */
@Controller
@RequiredArgsConstructor
class MeController {

    static final String LARGE_TEXT_COOKIE = "large-text";

    private final MeService me;
    private final CurrentActor currentActor;

    @GetMapping("/me")
    String home(Model model) {
        model.addAttribute("home", me.home(currentActor.get()));
        return "me/home";
    }

    @GetMapping("/me/profile")
    String profile(Model model) {
        model.addAttribute("correctionForm", CorrectionForm.empty());
        return profilePage(model);
    }

    @PostMapping("/me/corrections")
    String requestCorrection(
            @Valid @ModelAttribute CorrectionForm correctionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> me.requestCorrection(currentActor.get(), correctionForm),
                redirect,
                "me.correction.sent",
                "/me/profile",
                () -> profilePage(model));
    }

    @GetMapping("/me/duties")
    String duties(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("page", me.duties(currentActor.get(), year(year, model)));
        return "me/duties";
    }

    @GetMapping("/me/duties/{id}")
    String duty(@PathVariable long id, Model model) {
        var duty = me.duty(currentActor.get(), id);
        model.addAttribute(
                "dutyProgressForm",
                new DutyProgressForm(duty.status(), duty.resultNote(), duty.assessment(), duty.version()));
        return dutyPage(duty, model);
    }

    @PostMapping("/me/duties/{id}")
    String reportProgress(
            @PathVariable long id,
            @Valid @ModelAttribute DutyProgressForm dutyProgressForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> me.reportProgress(currentActor.get(), id, ownReport(dutyProgressForm, id)),
                redirect,
                "me.duty.reported",
                "/me/duties",
                () -> dutyPage(me.duty(currentActor.get(), id), model));
    }

    @GetMapping("/me/dues")
    String dues(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("page", me.dues(currentActor.get(), year(year, model)));
        return "me/dues";
    }

    /** Larger text on every page of this browser, or back to the usual size: a cookie keeps the choice. */
    @PostMapping("/me/large-text")
    String largeText(
            @CookieValue(name = LARGE_TEXT_COOKIE, required = false) String current, HttpServletResponse response) {
        boolean on = !"1".equals(current);
        ResponseCookie cookie = ResponseCookie.from(LARGE_TEXT_COOKIE, on ? "1" : "")
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .maxAge(on ? Duration.ofDays(365) : Duration.ZERO)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return "redirect:/me";
    }

    /**
     * What a member reports: the status and their result; the secretary's assessment is the secretary's
     * to write, so the member's form keeps what is stored.
     */
    private DutyProgressForm ownReport(DutyProgressForm form, long dutyId) {
        String assessment = me.duty(currentActor.get(), dutyId).assessment();
        return new DutyProgressForm(form.status(), form.resultNote(), assessment, form.version());
    }

    /** The year asked for; this year when none is, or when what was typed is no year. */
    /** The year asked for; one that cannot be used shows this year, and the page says why. */
    private static int year(String typed, Model model) {
        Periods.Year input = Periods.year(typed, LocalDate.now().getYear());
        model.addAttribute("yearInput", input);
        return input.year();
    }

    private static String dutyPage(BranchWorkViews.DutyView duty, Model model) {
        model.addAttribute("duty", duty);
        model.addAttribute("statuses", DutyStatus.values());
        return "me/duty";
    }

    private String profilePage(Model model) {
        model.addAttribute("page", me.profile(currentActor.get()));
        return "me/profile";
    }
}
