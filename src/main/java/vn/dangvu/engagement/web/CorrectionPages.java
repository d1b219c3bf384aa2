package vn.dangvu.engagement.web;

import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementForms.Correction;
import vn.dangvu.engagement.EngagementPolicy;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.EngagementViews.ToRemove;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.RemovalForm;

/**
 * The correction and removal pages that commendations, concerns, sessions and follow-ups have alike, at
 * {@code <records>/{id}/edit} and {@code <records>/{id}/delete} below the controller's own path: the form
 * filled with what is stored, shown again with the errors (after a change made meanwhile, with what is
 * stored now and its version to save over), and the removal's confirmation with its reason.
 *
 * @param <F> the correction form
 * @param <V> the record as its list shows it
 */
abstract class CorrectionPages<F extends Record & Correction, V> {

    private final EngagementCorrections.Kind<?, F, V> kind;
    private final String page;
    private final String messages;
    private final String list;
    final EngagementCorrections corrections;
    final CurrentActor currentActor;
    final Commands commands;

    /**
     * @param page the pages' name: {@code engagement/<page>-edit} and {@code engagement/<page>-remove}
     * @param messages the flash messages' prefix: {@code <messages>.updated} and {@code <messages>.removed}
     * @param list where the user goes after a correction or a removal, unless the controller says otherwise
     */
    CorrectionPages(
            EngagementCorrections.Kind<?, F, V> kind,
            String page,
            String messages,
            String list,
            EngagementCorrections corrections,
            CurrentActor currentActor,
            Commands commands) {
        this.kind = kind;
        this.page = page;
        this.messages = messages;
        this.list = list;
        this.corrections = corrections;
        this.currentActor = currentActor;
        this.commands = commands;
    }

    /**
     * Where the user goes after a correction.
     *
     * @param back the id the correction returns: the record's own, or its session's for a follow-up
     */
    String afterCorrection(long back) {
        return list;
    }

    /** Where the user goes after a removal, whether it was made or refused. */
    String afterRemoval(long id, WebRequest request) {
        return list;
    }

    /** A list page's rows (or why the filter was refused) and what the user may do there. */
    static void listed(Model model, EngagementViews.Listing<?> listing, EngagementPolicy.May may) {
        model.addAttribute("may", may);
        model.addAttribute("page", listing.page());
        model.addAttribute("listing", listing);
    }

    /** What the correction form's lists offer. */
    void choices(Actor actor, Model model) {}

    private F correctionOf(Actor actor, long id) {
        return corrections.form(kind, actor, id);
    }

    private ToRemove<V> shown(Actor actor, long id) {
        return corrections.shown(kind, actor, id);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        F correction = correctionOf(currentActor.get(), id);
        model.addAttribute("correction", correction);
        return editPage(id, correction.version(), null, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") F correction,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    String next = afterCorrection(corrections.correct(kind, currentActor.get(), id, correction));
                    FlashMessages.success(redirect, messages + ".updated");
                    return "redirect:" + next;
                },
                () -> editPage(id, correction.version(), result, model));
    }

    /** The form again; after a change made meanwhile, with what is stored now and its version to save over. */
    private String editPage(long id, Long version, BindingResult result, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("shown", shown(actor, id));
        model.addAttribute("version", version);
        if (Conflicts.met(result)) {
            F current = correctionOf(actor, id);
            model.addAttribute("current", current);
            model.addAttribute("version", current.version());
        }
        choices(actor, model);
        return "engagement/" + page + "-edit";
    }

    @GetMapping("/{id}/delete")
    String confirmRemoval(@PathVariable long id, Model model) {
        ToRemove<V> record = shown(currentActor.get(), id);
        model.addAttribute("removalForm", RemovalForm.of(record.version()));
        model.addAttribute("shown", record);
        return "engagement/" + page + "-remove";
    }

    /** A GET never removes anything: only this POST, with a reason, does; without one the form comes back. */
    @PostMapping("/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            WebRequest request) {
        String next = afterRemoval(id, request);
        if (result.hasErrors()) {
            model.addAttribute("shown", shown(currentActor.get(), id));
            return "engagement/" + page + "-remove";
        }
        commands.run(
                redirect, () -> corrections.remove(kind, currentActor.get(), id, removalForm), messages + ".removed");
        return "redirect:" + next;
    }
}
