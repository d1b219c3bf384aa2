package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dangvu.organisation.domain.ReorganisationRecords.PlannedStep;
import vn.dangvu.organisation.domain.UnitVersions.Version;
import vn.dangvu.shared.Violation;

/**
 * A plan played on a copy of the tree of its effective date, without writing anything: what each unit it
 * touches looks like before and after, and every problem that would stop the commit, all at once (the
 * commit itself, through {@link Reorganiser}, would stop at the first). Units established by the plan take
 * the key {@code -stepId} until they exist. It follows the Reorganiser's own rules: a merge moves the
 * predecessors' active units under the successor and keeps each predecessor, ended, under it; a unit ends
 * only when no active unit is left under it.
 */
final class ReorganisationPlan {

    /** A unit as the plan sees it at one moment. */
    static final class Unit {
        final long key;
        String name;
        UnitKind kind;
        Long parentKey;
        LevelRole level;
        UnitStatus status;

        Unit(long key, String name, UnitKind kind, Long parentKey, LevelRole level, UnitStatus status) {
            this.key = key;
            this.name = name;
            this.kind = kind;
            this.parentKey = parentKey;
            this.level = level;
            this.status = status;
        }

        Unit copy() {
            return new Unit(key, name, kind, parentKey, level, status);
        }

        boolean active() {
            return status == UnitStatus.ACTIVE;
        }

        boolean sameAs(Unit other) {
            return Objects.equals(name, other.name)
                    && kind == other.kind
                    && Objects.equals(parentKey, other.parentKey)
                    && level == other.level
                    && status == other.status;
        }
    }

    /** What the plan needs to know of the world, read by the service in a fixed number of statements. */
    record World(
            LocalDate day,
            List<Version> unitsOnDay,
            Map<Long, String> namesOutside,
            long topUnitId,
            boolean topIsRoot,
            Set<String> codesTaken) {}

    private final World world;
    private final Map<Long, Unit> before = new HashMap<>();
    private final Map<Long, Unit> after = new HashMap<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> moved = new HashSet<>();
    private final List<Violation> problems = new ArrayList<>();
    private final List<Violation> notes = new ArrayList<>();
    private final List<Long> newRoots = new ArrayList<>();

    private ReorganisationPlan(World world) {
        this.world = world;
        for (Version v : world.unitsOnDay()) {
            Unit unit = new Unit(v.unitId(), v.name(), v.kind(), v.parentId(), v.levelRole(), v.status());
            before.put(unit.key, unit);
            after.put(unit.key, unit.copy());
        }
    }

    /** Plays the steps in order. */
    static ReorganisationPlan play(World world, List<PlannedStep> steps) {
        ReorganisationPlan plan = new ReorganisationPlan(world);
        if (steps.isEmpty()) {
            plan.problem("reorganisation.problem.noSteps");
        }
        Set<String> codes = new HashSet<>();
        for (PlannedStep step : steps) {
            plan.apply(step, codes);
        }
        plan.checkNewRoots();
        return plan;
    }

    private void apply(PlannedStep step, Set<String> codes) {
        switch (step.kind()) {
            case ESTABLISH -> establish(step, codes);
            case MERGE -> merge(step);
            case MOVE -> {
                Unit parent = target(step, true);
                for (Unit unit : subjects(step, true)) {
                    if (parent != null) {
                        moveUnder(unit, parent);
                    }
                }
            }
            case RENAME -> {
                for (Unit unit : subjects(step, false)) {
                    String name = step.name() == null ? unit.name : step.name().trim();
                    requireFreeName(name, unit.parentKey, unit.key);
                    unit.name = name;
                    touched.add(unit.key);
                }
            }
            case CHANGE_LEVEL -> {
                for (Unit unit : subjects(step, false)) {
                    unit.level = step.levelRole() == null ? unit.level : step.levelRole();
                    unit.kind = step.unitKind() == null ? unit.kind : step.unitKind();
                    touched.add(unit.key);
                }
            }
            case END -> {
                Unit keptUnder = step.targetUnitId() == null && step.targetStepId() == null ? null : target(step, true);
                for (Unit unit : subjects(step, true)) {
                    List<Unit> left = activeChildren(unit.key);
                    if (!left.isEmpty()) {
                        problem(
                                "reorganisation.problem.activeUnitsLeft",
                                unit.name,
                                String.join(", ", left.stream().map(u -> u.name).toList()));
                    }
                    if (keptUnder != null && insideOf(keptUnder.key, unit.key)) {
                        problem("unit.moveIntoItself", unit.name);
                    } else if (keptUnder != null) {
                        unit.parentKey = keptUnder.key;
                        moved.add(unit.key);
                    }
                    unit.status = UnitStatus.ENDED;
                    touched.add(unit.key);
                }
            }
        }
    }

