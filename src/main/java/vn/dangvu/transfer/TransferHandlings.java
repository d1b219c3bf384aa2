package vn.dangvu.transfer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        return decide(
                fromBranchId == null ? null : levels.lineOn(fromBranchId, day),
                toBranchId == null ? null : levels.lineOn(toBranchId, day),
                day);
    }

    /** The rule of {@link #decide} on the branches' lines of the day (null: no branch on that side). */
    private static Optional<TransferHandling> decide(List<UnitOnDay> from, List<UnitOnDay> to, LocalDate day) {
        if (from != null && to != null) {
            Optional<UnitOnDay> grassroots = Levels.grassrootsIn(from);
            if (grassroots.isPresent()
                    && Levels.grassrootsIn(to)
                            .map(g -> g.id() == grassroots.get().id())
                            .orElse(false)) {
                return grassroots.map(g -> new TransferHandling(g, HandlingBasis.GRASSROOTS, day));
            }
        }
        List<UnitOnDay> anchor = from != null ? from : to;
        if (anchor == null) {
            return Optional.empty();
        }
        return Levels.aboveGrassrootsIn(anchor)
                .map(above -> new TransferHandling(
                        above,
                        above.level() == LevelRole.PROVINCE
                                ? HandlingBasis.PROVINCE_BOARD
                                : HandlingBasis.ABOVE_GRASSROOTS,
                        day));
    }

    /**
     * {@link #of} for many transfers (a campaign's letters), by transfer id: the lines of their units are read
     * once per day the rules are about ({@link Levels#linesOn}), not per transfer.
     */
    Map<Long, TransferHandling> ofAll(Collection<Transfer> transfers) {
        Map<Long, TransferHandling> found = new HashMap<>();
        Map<LocalDate, List<Transfer>> byDay = transfers.stream().collect(Collectors.groupingBy(Transfer::rulesDay));
        byDay.forEach((day, ofDay) -> {
            Set<Long> ids = new HashSet<>();
            for (Transfer t : ofDay) {
                if (t.getHandledByUnitId() != null) {
                    ids.add(t.getHandledByUnitId());
                } else {
                    java.util.stream.Stream.of(t.getFromBranchId(), t.getToBranchId())
                            .filter(java.util.Objects::nonNull)
                            .forEach(ids::add);
                }
            }
            Map<Long, List<UnitOnDay>> lines = levels.linesOn(ids, day);
            for (Transfer t : ofDay) {
                Optional<TransferHandling> handling;
                if (t.getHandledByUnitId() != null) {
                    List<UnitOnDay> line = lines.getOrDefault(t.getHandledByUnitId(), List.of());
                    handling = line.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new TransferHandling(line.get(line.size() - 1), t.getHandledBasis(), day));
                } else if (t.getFromBranchId() == null && t.getToBranchId() == null) {
                    handling = Optional.empty();
                } else {
                    handling = decide(
                            t.getFromBranchId() == null ? null : lines.get(t.getFromBranchId()),
                            t.getToBranchId() == null ? null : lines.get(t.getToBranchId()),
                            day);
                }
                handling.ifPresent(h -> found.put(t.getId(), h));
            }
        });
        return found;
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
