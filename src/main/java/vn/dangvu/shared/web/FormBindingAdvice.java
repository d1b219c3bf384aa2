package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.validation.autoconfigure.ValidatorAdapter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Makes a form with several bad fields report all of them in one round.
 *
 * <p>A form record is built through its constructor. When a value cannot be converted (a date that is no
 * date), Spring still builds it, with that value left null, and checks the other values one by one with
 * the validator, but only a validator that can check single values: Spring Boot's wrapper around the
 * Bean Validation one cannot, so those checks were silently skipped and the user learnt of an empty name
 * only after fixing the date. The binder gets the wrapped validator itself. {@link PartialForms} then
 * completes the check of what such a form holds (its sub-forms too) before the form is shown again.
 */
@ControllerAdvice
class FormBindingAdvice {

    static final String FORM_BINDERS = FormBindingAdvice.class.getName() + ".formBinders";

    private static final DateBindingErrors DATE_ERRORS = new DateBindingErrors();

    @InitBinder
    void formBinding(WebDataBinder binder, HttpServletRequest request) {
        binder.setBindingErrorProcessor(DATE_ERRORS);
        if (!binder.getValidators().isEmpty()) {
            binder.replaceValidators(binder.getValidators().stream()
                    .map(FormBindingAdvice::checkingSingleValues)
                    .toArray(Validator[]::new));
        }
        ResolvableType type = binder.getTargetType();
        if (type != null && type.resolve() != null && type.resolve().isRecord()) {
            @SuppressWarnings("unchecked")
            List<WebDataBinder> binders = (List<WebDataBinder>) request.getAttribute(FORM_BINDERS);
            if (binders == null) {
                binders = new ArrayList<>();
                request.setAttribute(FORM_BINDERS, binders);
            }
            binders.add(binder);
        }
    }

    private static Validator checkingSingleValues(Validator validator) {
        return validator instanceof ValidatorAdapter adapter ? adapter.getTarget() : validator;
    }
}
