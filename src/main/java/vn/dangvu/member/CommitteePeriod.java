package vn.dangvu.member;

import java.time.LocalDate;
import vn.dangvu.organisation.UnitView;

/**
 * One period of a member in a committee: the committee's unit, the role, the term ("2020–2025"), from
 * {@code validFrom} to {@code validTo} (both days included; null while it lasts) and the decision.
 */
public record CommitteePeriod(
        long id,
        long memberId,
        UnitView unit,
        CommitteeRole title,
        String term,
        LocalDate validFrom,
        LocalDate validTo,
        String decision,
        long version) {

    public boolean heldOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean open() {
        return validTo == null;
    }
}
