package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.domain.OrgUnitRepository;
import vn.dangvu.organisation.domain.UnitVersions;

/**
 * The one place that answers questions about Party levels on a day: which grassroots organisation a unit
 * belonged to, which committee stood directly above it, what level a unit had. Every rule that depends on
 * a level (who handles a transfer, whose quota a rating follows, who issues a letter) asks here, with the
 * date the rule is about, never a unit's kind: the same hamlet branch may be under a grassroots commune
 * committee in 2019 and itself a grassroots branch under a commune above the grassroots after 2025, as a
 * province's plan decides. A unit with no version on the day (made later than it) answers as it is today.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Levels {

    private final UnitVersions versions;
    private final OrgUnitRepository units;

    /** The unit as it stood on the day. */
    public Optional<UnitOnDay> on(long unitId, LocalDate day) {
        List<UnitOnDay> line = lineOn(unitId, day);
        return line.isEmpty() ? Optional.empty() : Optional.of(line.get(line.size() - 1));
    }

    public Optional<LevelRole> levelOf(long unitId, LocalDate day) {
        return on(unitId, day).map(UnitOnDay::level);
    }

    /** The units from the root of that day's tree down to the unit itself, as they stood on the day. */
    public List<UnitOnDay> lineOn(long unitId, LocalDate day) {
        Optional<UnitVersions.Version> self = versions.on(unitId, day);
        if (self.isEmpty()) {
            return lineToday(unitId);
        }
        List<Long> ids = pathIds(self.get().path());
        Map<Long, UnitVersions.Version> byId = versions.allOn(ids, day).stream()
                .collect(Collectors.toMap(UnitVersions.Version::unitId, Function.identity()));
        return line(ids, byId, currentPaths(ids));
    }

    /**
     * {@link #lineOn} for many units on one day, in three statements however many they are (a unit with no
     * version that day, as it is today, in three more of its own).
     */
    public Map<Long, List<UnitOnDay>> linesOn(Collection<Long> unitIds, LocalDate day) {
        Map<Long, List<UnitOnDay>> lines = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return lines;
        }
        Map<Long, List<Long>> pathOf = new java.util.HashMap<>();
        versions.allOn(unitIds, day).forEach(v -> pathOf.put(v.unitId(), pathIds(v.path())));
        java.util.Set<Long> all = new java.util.HashSet<>();
        pathOf.values().forEach(all::addAll);
        Map<Long, UnitVersions.Version> byId = all.isEmpty()
                ? Map.of()
                : versions.allOn(all, day).stream()
                        .collect(Collectors.toMap(UnitVersions.Version::unitId, Function.identity()));
        Map<Long, String> currentPaths = all.isEmpty() ? Map.of() : currentPaths(all);
        for (long id : unitIds) {
            List<Long> ids = pathOf.get(id);
            lines.put(id, ids == null ? lineToday(id) : line(ids, byId, currentPaths));
        }
        return lines;
    }

    private static List<UnitOnDay> line(
            List<Long> ids, Map<Long, UnitVersions.Version> byId, Map<Long, String> currentPaths) {
        List<UnitOnDay> line = new ArrayList<>();
        for (long id : ids) {
            UnitVersions.Version v = byId.get(id);
            if (v != null) {
                line.add(new UnitOnDay(
                        id, v.name(), v.kind(), v.levelRole(), v.parentId(), v.path(), currentPaths.get(id)));
            }
        }
        return line;
    }

    /** The grassroots organisation (tổ chức cơ sở đảng) the unit was, or lay in, on the day. */
    public Optional<UnitOnDay> grassrootsOf(long unitId, LocalDate day) {
        return grassrootsIn(lineOn(unitId, day));
    }

    /** {@link #grassrootsOf} on a line read already. */
    public static Optional<UnitOnDay> grassrootsIn(List<UnitOnDay> line) {
        return nearest(line, LevelRole.GRASSROOTS);
    }

    /**
     * The committee directly above the unit's grassroots organisation on the day (cấp ủy cấp trên trực tiếp
     * của tổ chức cơ sở đảng): a district before 1/7/2025; after it a commune committee above the grassroots,
     * or the province itself for a grassroots organisation directly under it.
     */
    public Optional<UnitOnDay> aboveGrassrootsOf(long unitId, LocalDate day) {
        return aboveGrassrootsIn(lineOn(unitId, day));
    }

    /** {@link #aboveGrassrootsOf} on a line read already. */
    public static Optional<UnitOnDay> aboveGrassrootsIn(List<UnitOnDay> line) {
        for (int i = line.size() - 1; i > 0; i--) {
            if (line.get(i).level() == LevelRole.GRASSROOTS) {
                return Optional.of(line.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The lowest unit that held both on the day (one of them, when one holds the other). */
    public Optional<UnitOnDay> lowestCommonAncestor(long a, long b, LocalDate day) {
        List<UnitOnDay> first = lineOn(a, day);
        List<UnitOnDay> second = lineOn(b, day);
        UnitOnDay common = null;
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            if (first.get(i).id() != second.get(i).id()) {
                break;
            }
            common = first.get(i);
        }
        return Optional.ofNullable(common);
    }

    /** Whether both units lay in one grassroots organisation on the day. */
    public boolean sameGrassroots(long a, long b, LocalDate day) {
        Optional<UnitOnDay> first = grassrootsOf(a, day);
        return first.isPresent()
                && grassrootsOf(b, day).map(g -> g.id() == first.get().id()).orElse(false);
    }

    private static Optional<UnitOnDay> nearest(List<UnitOnDay> line, LevelRole level) {
        for (int i = line.size() - 1; i >= 0; i--) {
            if (line.get(i).level() == level) {
                return Optional.of(line.get(i));
            }
        }
        return Optional.empty();
    }

    private List<UnitOnDay> lineToday(long unitId) {
        return units.findById(unitId)
                .map(unit -> {
                    List<Long> ids = pathIds(unit.getPath());
                    Map<Long, UnitView> byId = units.findByIdIn(java.util.Set.copyOf(ids)).stream()
                            .map(vn.dangvu.organisation.domain.OrgUnit::toView)
                            .collect(Collectors.toMap(UnitView::id, Function.identity()));
                    return ids.stream()
                            .map(byId::get)
                            .map(u -> new UnitOnDay(
                                    u.id(), u.name(), u.kind(), u.levelRole(), u.parentId(), u.path(), u.path()))
                            .toList();
                })
                .orElse(List.of());
    }

    private Map<Long, String> currentPaths(Collection<Long> ids) {
        return units.findByIdIn(java.util.Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(
                        vn.dangvu.organisation.domain.OrgUnit::getId, vn.dangvu.organisation.domain.OrgUnit::getPath));
    }

    /** The ids a unit's path names, the topmost first. */
    static List<Long> pathIds(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }
}
