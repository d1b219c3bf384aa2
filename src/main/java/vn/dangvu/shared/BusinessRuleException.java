package vn.dangvu.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A command broke one or more rules of the domain. Each broken rule is a {@link Violation} (a message key
 * and its arguments, and the field it is about) that the web layer shows to the user, who keeps what they
 * typed; all of them at once, so that a form needs one round to be put right.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;
    private final List<Violation> violations;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(List.of(Violation.of(null, messageKey, arguments)));
    }

    private BusinessRuleException(List<Violation> violations) {
        super(violations.get(0).code());
        this.violations = List.copyOf(violations);
        this.field = violations.get(0).field();
        this.messageKey = violations.get(0).code();
        this.arguments = violations.get(0).arguments();
    }

    /** A rule about one form field, shown beside it. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(List.of(Violation.of(field, messageKey, arguments)));
    }

    /** Every rule a form broke, so that the user sees them all at once; the first is the main one. */
    public static BusinessRuleException of(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation");
        }
        return new BusinessRuleException(violations);
    }

    /** Several broken rules reported together; the first one is the exception's own message. */
    public static BusinessRuleException all(List<BusinessRuleException> broken) {
        List<Violation> flat = new ArrayList<>();
        broken.forEach(e -> flat.addAll(e.violations()));
        return of(flat);
    }

    /** Throws when there is any violation. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw of(violations);
        }
    }

    /** The same rules about the fields of a sub-form, e.g. {@code fullName} of the form's {@code member}. */
    public BusinessRuleException under(String prefix) {
        return of(violations.stream()
                .map(v -> new Violation(
                        v.field() == null ? null : prefix + "." + v.field(), v.code(), v.codes(), v.arguments()))
                .toList());
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Each rule found, one exception per rule. */
    public List<BusinessRuleException> all() {
        return violations.stream().map(v -> of(List.of(v))).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
