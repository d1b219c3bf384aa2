package vn.dangvu.shared;

import java.util.List;

/**
 * A command broke a rule of the domain. Carries a message key (and its arguments) that the web layer
 * shows to the user, who keeps what they typed.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;
    private final List<Violation> violations;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessRuleException(String field, String messageKey, Object... arguments) {
        this(List.of(Violation.of(field, messageKey, arguments)));
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
        return new BusinessRuleException(field, messageKey, arguments);
    }

    /** Every rule a form broke, so that the user sees them all at once; the first is the main one. */
    public static BusinessRuleException of(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation");
        }
        return new BusinessRuleException(violations);
    }

    /** Throws when there is any violation. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw of(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
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
