package vn.dangvu.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.shared.BusinessRuleException;

/**
 * Runs a command from a button (no form to show again) and reports the outcome as a flash message: a
 * broken rule, or a change someone else made at the same moment, is a clear message, never an error
 * page.
 */
@Component
@RequiredArgsConstructor
public class Commands {

    private final MessageSource messages;

    public void run(RedirectAttributes redirect, Runnable command, String successKey, Object... arguments) {
        try {
            command.run();
            FlashMessages.success(redirect, successKey, arguments);
        } catch (BusinessRuleException e) {
            error(redirect, e);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            FlashMessages.error(redirect, "error.conflict");
        }
    }

    /**
     * Runs a command whose form sits on another page (a row's or a section's small form, with no page of
     * its own to show errors on): a form that breaks its constraints is refused with {@code invalidKey}
     * as the flash error, and the command is not run.
     */
    public void runValid(
            BindingResult form,
            String invalidKey,
            RedirectAttributes redirect,
            Runnable command,
            String successKey,
            Object... arguments) {
        if (form.hasErrors()) {
            FlashMessages.error(redirect, invalidKey);
        } else {
            run(redirect, command, successKey, arguments);
        }
    }

    /** The broken rule as the flash error; several rules found at once are all shown, one after the other. */
    public void error(RedirectAttributes redirect, BusinessRuleException e) {
        List<BusinessRuleException> all = e.all();
        if (all.size() == 1) {
            FlashMessages.error(redirect, e.messageKey(), resolved(e.arguments()));
            return;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String text = all.stream()
                .map(broken -> messages.getMessage(broken.messageKey(), resolved(broken.arguments()), locale))
                .collect(Collectors.joining(" "));
        FlashMessages.error(redirect, "common.errors", text);
    }

    /**
     * Starts a background job from a button: answers at once with the job's page, or goes back to
     * {@code back} with the reason it could not start (a broken rule, a job of the kind already running).
     */
    public String startJob(RedirectAttributes redirect, LongSupplier start, String back) {
        try {
            return "redirect:/jobs/" + start.getAsLong();
        } catch (BusinessRuleException e) {
            error(redirect, e);
            return "redirect:" + back;
        }
    }

    /**
     * Arguments that are themselves message keys ("key:…") are shown in the user's language, and whole
     * numbers kept as text ("num:…", a job's outcome) are numbers again, written as the language writes them.
     */
    public Object[] resolved(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String text && text.startsWith("key:")) {
                out[i] = messages.getMessage(text.substring(4), null, text, LocaleContextHolder.getLocale());
            } else if (out[i] instanceof String text && text.startsWith("num:")) {
                out[i] = Long.parseLong(text.substring(4));
            }
        }
        return out;
    }
}