    private void establish(PlannedStep step, Set<String> codes) {
        Unit parent = null;
        if (step.targetUnitId() == null && step.targetStepId() == null) {
            if (!world.topIsRoot()) {
                problem("reorganisation.problem.rootNotAllowed", step.name());
            }
            newRoots.add(-step.id());
        } else {
            parent = target(step, true);
        }
        String code = step.code() == null ? "" : step.code().trim().toUpperCase(Locale.ROOT);
        if (world.codesTaken().contains(code) || !codes.add(code)) {
            problem("reorganisation.problem.codeTaken", step.code(), step.name());
        }
        if (parent != null) {
            requireFreeName(step.name(), parent.key, null);
        }
        Unit created = new Unit(
                -step.id(),
                step.name(),
                step.unitKind(),
                parent == null ? null : parent.key,
                step.levelRole(),
                UnitStatus.ACTIVE);
        after.put(created.key, created);
        touched.add(created.key);
    }

    private void merge(PlannedStep step) {
        Unit successor = target(step, true);
        List<Unit> predecessors = subjects(step, true);
        if (successor == null) {
            return;
        }
        if (step.unitIds().isEmpty() || step.unitIds().contains(successor.key)) {
            problem("unit.mergeNeedsOthers");
            return;
        }
        touched.add(successor.key);
        for (Unit predecessor : predecessors) {
            for (Unit child : activeChildren(predecessor.key)) {
                moveUnder(child, successor);
            }
            if (!insideOf(successor.key, predecessor.key)) {
                predecessor.parentKey = successor.key;
                moved.add(predecessor.key);
            }
            predecessor.status = UnitStatus.ENDED;
            touched.add(predecessor.key);
            if (predecessor.kind != null && predecessor.kind.isBranch()) {
                notes.add(Violation.of(null, "reorganisation.note.branchMerged", predecessor.name, successor.name));
            }
        }
    }

    private void moveUnder(Unit unit, Unit parent) {
        if (insideOf(parent.key, unit.key)) {
            problem("unit.moveIntoItself", unit.name);
            return;
        }
        if (unit.active()) {
            requireFreeName(unit.name, parent.key, unit.key);
        }
        unit.parentKey = parent.key;
        moved.add(unit.key);
        touched.add(unit.key);
        touched.add(parent.key);
    }

    /** The step's other side, which must be active when {@code active}; null (with a problem) when unknown. */
    private Unit target(PlannedStep step, boolean active) {
        Long key = step.targetStepId() != null ? Long.valueOf(-step.targetStepId()) : step.targetUnitId();
        if (key == null) {
            problem("reorganisation.problem.targetMissing", step.position());
            return null;
        }
        Unit unit = existing(key);
        if (unit != null && active && !unit.active()) {
            problem("reorganisation.problem.targetNotActive", unit.name);
        }
        return unit;
    }

    /** The units the step changes, as they stand at this step; those missing that day are problems. */
    private List<Unit> subjects(PlannedStep step, boolean activeOnly) {
        List<Unit> found = new ArrayList<>();
        if (step.unitIds().isEmpty()) {
            problem("reorganisation.problem.unitsMissing", step.position());
        }
        for (long id : step.unitIds()) {
            Unit unit = existing(id);
            if (unit == null) {
                continue;
            }
            if (activeOnly && !unit.active()) {
                problem("reorganisation.problem.notActive", unit.name);
                continue;
            }
            found.add(unit);
        }
        return found;
    }

    private Unit existing(long key) {
        Unit unit = after.get(key);
        if (unit == null) {
            String name = world.namesOutside().get(key);
            problem("reorganisation.problem.notOnDate", name == null ? "#" + key : name);
        }
        return unit;
    }

    private void requireFreeName(String name, Long parentKey, Long self) {
        if (name == null || parentKey == null) {
            return;
        }
        boolean taken = after.values().stream()
                .anyMatch(u -> u.active()
                        && parentKey.equals(u.parentKey)
                        && (self == null || u.key != self)
                        && u.name.trim().equalsIgnoreCase(name.trim()));
        if (taken) {
            problem("reorganisation.problem.nameTaken", name.trim(), nameOf(after, parentKey));
        }
    }

