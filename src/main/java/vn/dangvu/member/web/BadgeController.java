package vn.dangvu.member.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.member.BadgeForm;
import vn.dangvu.member.BadgeOccasion;
import vn.dangvu.member.BadgeViews;
import vn.dangvu.member.PartyBadges;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;

/** Party badges: who is due one on an award day (a page and an .xlsx), the badges awarded, and an award. */
@Controller
@RequiredArgsConstructor
class BadgeController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PartyBadges badges;
    private final BadgeWorkbook workbook;
    private final CurrentActor currentActor;

    @GetMapping("/badges")
    String due(
            @RequestParam(required = false) BadgeOccasion occasion,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Integer page,
            Model model) {
        Periods.Year input = yearOf(year);
        BadgeOccasion chosen = occasion == null ? BadgeOccasion.nextOnOrAfter(LocalDate.now()) : occasion;
        BadgeViews.DuePage due = badges.due(currentActor.get(), chosen, input.year(), PageView.safePage(page));
        model.addAttribute("yearInput", input);
        model.addAttribute("due", due);
        model.addAttribute("page", due.page());
        model.addAttribute("occasions", BadgeOccasion.values());
        return "member/badges";
    }

    /** A year that cannot be used gives the page with its message instead of a file (null: written). */
    @GetMapping("/badges.xlsx")
    ModelAndView xlsx(
            @RequestParam(required = false) BadgeOccasion occasion,
            @RequestParam(required = false) String year,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Periods.Year input = yearOf(year);
        if (input.problem() != null) {
            return new ModelAndView(due(occasion, year, null, model));
        }
        BadgeOccasion chosen = occasion == null ? BadgeOccasion.nextOnOrAfter(LocalDate.now()) : occasion;
        LocalDate day = chosen.in(input.year());
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("huy-hieu-dang-" + day + ".xlsx")
                        .build()
                        .toString());
        workbook.write(day, rows -> badges.allDue(currentActor.get(), day, rows), locale, response.getOutputStream());
        return null;
    }

    @GetMapping("/badges/awarded")
    String awarded(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", badges.awarded(currentActor.get(), PageView.safePage(page)));
        return "member/badges-awarded";
    }

    @GetMapping("/members/{id}/badges/new")
    String newAward(
            @PathVariable long id,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) LocalDate awardedOn,
            Model model) {
        model.addAttribute("badgeForm", BadgeForm.of(years, awardedOn));
        return form(id, model);
    }

    @PostMapping("/members/{id}/badges")
    String award(
            @PathVariable long id,
            @Valid @ModelAttribute BadgeForm badgeForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> badges.problemsOf(currentActor.get(), id, badgeForm),
                () -> {
                    badges.award(currentActor.get(), id, badgeForm);
                    FlashMessages.success(redirect, "badge.awarded");
                    return "redirect:/badges/awarded";
                },
                () -> form(id, model));
    }

    private String form(long memberId, Model model) {
        BadgeViews.Recipient recipient = badges.recipient(currentActor.get(), memberId);
        model.addAttribute("recipient", recipient);
        model.addAttribute("milestones", badges.milestones(null));
        return "member/badge-form";
    }

    /** The award year typed: this year's next award day when none, or when the text cannot be used. */
    private static Periods.Year yearOf(String typed) {
        return Periods.year(typed, BadgeOccasion.yearOfNext(LocalDate.now()));
    }
}
