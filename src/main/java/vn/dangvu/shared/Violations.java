package vn.dangvu.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a command breaks, gathered in one pass: a form then shows every one of them at once rather
 * than the first, then the next after the user fixed it. A rule that needs a value the form could not
 * read (left null) is skipped by its check.
 */
public final class Violations {

    private final List<BusinessRuleException> found = new ArrayList<>();

    public Violations onField(String field, String messageKey, Object... arguments) {
        found.add(BusinessRuleException.onField(field, messageKey, arguments));
        return this;
    }

    public Violations global(String messageKey, Object... arguments) {
        found.add(new BusinessRuleException(messageKey, arguments));
        return this;
    }

    public Violations add(BusinessRuleException broken) {
        found.addAll(broken.all());
        return this;
    }

    /** Runs a check that stops at its first broken rule, keeping that rule with the others. */
    public Violations check(Runnable check) {
        try {
            check.run();
        } catch (BusinessRuleException e) {
            add(e);
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<BusinessRuleException> list() {
        return List.copyOf(found);
    }

    /** Stops the command with every rule found, if any was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw BusinessRuleException.all(found);
        }
    }
}
