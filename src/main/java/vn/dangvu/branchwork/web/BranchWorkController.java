package vn.dangvu.branchwork.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.branchwork.BranchWorkOverview;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Periods;

/** The commune and district views of branch work, and a member's year. */
@Controller
@RequiredArgsConstructor
class BranchWorkController {

    private final BranchWorkOverview overview;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;

    /**
     * {@code asOf}: the day the meetings missed are counted to (the months and quarters of its year ended by
     * then); when none is typed, the end of the year shown, or today for this year.
     */
    @GetMapping("/branchwork")
    String overview(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Long commune,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String asOf,
            Model model) {
        Actor actor = currentActor.get();
        boolean asOfTyped = asOf != null && !asOf.isBlank();
        Periods.AsOf asOfInput = Periods.asOf(asOf);
        Periods.Year input = Periods.year(
                year,
                asOfTyped && asOfInput.problem() == null
                        ? asOfInput.date().getYear()
                        : LocalDate.now().getYear());
        int y = input.year();
        LocalDate yearEnd = LocalDate.of(y, 12, 31);
        LocalDate complianceAsOf =
                asOfTyped ? asOfInput.date() : yearEnd.isAfter(LocalDate.now()) ? LocalDate.now() : yearEnd;
        // an empty box when none was typed: the year chosen next decides the day again
        model.addAttribute("asOfInput", asOfTyped ? asOfInput : new Periods.AsOf(complianceAsOf, "", null, null));
        model.addAttribute("compliance", overview.compliance(actor, commune, complianceAsOf));
        model.addAttribute("yearInput", input);
        model.addAttribute("year", y);
        model.addAttribute("commune", commune);
        model.addAttribute("sort", sort);
        model.addAttribute("rows", overview.overview(actor, commune, y, sort));
        model.addAttribute("communes", organisation.communesInScope(actor));
        return "branchwork/overview";
    }

    @GetMapping("/members/{id}/years/{year}")
    String memberYear(@PathVariable long id, @PathVariable int year, Model model) {
        model.addAttribute("memberYear", overview.memberYear(currentActor.get(), id, Periods.year(year, year)));
        return "branchwork/member-year";
    }
}
