package vn.dangvu.shared.web;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import vn.dangvu.shared.BusinessRuleException;

/** Shows a broken domain rule on the form, beside its field or at the top, so the user keeps their input. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Runs a form's command when the form is valid and returns its redirect; otherwise, or when the
     * command breaks a domain rule, shows the form again with the errors and what the user typed.
     */
    public static String submit(BindingResult result, Supplier<String> command, Supplier<String> formAgain) {
        if (!result.hasErrors()) {
            try {
                return command.get();
            } catch (BusinessRuleException e) {
                reject(result, e);
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                result.reject("error.conflict", "error.conflict");
            }
        }
        return formAgain.get();
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
