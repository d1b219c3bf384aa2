package vn.dangvu.shared.web;

import java.text.ParseException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import vn.dangvu.shared.Dates;

/**
 * A date field that holds no date says why, with the reason {@link LocalDateFormatter} found: not a date
 * at all ({@code date.invalid}), or a day the calendar lacks ({@code date.nonexistent}, "Ngày 31/02/2020
 * không tồn tại"), instead of one "invalid value" for both. Other binding failures are reported as before.
 */
class DateBindingErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        String problem = ex instanceof TypeMismatchException ? problemKey(ex) : null;
        if (problem == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        String field = ex.getPropertyName();
        String[] codes = Stream.concat(
                        Arrays.stream(bindingResult.resolveMessageCodes(problem, field)),
                        Arrays.stream(bindingResult.resolveMessageCodes(ex.getErrorCode(), field)))
                .toArray(String[]::new);
        FieldError error = new FieldError(
                bindingResult.getObjectName(),
                field,
                ex.getValue(),
                true,
                codes,
                new Object[] {String.valueOf(ex.getValue())},
                ex.getLocalizedMessage());
        error.wrap(ex);
        bindingResult.addError(error);
    }

    /** The message key of the date problem behind the failure, if it is one. */
    private static String problemKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                for (Dates.Problem problem : Dates.Problem.values()) {
                    if (problem.messageKey().equals(parse.getMessage())) {
                        return problem.messageKey();
                    }
                }
            }
        }
        return null;
    }
}
