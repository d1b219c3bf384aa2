package vn.dangvu.organisation;

import java.time.LocalDate;

/**
 * A condition another module sets on dissolving a branch (DESIGN.md, Dissolution: the last year's branch
 * rating), asked before the dissolution is written; it refuses by throwing a {@code BusinessRuleException}.
 * An interface here and a bean there, so that the module holding the condition may depend on this one and not
 * the other way round.
 */
public interface DissolutionCheck {

    void check(long branchId, LocalDate dissolvedOn);
}
