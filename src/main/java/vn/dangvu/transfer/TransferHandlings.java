package vn.dangvu.transfer;

import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.Levels;
import vn.dangvu.organisation.UnitOnDay;
import vn.dangvu.transfer.domain.Transfer;

/**
 * Decides which committee handles a transfer from the level roles on the transfer's date (never from unit
 * kinds): two branches of one grassroots organisation that day make an internal transfer, handled by that
 * grassroots committee; otherwise the committee directly above the origin's grassroots organisation handles
 * it (the destination's, for a member coming from outside), which is the provincial organisation board
 * when that grassroots organisation stood directly under the province.
 */
@Component
@RequiredArgsConstructor
class TransferHandlings {

    private final Levels levels;

    /** Who handles a transfer between these ends (null: outside the tree) on the day. */
    Optional<TransferHandling> decide(Long fromBranchId, Long toBranchId, LocalDate day) {
        if (fromBranchId != null && toBranchId != null && levels.sameGrassroots(fromBranchId, toBranchId, day)) {
            return levels.grassrootsOf(fromBranchId, day)
                    .map(grassroots -> new TransferHandling(grassroots, HandlingBasis.GRASSROOTS, day));
        }
        long anchor = fromBranchId != null ? fromBranchId : toBranchId;
        return levels.aboveGrassrootsOf(anchor, day)
                .map(above -> new TransferHandling(
                        above,
                        above.level() == LevelRole.PROVINCE
                                ? HandlingBasis.PROVINCE_BOARD
                                : HandlingBasis.ABOVE_GRASSROOTS,
                        day));
    }

    /** Who handles the transfer: as recorded when it was made, or, for an older one, decided on its date. */
    Optional<TransferHandling> of(Transfer t) {
        LocalDate day = t.rulesDay();
        if (t.getHandledByUnitId() != null) {
            return levels.on(t.getHandledByUnitId(), day)
                    .map(unit -> new TransferHandling(unit, t.getHandledBasis(), day));
        }
        if (t.getFromBranchId() == null && t.getToBranchId() == null) {
            return Optional.empty();
        }
        return decide(t.getFromBranchId(), t.getToBranchId(), day);
    }

    Optional<UnitOnDay> grassrootsOf(long unitId, LocalDate day) {
        return levels.grassrootsOf(unitId, day);
    }

    /** Whether both branches lay in one grassroots organisation on the day. */
    boolean sameGrassroots(long fromBranchId, long toBranchId, LocalDate day) {
        return levels.sameGrassroots(fromBranchId, toBranchId, day);
    }

    /** The actor's scope unit's level today, which decides what its officials may start. */
    Optional<LevelRole> levelOf(long unitId, LocalDate day) {
        return levels.levelOf(unitId, day);
    }

    Optional<UnitOnDay> on(long unitId, LocalDate day) {
        return levels.on(unitId, day);
    }
}
