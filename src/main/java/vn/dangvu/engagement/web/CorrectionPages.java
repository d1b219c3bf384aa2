package vn.dangvu.engagement.web;

import java.util.function.BiConsumer;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementForms.Correction;
import vn.dangvu.engagement.EngagementForms.RemovalForm;
import vn.dangvu.engagement.EngagementViews.ToRemove;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/**
 * The correction and removal pages that commendations, concerns, sessions and follow-ups have alike: the
 * form filled with what is stored, shown again with the errors (after a change made meanwhile, with what
 * is stored now and its version to save over), and the removal's confirmation with its reason.
 *
 * @param <F> the correction form
 * @param <V> the record as its list shows it
 */
final class CorrectionPages<F extends Correction, V> {

    /** Reads something of the record for the actor, who must be allowed to correct it. */
    interface Reader<T> {
        T read(Actor actor, long id);
    }

    /** Saves a correction and says where the user goes next. */
    interface Corrector<F> {
        String correct(Actor actor, long id, F form);
    }

    interface Remover {
        void remove(Actor actor, long id, RemovalForm form);
    }

    private final String page;
    private final String messages;
    private final Reader<F> form;
    private final Reader<ToRemove<V>> shown;
    private final Corrector<F> corrector;
    private final Remover remover;
    private final BiConsumer<Actor, Model> choices;
    private final CurrentActor currentActor;
    private final Commands commands;

    /**
     * @param page the pages' name: {@code engagement/<page>-edit} and {@code engagement/<page>-remove}
     * @param messages the flash messages' prefix: {@code <messages>.updated} and {@code <messages>.removed}
     * @param choices what the correction form's lists offer
     */
    CorrectionPages(
            String page,
            String messages,
            Reader<F> form,
            Reader<ToRemove<V>> shown,
            Corrector<F> corrector,
            Remover remover,
            BiConsumer<Actor, Model> choices,
            CurrentActor currentActor,
            Commands commands) {
        this.page = page;
        this.messages = messages;
        this.form = form;
        this.shown = shown;
        this.corrector = corrector;
        this.remover = remover;
        this.choices = choices;
        this.currentActor = currentActor;
        this.commands = commands;
    }

    String edit(long id, Model model) {
        F correction = form.read(currentActor.get(), id);
        model.addAttribute("correction", correction);
        return editPage(id, correction.version(), null, model);
    }

    String update(long id, F correction, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    String next = corrector.correct(currentActor.get(), id, correction);
                    FlashMessages.success(redirect, messages + ".updated");
                    return "redirect:" + next;
                },
                () -> editPage(id, correction.version(), result, model));
    }

    /** The form again; after a change made meanwhile, with what is stored now and its version to save over. */
    private String editPage(long id, Long version, BindingResult result, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("shown", shown.read(actor, id));
        model.addAttribute("version", version);
        if (Conflicts.met(result)) {
            F current = form.read(actor, id);
            model.addAttribute("current", current);
            model.addAttribute("version", current.version());
        }
        choices.accept(actor, model);
        return "engagement/" + page + "-edit";
    }

    String confirmRemoval(long id, Model model) {
        ToRemove<V> record = shown.read(currentActor.get(), id);
        model.addAttribute("removalForm", RemovalForm.of(record.version()));
        model.addAttribute("shown", record);
        return "engagement/" + page + "-remove";
    }

    /** Removes the record and goes to {@code next}; a form without a reason is shown again. */
    String remove(
            long id,
            RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String next) {
        if (result.hasErrors()) {
            model.addAttribute("shown", shown.read(currentActor.get(), id));
            return "engagement/" + page + "-remove";
        }
        commands.run(redirect, () -> remover.remove(currentActor.get(), id, removalForm), messages + ".removed");
        return "redirect:" + next;
    }
}
