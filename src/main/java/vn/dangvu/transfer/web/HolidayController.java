package vn.dangvu.transfer.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.transfer.HolidayCalendar;
import vn.dangvu.transfer.HolidayForm;
import vn.dangvu.transfer.HolidayView;

/** The holiday calendar: a year's days off; a day is addressed by its ISO date (/holidays/2026-09-01). */
@Controller
@RequestMapping("/holidays")
@RequiredArgsConstructor
class HolidayController {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HolidayCalendar calendar;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping
    String year(
            @RequestParam(required = false) String year, @RequestParam(required = false) Integer page, Model model) {
        // days off are announced years ahead: up to ten years on; a year that cannot be used shows this
        // year's days off, and the page says why
        int thisYear = LocalDate.now().getYear();
        Periods.Year input = Periods.year(year, thisYear, thisYear + 10);
        model.addAttribute("yearInput", input);
        model.addAttribute("calendar", calendar.year(currentActor.get(), input.year(), PageView.safePage(page)));
        return "transfer/holidays";
    }

    @GetMapping("/new")
    String newDay(Model model) {
        model.addAttribute("holidayForm", calendar.newForm(currentActor.get()));
        return formPage(model, null);
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute HolidayForm holidayForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        calendar.newForm(currentActor.get()); // 403 before the form's errors, as for the form itself
        return FormErrors.submit(
                result,
                () -> {
                    calendar.add(currentActor.get(), holidayForm);
                    FlashMessages.success(redirect, "holiday.added", DISPLAY.format(holidayForm.day()));
                    return yearPage(holidayForm.day());
                },
                () -> formPage(model, null));
    }

    @GetMapping("/{day}/edit")
    String edit(@PathVariable String day, Model model) {
        HolidayView found = calendar.day(currentActor.get(), parse(day));
        model.addAttribute("holidayForm", new HolidayForm(found.day(), found.name(), found.provisional()));
        return formPage(model, found);
    }

    @PostMapping("/{day}/edit")
    String correct(
            @PathVariable String day,
            @Valid @ModelAttribute HolidayForm holidayForm,
            BindingResult result,
            @RequestParam(required = false) String seen,
            Model model,
            RedirectAttributes redirect) {
        HolidayView found = calendar.day(currentActor.get(), parse(day));
        return FormErrors.submit(
                result,
                () -> {
                    calendar.correct(currentActor.get(), found.day(), holidayForm, seen);
                    FlashMessages.success(redirect, "holiday.corrected", DISPLAY.format(holidayForm.day()));
                    return yearPage(holidayForm.day());
                },
                () -> formPage(model, found));
    }

    @GetMapping("/{day}/delete")
    String removal(@PathVariable String day, Model model) {
        model.addAttribute("holiday", calendar.day(currentActor.get(), parse(day)));
        return "transfer/holiday-remove";
    }

    /** A GET never removes anything: only this POST, from the confirmation page, does. */
    @PostMapping("/{day}/delete")
    String remove(@PathVariable String day, @RequestParam(required = false) String seen, RedirectAttributes redirect) {
        LocalDate removed = parse(day);
        try {
            calendar.remove(currentActor.get(), removed, seen);
        } catch (BusinessRuleException e) {
            // changed by someone else since the confirmation page was opened: show it as it is now
            commands.error(redirect, e);
            return "redirect:/holidays/" + removed + "/delete";
        }
        FlashMessages.success(redirect, "holiday.removed", DISPLAY.format(removed));
        return yearPage(removed);
    }

    /** The form, to add a day ({@code found} null) or to correct {@code found}. */
    private static String formPage(Model model, HolidayView found) {
        model.addAttribute("holiday", found);
        return "transfer/holiday-form";
    }

    private static String yearPage(LocalDate day) {
        return "redirect:/holidays?year=" + day.getYear();
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
    }
}
