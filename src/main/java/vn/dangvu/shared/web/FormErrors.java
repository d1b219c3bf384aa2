package vn.dangvu.shared.web;

import org.springframework.validation.BindingResult;
import vn.dangvu.shared.BusinessRuleException;

/** Shows a broken domain rule on the form, beside its field or at the top, so the user keeps their input. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
