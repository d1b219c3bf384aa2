package vn.dangvu.member;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.UnitsEnded;

/**
 * A committee does not outlive its unit: when a reorganisation or a dissolution ends units, the open seats
 * in their committees end the day before, in the same transaction, so that the change and its consequence
 * are committed (or undone) together.
 */
@Component
@RequiredArgsConstructor
class EndedUnitCommittees {

    private final CommitteeMemberships committees;

    @EventListener
    void endSeatsOf(UnitsEnded ended) {
        committees.endWithUnits(ended.actor(), ended.unitIds(), ended.on());
    }
}
