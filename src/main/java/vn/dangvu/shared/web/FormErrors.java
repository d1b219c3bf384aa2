package vn.dangvu.shared.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Violation;

/** Shows a broken domain rule on the form, beside its field or at the top, so the user keeps their input. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Runs a form's command when the form is valid and returns its redirect; otherwise, or when the
     * command breaks domain rules, shows the form again with the errors and what the user typed.
     */
    public static String submit(BindingResult result, Supplier<String> command, Supplier<String> formAgain) {
        return submit(result, List::of, command, formAgain);
    }

    /**
     * As {@link #submit(BindingResult, Supplier, Supplier)} for a command that, once done, says {@code
     * successKey} and goes to {@code target}.
     */
    public static String submit(
            BindingResult result,
            Runnable command,
            RedirectAttributes redirect,
            String successKey,
            String target,
            Supplier<String> formAgain) {
        return submit(
                result,
                () -> {
                    command.run();
                    FlashMessages.success(redirect, successKey);
                    return "redirect:" + target;
                },
                formAgain);
    }

    /**
     * As {@link #submit(BindingResult, Supplier, Supplier)}, and when the form already has errors (a date
     * that is no date, an empty required field), also shows the domain rules it breaks in the fields that
     * could be read: every error in one round. {@code rules} sees the form with unreadable values left
     * null, and a rule about a field that already shows an error is not added to it.
     */
    public static String submit(
            BindingResult result,
            Supplier<List<BusinessRuleException>> rules,
            Supplier<String> command,
            Supplier<String> formAgain) {
        if (result.hasErrors()) {
            rules.get().forEach(broken -> reject(result, broken));
            return formAgain.get();
        }
        try {
            return command.get();
        } catch (BusinessRuleException e) {
            reject(result, e);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            result.reject("error.conflict", "error.conflict");
        }
        return formAgain.get();
    }

    /**
     * Adds every rule the exception reports, each beside its field (or at the top), except one about a
     * field that already shows an error.
     */
    public static void reject(BindingResult result, BusinessRuleException e) {
        for (Violation v : e.violations()) {
            String field = v.field();
            Object[] arguments = v.arguments().toArray();
            if (field == null) {
                result.reject(v.code(), arguments, v.code());
            } else if (!result.hasFieldErrors(field)) {
                // added as a FieldError: rejectValue reads the form object, which a form whose binding
                // failed does not have (its values are kept in the binding result instead)
                Object value =
                        result.getTarget() != null ? result.getRawFieldValue(field) : result.getFieldValue(field);
                String[] codes = v.codes().size() > 1
                        ? v.codes().toArray(String[]::new)
                        : result.resolveMessageCodes(v.code(), field);
                result.addError(
                        new FieldError(result.getObjectName(), field, value, false, codes, arguments, v.code()));
            }
        }
    }
}
