package vn.dangvu.shared.web;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Violation;

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

    /** Every rule the command broke, each beside its field (the binding result resolves its message codes). */
    public static void reject(BindingResult result, BusinessRuleException e) {
        for (Violation v : e.violations()) {
            Object[] arguments = v.arguments().toArray();
            if (v.field() != null) {
                result.rejectValue(v.field(), v.code(), arguments, v.code());
            } else {
                result.reject(v.code(), arguments, v.code());
            }
        }
    }
}
