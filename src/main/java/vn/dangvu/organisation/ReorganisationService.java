package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.domain.ReorganisationRecords;
import vn.dangvu.organisation.domain.ReorganisationRecords.Header;
import vn.dangvu.organisation.domain.ReorganisationRecords.PlannedStep;
import vn.dangvu.organisation.domain.UnitVersions;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Scope;
import vn.dangvu.shared.Violations;
import vn.dangvu.shared.web.LocalDateFormatter;

/**
 * Reorganisations (sắp xếp tổ chức) prepared ahead, previewed, and committed in one step: staff who manage
 * units write a plan of steps on an effective date; the preview plays it on the tree of that date and
 * lists every unit it touches with its members and every problem at once; the commit runs each step
 * through {@link Reorganiser} in one transaction, all or nothing, once the date has come. Only those who
 * manage units read them (403), and only those of their scope (404): a reorganisation belongs to the unit
 * of whoever prepared it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReorganisationService {

    public static final String AUDIT_TYPE = "REORGANISATION";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

    private final ReorganisationRecords records;
    private final OrganisationService organisation;
    private final OrganisationPolicy policy;
    private final Reorganiser reorganiser;
    private final UnitVersions versions;
    private final UnitMembership membership;
    private final AuditLog audit;

    // ---- reads ----

    public PageView<ReorganisationPage.Row> list(Actor signedIn, int page) {
        Actor actor = current(signedIn);
        policy.requireManageUnits(actor);
        return records.page(actor.scopePath(), page, PageView.DEFAULT_SIZE);
    }

    public ReorganisationForm editForm(Actor signedIn, long id) {
        Actor actor = current(signedIn);
        Header header = prepared(actor, id);
        return new ReorganisationForm(
                header.title(),
                header.effectiveOn(),
                header.decisionNumber(),
                header.decisionDate(),
                header.decisionBody(),
                header.version());
    }

    /** The page of a reorganisation: its plan, and while prepared, the preview of its commit. */
    public ReorganisationPage page(Actor signedIn, long id) {
        Actor actor = current(signedIn);
        Header header = header(actor, id);
        List<PlannedStep> steps = records.steps(id);
        ReorganisationPage.May may = policy.may(actor, header.state());
        ReorganisationPage.Summary summary = summary(header);
        if (header.state() != ReorganisationState.PREPARED) {
            Map<Long, String> names = names(steps, null);
            return new ReorganisationPage(
                    summary, lines(steps, names), List.of(), 0, List.of(), List.of(), changedBy(actor, id), may);
        }
        ReorganisationPlan plan = play(actor, header.effectiveOn(), steps);
        Map<Long, String> names = new HashMap<>();
        plan.afterState().forEach((key, unit) -> names.put(key, unit.name));
        names(steps, names);
        return preview(summary, steps, plan, names, may);
    }

    /** The choices of the step form: units of the actor's scope that are active today. */
    public List<UnitChoice> unitChoices(Actor signedIn) {
        Actor actor = current(signedIn);
        return organisation.choices(actor.scopePath(), java.util.EnumSet.allOf(UnitKind.class), true);
    }

    /** The other side of a step: an existing unit of the scope, or one that an earlier step establishes. */
    public List<ReorganisationPage.TargetChoice> targetChoices(Actor signedIn, long id) {
        Actor actor = current(signedIn);
        List<ReorganisationPage.TargetChoice> choices = new ArrayList<>();
        for (PlannedStep step : records.steps(id)) {
            if (step.kind() == ReorganisationStepKind.ESTABLISH) {
                choices.add(new ReorganisationPage.TargetChoice("s" + step.id(), step.name()));
            }
        }
        unitChoices(actor).forEach(c -> choices.add(new ReorganisationPage.TargetChoice("u" + c.id(), c.label())));
        return choices;
    }

    // ---- writes ----

    /** The form of a new reorganisation is only for those who may prepare one. */
    public void requireMayPrepare(Actor signedIn) {
        Actor actor = current(signedIn);
        policy.requireManageUnits(actor);
    }

    @Transactional
    public long prepare(Actor signedIn, ReorganisationForm form) {
        Actor actor = current(signedIn);
        policy.requireManageUnits(actor);
        long id = records.create(
                actor.scopeUnitId(), form.title().trim(), form.effectiveOn(), form.decision(), actor.userId());
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "PREPARED",
                AuditDetails.of()
                        .text("title", form.title().trim())
                        .date("effectiveOn", form.effectiveOn())
                        .text("decision", form.decision().describe()));
        return id;
    }

    @Transactional
    public void update(Actor signedIn, long id, ReorganisationForm form) {
        Actor actor = current(signedIn);
        Header header = prepared(actor, id);
        if (form.version() == null
                || !records.update(id, form.version(), form.title().trim(), form.effectiveOn(), form.decision())) {
            throw new ConflictException();
        }
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "UPDATED",
                AuditDetails.of()
                        .changed(
                                "title",
                                AuditDetails.Kind.TEXT,
                                null,
                                header.title(),
                                form.title().trim())
                        .date("effectiveOn", form.effectiveOn())
                        .text("decision", form.decision().describe()));
    }

    /** Adds a step at the end of the plan; every problem of the form is reported at once. */
    @Transactional
    public void addStep(Actor signedIn, long id, ReorganisationStepForm form) {
        Actor actor = current(signedIn);
        prepared(actor, id);
        BusinessRuleException.throwIfAny(rulesOf(actor, id, form).list().stream()
                .flatMap(e -> e.violations().stream())
                .toList());
        requireStillPrepared(id);
        Long targetUnit = null;
        Long targetStep = null;
        String target = form.target() == null ? "" : form.target().trim();
        if (target.startsWith("u")) {
            targetUnit = Long.parseLong(target.substring(1));
        } else if (target.startsWith("s")) {
            targetStep = Long.parseLong(target.substring(1));
        }
        ReorganisationStepKind kind = form.kind();
        boolean establish = kind == ReorganisationStepKind.ESTABLISH;
        boolean named = establish || kind == ReorganisationStepKind.RENAME;
        boolean targeted = kind != ReorganisationStepKind.RENAME && kind != ReorganisationStepKind.CHANGE_LEVEL;
        long step = records.addStep(
                id,
                kind,
                named ? form.name().trim() : null,
                establish ? form.code().trim().toUpperCase(java.util.Locale.ROOT) : null,
                establish || kind == ReorganisationStepKind.CHANGE_LEVEL ? form.unitKind() : null,
                establish || kind == ReorganisationStepKind.CHANGE_LEVEL ? form.levelRole() : null,
                targeted ? targetUnit : null,
                targeted ? targetStep : null,
                establish ? List.of() : form.units());
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "STEP_ADDED",
                AuditDetails.of().number("step", step).code("kind", kind));
    }

    /** The rules a step form breaks, all of them: the fields a kind needs, and units of the actor's scope. */
    public Violations rulesOf(Actor signedIn, long id, ReorganisationStepForm form) {
        Actor actor = current(signedIn);
        Violations found = new Violations();
        ReorganisationStepKind kind = form.kind();
        if (kind == null) {
            return found;
        }
        List<Long> units = form.units();
        switch (kind) {
            case ESTABLISH -> {
                if (blank(form.name())) {
                    found.onField("name", "unit.nameRequired");
                }
                if (blank(form.code())) {
                    found.onField("code", "reorganisation.step.codeRequired");
                } else if (!CODE.matcher(form.code().trim()).matches()) {
                    found.onField("code", "reorganisation.step.codeInvalid");
                }
                if (form.unitKind() == null) {
                    found.onField("unitKind", "reorganisation.step.unitKindRequired");
                }
                if (form.levelRole() == null) {
                    found.onField("levelRole", "reorganisation.step.levelRequired");
                }
                if (blank(form.target()) && !topIsRoot(actor)) {
                    found.onField("target", "reorganisation.step.parentRequired");
                }
            }
            case MERGE, MOVE -> {
                if (units.isEmpty()) {
                    found.onField("unitIds", "reorganisation.step.unitsRequired");
                }
                if (blank(form.target())) {
                    found.onField("target", "reorganisation.step.targetRequired");
                }
            }
            case RENAME, CHANGE_LEVEL, END -> {
                if (units.size() != 1) {
                    found.onField("unitIds", "reorganisation.step.oneUnit");
                }
                if (kind == ReorganisationStepKind.RENAME && blank(form.name())) {
                    found.onField("name", "unit.nameRequired");
                }
                if (kind == ReorganisationStepKind.CHANGE_LEVEL && form.levelRole() == null) {
                    found.onField("levelRole", "reorganisation.step.levelRequired");
                }
            }
        }
        if (kind != ReorganisationStepKind.ESTABLISH) {
            Map<Long, UnitView> found0 = organisation.findAll(units);
            if (units.stream()
                    .anyMatch(u -> !found0.containsKey(u)
                            || !actor.covers(found0.get(u).path()))) {
                found.onField("unitIds", "reorganisation.step.unitOutOfScope");
            }
        }
        if (!blank(form.target())
                && kind != ReorganisationStepKind.RENAME
                && kind != ReorganisationStepKind.CHANGE_LEVEL
                && !targetKnown(actor, id, form.target().trim())) {
            found.onField("target", "reorganisation.step.unitOutOfScope");
        }
        return found;
    }

    @Transactional
    public void removeStep(Actor signedIn, long id, long stepId) {
        Actor actor = current(signedIn);
        prepared(actor, id);
        List<PlannedStep> steps = records.steps(id);
        PlannedStep step =
                steps.stream().filter(s -> s.id() == stepId).findFirst().orElseThrow(NotFoundException::new);
        Optional<PlannedStep> user = steps.stream()
                .filter(s -> Long.valueOf(stepId).equals(s.targetStepId()))
                .findFirst();
        if (user.isPresent()) {
            throw new BusinessRuleException(
                    "reorganisation.step.inUse", step.name(), user.get().position());
        }
        requireStillPrepared(id);
        records.removeStep(stepId);
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "STEP_REMOVED",
                AuditDetails.of().number("step", stepId).code("kind", step.kind()));
    }

    /**
     * Runs the plan through the Reorganiser, step by step, in this one transaction: the first step that
     * fails undoes them all. Refused before the effective date, with any problem of the preview, or when
     * the reorganisation is no longer prepared (a second commit waits for the first on the row's lock, then
     * finds it committed).
     */
    @Transactional
    public void commit(Actor signedIn, long id, long version) {
        Actor actor = current(signedIn);
        policy.requireManageUnits(actor);
        Header header = records.lock(id).orElseThrow(NotFoundException::new);
        requireCovers(actor, header);
        if (header.state() != ReorganisationState.PREPARED) {
            throw new BusinessRuleException("reorganisation.notPrepared." + header.state());
        }
        if (header.version() != version) {
            // the plan changed since its preview was read: the user confirms what they saw, nothing else
            throw new ConflictException();
        }
        LocalDate on = header.effectiveOn();
        if (on.isAfter(LocalDate.now())) {
            throw new BusinessRuleException("reorganisation.notYet", LocalDateFormatter.DISPLAY.format(on));
        }
        List<PlannedStep> steps = records.steps(id);
        ReorganisationPlan plan = play(actor, on, steps);
        BusinessRuleException.throwIfAny(plan.problems());
        Reorganiser.Step dated = new Reorganiser.Step(on, header.decision(), id);
        Map<Long, Long> established = new HashMap<>();
        Long newRoot = null;
        for (PlannedStep step : steps) {
            Long target = step.targetStepId() != null ? established.get(step.targetStepId()) : step.targetUnitId();
            List<Long> named = new ArrayList<>(step.unitIds());
            if (target != null) {
                named.add(target);
            }
            Actor as = actingFor(actor, newRoot, named);
            switch (step.kind()) {
                case ESTABLISH -> {
                    UnitView created = reorganiser.establish(
                            as, dated, step.code(), step.name(), step.unitKind(), step.levelRole(), target);
                    established.put(step.id(), created.id());
                    if (target == null) {
                        newRoot = created.id();
                    }
                }
                case MERGE -> reorganiser.merge(as, dated, step.unitIds(), target);
                case MOVE -> step.unitIds().forEach(unit -> reorganiser.move(as, dated, unit, target));
                case RENAME -> reorganiser.rename(as, dated, step.unitIds().get(0), step.name());
                case CHANGE_LEVEL ->
                    reorganiser.changeLevel(as, dated, step.unitIds().get(0), step.levelRole(), step.unitKind());
                case END -> reorganiser.end(as, dated, step.unitIds().get(0), target);
            }
        }
        if (!records.markCommitted(id, actor.userId())) {
            throw new BusinessRuleException("reorganisation.notPrepared.COMMITTED");
        }
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "COMMITTED",
                AuditDetails.of()
                        .text("title", header.title())
                        .date("effectiveOn", on)
                        .text("decision", header.decision().describe())
                        .number("steps", steps.size()));
    }

    @Transactional
    public void cancel(Actor signedIn, long id, String reason) {
        Actor actor = current(signedIn);
        prepared(actor, id);
        if (blank(reason)) {
            throw BusinessRuleException.onField("reason", "reorganisation.cancel.reasonRequired");
        }
        if (!records.markCancelled(id, actor.userId(), reason.trim())) {
            throw new ConflictException();
        }
        audit.recordDetails(
                actor, AUDIT_TYPE, id, "CANCELLED", AuditDetails.of().text("reason", reason.trim()));
    }

    /** A prepared reorganisation for the pages that change it: 403 for a reader, 404 outside the scope. */
    public ReorganisationPage.Summary preparedSummary(Actor signedIn, long id) {
        Actor actor = current(signedIn);
        return summary(prepared(actor, id));
    }

    // ---- the plan ----

    private ReorganisationPlan play(Actor actor, LocalDate day, List<PlannedStep> steps) {
        List<UnitVersions.Version> onDay = versions.onDayUnder(null, Scope.of(actor.scopePath()), day);
        Set<Long> present = new HashSet<>();
        onDay.forEach(v -> present.add(v.unitId()));
        Set<Long> outside = new HashSet<>();
        onDay.stream()
                .map(UnitVersions.Version::parentId)
                .filter(p -> p != null && !present.contains(p))
                .forEach(outside::add);
        for (PlannedStep step : steps) {
            step.unitIds().stream().filter(u -> !present.contains(u)).forEach(outside::add);
            if (step.targetUnitId() != null && !present.contains(step.targetUnitId())) {
                outside.add(step.targetUnitId());
            }
        }
        Map<Long, String> namesOutside = new HashMap<>(versions.namesOn(outside, day));
        Map<Long, UnitView> current = organisation.findAll(outside);
        outside.forEach(id -> {
            if (!namesOutside.containsKey(id)
                    && current.containsKey(id)
                    && actor.covers(current.get(id).path())) {
                namesOutside.put(id, current.get(id).name());
            }
        });
        List<String> codes = steps.stream()
                .filter(s -> s.kind() == ReorganisationStepKind.ESTABLISH && s.code() != null)
                .map(PlannedStep::code)
                .toList();
        ReorganisationPlan plan = ReorganisationPlan.play(
                new ReorganisationPlan.World(
                        day,
                        onDay,
                        namesOutside,
                        actor.scopeUnitId(),
                        topIsRoot(actor),
                        ReorganisationPlan.upper(records.codesTaken(codes))),
                steps);
        Map<Long, LocalDate> later = records.changedAfter(plan.changedUnits(), day);
        later.forEach((unit, date) -> plan.problems()
                .add(vn.dangvu.shared.Violation.of(
                        null,
                        "reorganisation.problem.laterChange",
                        plan.nameOf(plan.beforeState(), unit),
                        LocalDateFormatter.DISPLAY.format(date))));
        return plan;
    }

    private ReorganisationPage preview(
            ReorganisationPage.Summary summary,
            List<PlannedStep> steps,
            ReorganisationPlan plan,
            Map<Long, String> names,
            ReorganisationPage.May may) {
        List<Long> affected = plan.affected();
        Map<Long, Set<Long>> branchesBefore = new HashMap<>();
        Map<Long, Set<Long>> branchesAfter = new HashMap<>();
        Set<Long> allBranches = new LinkedHashSet<>();
        for (long key : affected) {
            Set<Long> was = plan.before(key) == null ? Set.of() : plan.branchesUnder(plan.beforeState(), key);
            Set<Long> is = plan.branchesUnder(plan.afterState(), key);
            branchesBefore.put(key, was);
            branchesAfter.put(key, is);
            allBranches.addAll(was);
            allBranches.addAll(is);
        }
        Map<Long, Long> members = membership.activeMembersByBranch(allBranches);
        List<ReorganisationPage.AffectedUnit> rows = new ArrayList<>();
        for (long key : affected) {
            ReorganisationPlan.Unit was = plan.before(key);
            ReorganisationPlan.Unit is = plan.after(key);
            rows.add(new ReorganisationPage.AffectedUnit(
                    key > 0 ? key : null,
                    was == null ? null : side(was, plan.parentNameBefore(was)),
                    is == null ? null : side(is, plan.parentNameAfter(is)),
                    sum(members, branchesBefore.get(key)),
                    sum(members, branchesAfter.get(key))));
        }
        long total = sum(members, allBranches);
        return new ReorganisationPage(
                summary, lines(steps, names), rows, total, List.copyOf(plan.problems()), plan.notes(), List.of(), may);
    }

    private static ReorganisationPage.Side side(ReorganisationPlan.Unit unit, String parentName) {
        return new ReorganisationPage.Side(unit.name, parentName, unit.status, unit.level);
    }

    private static long sum(Map<Long, Long> members, Collection<Long> branches) {
        return branches.stream().mapToLong(b -> members.getOrDefault(b, 0L)).sum();
    }

    private static List<ReorganisationPage.StepLine> lines(List<PlannedStep> steps, Map<Long, String> names) {
        Map<Long, String> planned = new HashMap<>();
        steps.forEach(s -> planned.put(s.id(), s.name()));
        return steps.stream()
                .map(s -> new ReorganisationPage.StepLine(
                        s.id(),
                        s.position(),
                        s.kind(),
                        String.join(
                                ", ",
                                s.unitIds().stream()
                                        .map(u -> names.getOrDefault(u, "#" + u))
                                        .toList()),
                        s.targetStepId() != null
                                ? planned.get(s.targetStepId())
                                : s.targetUnitId() == null
                                        ? null
                                        : names.getOrDefault(s.targetUnitId(), "#" + s.targetUnitId()),
                        s.name(),
                        s.code(),
                        s.unitKind(),
                        s.levelRole()))
                .toList();
    }

    /** Names of the units the steps name, today's, into {@code into} (a new map when null) where missing. */
    private Map<Long, String> names(List<PlannedStep> steps, Map<Long, String> into) {
        Map<Long, String> names = into == null ? new HashMap<>() : into;
        Set<Long> ids = new HashSet<>();
        steps.forEach(s -> {
            ids.addAll(s.unitIds());
            if (s.targetUnitId() != null) {
                ids.add(s.targetUnitId());
            }
        });
        ids.removeAll(names.keySet());
        organisation.findAll(ids).forEach((id, unit) -> names.put(id, unit.name()));
        return names;
    }

    /** The units a committed reorganisation's events changed, those of the actor's scope linked. */
    private List<UnitChoice> changedBy(Actor actor, long id) {
        List<Long> ids = records.unitsChangedBy(id);
        Map<Long, UnitView> units = organisation.findAll(ids);
        return ids.stream()
                .map(units::get)
                .filter(u -> u != null && actor.covers(u.path()))
                .map(u -> new UnitChoice(u.id(), u.name()))
                .toList();
    }

    /**
     * The actor as the Reorganiser checks them for one step: their scope at its current place (a step may
     * have moved their own unit). A step that names the new root the plan establishes above their unit
     * (the province above a district) is checked here, unit by unit, against their own scope and that
     * root's, and then handed over with a scope spanning both trees, the two the step joins; the plan was
     * refused unless that root ends up holding their unit.
     */
    private Actor actingFor(Actor actor, Long newRoot, Collection<Long> named) {
        String path = organisation.find(actor.scopeUnitId()).map(UnitView::path).orElse(actor.scopePath());
        Actor own =
                new Actor(actor.userId(), actor.username(), actor.fullName(), actor.role(), actor.scopeUnitId(), path);
        if (newRoot == null) {
            return own;
        }
        UnitView root = organisation.find(newRoot).orElseThrow();
        Actor underRoot =
                new Actor(actor.userId(), actor.username(), actor.fullName(), actor.role(), root.id(), root.path());
        Collection<UnitView> units = organisation.findAll(named).values();
        if (units.stream().allMatch(u -> own.covers(u.path()))) {
            return own;
        }
        if (units.stream().allMatch(u -> own.covers(u.path()) || underRoot.covers(u.path()))) {
            return new Actor(actor.userId(), actor.username(), actor.fullName(), actor.role(), root.id(), "/");
        }
        return own;
    }

    /**
     * The actor with their scope where their unit stands now: a sign-in keeps the path of its day, and a
     * reorganisation may since have placed their unit under a new parent (the district under the province).
     */
    private Actor current(Actor actor) {
        return organisation
                .find(actor.scopeUnitId())
                .filter(unit -> !unit.path().equals(actor.scopePath()))
                .map(unit -> new Actor(
                        actor.userId(), actor.username(), actor.fullName(), actor.role(), unit.id(), unit.path()))
                .orElse(actor);
    }

    private boolean targetKnown(Actor actor, long id, String target) {
        try {
            long number = Long.parseLong(target.substring(1));
            if (target.startsWith("u")) {
                return organisation
                        .find(number)
                        .filter(u -> actor.covers(u.path()))
                        .isPresent();
            }
            return target.startsWith("s")
                    && records.steps(id).stream()
                            .anyMatch(s -> s.id() == number && s.kind() == ReorganisationStepKind.ESTABLISH);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private boolean topIsRoot(Actor actor) {
        return organisation
                .find(actor.scopeUnitId())
                .map(u -> u.parentId() == null)
                .orElse(false);
    }

    private Header header(Actor actor, long id) {
        policy.requireManageUnits(actor);
        Header header = records.find(id).orElseThrow(NotFoundException::new);
        requireCovers(actor, header);
        return header;
    }

    private Header prepared(Actor actor, long id) {
        Header header = header(actor, id);
        if (header.state() != ReorganisationState.PREPARED) {
            throw new BusinessRuleException("reorganisation.notPrepared." + header.state());
        }
        return header;
    }

    /**
     * Takes the plan's row lock and moves its version on before a step is written, so that a commit under
     * way finishes first and a step cannot slip into a plan just committed.
     */
    private void requireStillPrepared(long id) {
        if (!records.touch(id)) {
            throw new ConflictException();
        }
    }

    private static void requireCovers(Actor actor, Header header) {
        actor.requireCovers(header.scopePath());
    }

    private static ReorganisationPage.Summary summary(Header h) {
        return new ReorganisationPage.Summary(
                h.id(),
                h.title(),
                h.effectiveOn(),
                h.decision().describe(),
                h.state(),
                h.preparedBy(),
                day(h.preparedAt()),
                h.committedBy(),
                day(h.committedAt()),
                h.cancelledBy(),
                day(h.cancelledAt()),
                h.cancelReason(),
                h.effectiveOn().isAfter(LocalDate.now()),
                h.version());
    }

    private static LocalDate day(java.time.Instant at) {
        return at == null ? null : at.atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
