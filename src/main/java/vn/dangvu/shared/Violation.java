package vn.dangvu.shared;

import java.util.List;

/**
 * One broken rule of a form: the field it is about (null for the form as a whole), the error code, the
 * message codes to look it up by (most specific first, as a form's binding result resolves them) and the
 * message's arguments. A form shows it beside its field; an import shows it beside the file's column.
 */
public record Violation(String field, String code, List<String> codes, List<Object> arguments) {

    public Violation {
        codes = List.copyOf(codes);
        arguments = List.copyOf(arguments);
    }

    /** A rule whose message key is its code. */
    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(messageKey), List.of(arguments));
    }
}