    private List<Unit> activeChildren(long key) {
        return after.values().stream()
                .filter(u -> u.active() && Objects.equals(u.parentKey, key))
                .sorted((a, b) -> a.name.compareToIgnoreCase(b.name))
                .toList();
    }

    /** Whether {@code key} is {@code ancestor} or lies under it, after the steps so far. */
    private boolean insideOf(long key, long ancestor) {
        Long at = key;
        for (int depth = 0; at != null && depth < 64; depth++) {
            if (at == ancestor) {
                return true;
            }
            Unit unit = after.get(at);
            at = unit == null ? null : unit.parentKey;
        }
        return false;
    }

    /** A new root is only for the staff of the top unit, and only when it ends up holding that unit. */
    private void checkNewRoots() {
        for (long root : newRoots) {
            if (world.topIsRoot() && !insideOf(world.topUnitId(), root)) {
                problem(
                        "reorganisation.problem.rootMustHoldTop",
                        nameOf(after, root),
                        nameOf(before, world.topUnitId()));
            }
        }
    }

    private void problem(String key, Object... arguments) {
        Violation violation = Violation.of(null, key, arguments);
        if (!problems.contains(violation)) {
            problems.add(violation);
        }
    }

    String nameOf(Map<Long, Unit> state, Long key) {
        if (key == null) {
            return null;
        }
        Unit unit = state.get(key);
        return unit != null ? unit.name : world.namesOutside().get(key);
    }

    // ---- what the preview shows ----

    List<Violation> problems() {
        return problems;
    }

    List<Violation> notes() {
        return notes;
    }

    /** The units the plan touches, in the order it first touches them. */
    List<Long> affected() {
        List<Long> keys = new ArrayList<>();
        for (long key : touched) {
            Unit was = before.get(key);
            Unit is = after.get(key);
            if (was == null || is == null || !was.sameAs(is) || isTarget(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private boolean isTarget(long key) {
        return after.values().stream().anyMatch(u -> Objects.equals(u.parentKey, key) && moved.contains(u.key));
    }

    Unit before(long key) {
        return before.get(key);
    }

    Unit after(long key) {
        return after.get(key);
    }

    String parentNameBefore(Unit unit) {
        return nameOf(before, unit.parentKey);
    }

    String parentNameAfter(Unit unit) {
        return nameOf(after, unit.parentKey);
    }

    /** The existing units the plan changes, with every unit below a moved one (its path changes too). */
    Set<Long> changedUnits() {
        Set<Long> changed = new LinkedHashSet<>();
        for (long key : touched) {
            Unit was = before.get(key);
            Unit is = after.get(key);
            if (was != null && is != null && !was.sameAs(is)) {
                changed.add(key);
            }
        }
        for (long key : moved) {
            changed.addAll(below(before, key));
            changed.addAll(below(after, key));
        }
        changed.removeIf(key -> key < 0 || !before.containsKey(key));
        return changed;
    }

    /** The branches under (or equal to) a unit in one state of the tree. */
    Set<Long> branchesUnder(Map<Long, Unit> state, long key) {
        Set<Long> branches = new HashSet<>();
        for (long unit : below(state, key)) {
            Unit u = state.get(unit);
            if (u != null && u.kind != null && u.kind.isBranch() && unit > 0) {
                branches.add(unit);
            }
        }
        return branches;
    }

    Map<Long, Unit> beforeState() {
        return before;
    }

    Map<Long, Unit> afterState() {
        return after;
    }

    /** A unit and every unit under it in one state of the tree. */
    private static Set<Long> below(Map<Long, Unit> state, long key) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Unit u : state.values()) {
            if (u.parentKey != null) {
                children.computeIfAbsent(u.parentKey, k -> new ArrayList<>()).add(u.key);
            }
        }
        Set<Long> found = new LinkedHashSet<>();
        List<Long> queue = new ArrayList<>(List.of(key));
        while (!queue.isEmpty()) {
            long next = queue.remove(queue.size() - 1);
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    static Set<String> upper(Collection<String> codes) {
        Set<String> set = new HashSet<>();
        codes.forEach(c -> set.add(c.toUpperCase(Locale.ROOT)));
        return set;
    }
}
