package vn.dangvu.shared.web;

import java.util.function.LongSupplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.shared.BusinessRuleException;

/**
 * Runs a command from a button (no form to show again) and reports the outcome as a flash message: a
 * broken rule, or a change someone else made at the same moment, is a clear message, never an error
 * page.
 */
@Component
public class Commands {

    private final MessageSource messages;

    Commands(MessageSource messages) {
        this.messages = messages;
    }

    public void run(RedirectAttributes redirect, Runnable command, String successKey, Object... arguments) {
        try {
            command.run();
            FlashMessages.success(redirect, successKey, arguments);
        } catch (BusinessRuleException e) {
            FlashMessages.error(redirect, e.messageKey(), resolved(e.arguments()));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            FlashMessages.error(redirect, "error.conflict");
        }
    }

    /**
     * Starts a background job from a button: answers at once with the job's page, or goes back to
     * {@code back} with the reason it could not start (a broken rule, a job of the kind already running).
     */
    public String startJob(RedirectAttributes redirect, LongSupplier start, String back) {
        try {
            return "redirect:/jobs/" + start.getAsLong();
        } catch (BusinessRuleException e) {
            FlashMessages.error(redirect, e.messageKey(), resolved(e.arguments()));
            return "redirect:" + back;
        }
    }

    /** Arguments that are themselves message keys ("key:…") are shown in the user's language. */
    public Object[] resolved(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String text && text.startsWith("key:")) {
                out[i] = messages.getMessage(text.substring(4), null, text, LocaleContextHolder.getLocale());
            }
        }
        return out;
    }
}
