package vn.dangvu.organisation;

import static vn.dangvu.organisation.Levels.pathIds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.domain.OrgUnit;
import vn.dangvu.organisation.domain.OrgUnitRepository;
import vn.dangvu.organisation.domain.UnitQueries;
import vn.dangvu.organisation.domain.UnitVersions;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.RecordLinks;
import vn.dangvu.shared.Scope;

/**
 * The organisation tree: district, communes, branches. Methods that take an {@link Actor} check the
 * actor's scope (another scope's unit answers {@link NotFoundException}) and role; the reads without an
 * actor are for other modules, which do their own checks. System loaders (the demo, imports) write
 * through {@link vn.dangvu.organisation.loading.OrganisationLoader}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public static final String AUDIT_TYPE = "UNIT";

    private final OrgUnitRepository units;
    private final UnitQueries unitQueries;
    private final UnitMembership membership;
    private final AuditLog audit;
    private final OrganisationPolicy policy;
    private final RecordLinks links;
    private final BranchRules branchRules;
    private final UnitVersions versions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<DissolutionCheck> dissolutionChecks;

    OrganisationService(
            OrgUnitRepository units,
            UnitQueries unitQueries,
            UnitMembership membership,
            AuditLog audit,
            OrganisationPolicy policy,
            RecordLinks links,
            BranchRules branchRules,
            UnitVersions versions,
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<DissolutionCheck> dissolutionChecks) {
        this.events = events;
        this.dissolutionChecks = dissolutionChecks;
        this.branchRules = branchRules;
        this.versions = versions;
        this.units = units;
        this.unitQueries = unitQueries;
        this.membership = membership;
        this.audit = audit;
        this.policy = policy;
        this.links = links;
    }

    // ---- reads for other modules (no scope check) ----

    public Optional<UnitView> find(long id) {
        return units.findById(id).map(OrgUnit::toView);
    }

    public Map<Long, UnitView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return units.findByIdIn(Set.copyOf(ids)).stream()
                .map(OrgUnit::toView)
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
    }

    public List<UnitView> roots() {
        return units.findByParentIdIsNull().stream().map(OrgUnit::toView).toList();
    }

    /** Units of the given kinds in the subtree of {@code rootPath}, in tree order. */
    public List<UnitView> subtreeOfKinds(String rootPath, Set<UnitKind> kinds, boolean activeOnly) {
        return subtreeOfKinds(Scope.of(rootPath), kinds, activeOnly);
    }

    /** Units of the given kinds in a scope (one subtree, or an ended unit's former subtree), in tree order. */
    public List<UnitView> subtreeOfKinds(Scope scope, Set<UnitKind> kinds, boolean activeOnly) {
        return unitQueries.subtreeOfKinds(scope, kinds, activeOnly);
    }

    /**
     * What an account of a unit that ended on {@code endedOn} reads: the units that lay at or under it the
     * day before, at their paths of today (a merge kept its communes under their successors, and moved its
     * branches there). A unit with no version that day (ended before the records began) keeps its own
     * subtree.
     */
    public Scope formerScope(UnitView unit, java.time.LocalDate endedOn) {
        java.time.LocalDate lastDay = endedOn.minusDays(1);
        List<String> paths = new ArrayList<>(List.of(unit.path()));
        versions.on(unit.id(), lastDay)
                .ifPresent(then -> paths.addAll(versions.currentPathsUnderOn(then.path(), lastDay)));
        return new Scope(paths);
    }

    /** The commune-level unit that holds this unit (itself if it is one), if any. */
    /** {@link #communeOf} for many units in one statement, by unit id (a unit under no commune is absent). */
    public Map<Long, UnitView> communesOf(Collection<UnitView> found) {
        Map<Long, UnitView> ancestors =
                findAll(found.stream().flatMap(u -> pathIds(u.path()).stream()).collect(Collectors.toSet()));
        Map<Long, UnitView> communes = new HashMap<>();
        for (UnitView unit : found) {
            pathIds(unit.path()).stream()
                    .map(ancestors::get)
                    .filter(u -> u != null && u.kind().isCommuneLevel())
                    .findFirst()
                    .ifPresent(commune -> communes.put(unit.id(), commune));
        }
        return communes;
    }

    public Optional<UnitView> communeOf(UnitView unit) {
        List<Long> ancestorIds = pathIds(unit.path());
        return findAll(ancestorIds).values().stream()
                .filter(u -> u.kind().isCommuneLevel())
                .findFirst();
    }

    /**
     * Select-list entries for the units of these kinds in the subtree of {@code rootPath}, in tree order,
     * each labelled with its parent's name ("Chi bộ Ấp Bình Hòa — Xã Tân Hộ Cơ").
     */
    public List<UnitChoice> choices(String rootPath, Set<UnitKind> kinds, boolean activeOnly) {
        return choices(Scope.of(rootPath), kinds, activeOnly);
    }

    /** {@link #choices(String, Set, boolean)} over a scope. */
    public List<UnitChoice> choices(Scope scope, Set<UnitKind> kinds, boolean activeOnly) {
        return unitQueries.choicesOfSubtree(scope, kinds, activeOnly, Integer.MAX_VALUE);
    }

    /** The names of these units on a day; a unit that did not exist that day is absent. */
    public Map<Long, String> namesOn(Collection<Long> ids, java.time.LocalDate day) {
        return versions.namesOn(Set.copyOf(ids), day);
    }

    /** The paths of these units in the tree of a day; a unit that did not exist that day is absent. */
    public Map<Long, String> pathsOn(Collection<Long> ids, java.time.LocalDate day) {
        return versions.pathsOn(Set.copyOf(ids), day);
    }

    /** Where a unit stood on a day, with that day's names ("Chi bộ Ấp X — Xã Thông Bình — Đảng bộ huyện …"). */
    public Optional<UnitPlace> placeOn(long unitId, java.time.LocalDate day) {
        return Optional.ofNullable(
                placesOn(List.of(new UnitPlace.Wanted(unitId, day))).get(new UnitPlace.Wanted(unitId, day)));
    }

    /** Each wanted unit placed on its own day, in one statement; a unit that did not exist that day is absent. */
    public Map<UnitPlace.Wanted, UnitPlace> placesOn(Collection<UnitPlace.Wanted> wanted) {
        Map<UnitPlace.Wanted, UnitPlace> places = new HashMap<>();
        versions.placesOn(wanted)
                .forEach((w, names) -> places.put(w, new UnitPlace(w.unitId(), w.day(), List.copyOf(names))));
        return places;
    }

    // ---- reads for a user ----

    public UnitView get(Actor actor, long id) {
        UnitView unit = find(id).orElseThrow(NotFoundException::new);
        actor.requireCovers(unit.path());
        return unit;
    }

    /** Active branches the actor may place members in, in tree order. */
    public List<UnitChoice> branchesInScope(Actor actor) {
        return choices(actor.scopePath(), UnitKind.BRANCH_KINDS, true);
    }

    /** Above this many branches in scope, a list's branch filter offers only the chosen commune's branches. */
    static final int BRANCH_FILTER_LIMIT = 300;

    /**
     * The branches a list may be filtered by: those of the chosen commune, or all those in scope when
     * they are few enough for one drop-down (a province has thousands); otherwise none until a commune
     * is chosen.
     */
    public List<UnitChoice> branchFilter(Actor actor, Long communeId) {
        if (communeId != null) {
            return find(communeId)
                    .filter(commune -> actor.covers(commune.path()))
                    .map(commune -> choices(commune.path(), UnitKind.BRANCH_KINDS, true))
                    .orElse(List.of());
        }
        List<UnitChoice> some =
                unitQueries.choicesOfSubtree(actor.scope(), UnitKind.BRANCH_KINDS, true, BRANCH_FILTER_LIMIT + 1);
        return some.size() <= BRANCH_FILTER_LIMIT ? some : List.of();
    }

    public List<UnitView> communesInScope(Actor actor) {
        return subtreeOfKinds(actor.scope(), UnitKind.COMMUNE_KINDS, false);
    }

    /**
     * Active hamlet/quarter branches a member of this actor's scope may live in: those of the whole tree
     * the actor belongs to, since people may live in another commune than the one they work in.
     */
    public List<UnitView> residences(Actor actor) {
        return subtreeOfKinds(topPath(actor), RESIDENCE_KINDS, true);
    }

    /** {@link #residences} as select-list entries. */
    public List<UnitChoice> residenceChoices(Actor actor) {
        return choices(topPath(actor), RESIDENCE_KINDS, true);
    }

    private static final Set<UnitKind> RESIDENCE_KINDS = EnumSet.of(UnitKind.HAMLET, UnitKind.QUARTER);

    private static String topPath(Actor actor) {
        return "/" + pathIds(actor.scopePath()).get(0) + "/";
    }

    /** How many levels below the top the tree page shows. */
    static final int TREE_DEPTH = 2;

    /** The actor's subtree with member counts (a unit counts its own members and those below it). */
    public UnitNode tree(Actor actor) {
        return tree(actor, actor.scopeUnitId());
    }

    /**
     * The tree below a unit in the actor's scope, {@link #TREE_DEPTH} levels deep: a province shows its
     * districts and communes, a district its communes and branches; deeper units are folded.
     */
    public UnitNode tree(Actor actor, long rootId) {
        UnitView top = get(actor, rootId);
        List<UnitView> all =
                units.findSubtree(top.path()).stream().map(OrgUnit::toView).toList();
        Map<Long, UnitMembership.Counts> counts = membership.countsByBranch(
                all.stream().filter(u -> u.kind().isBranch()).map(UnitView::id).toList());
        Map<Long, List<UnitView>> childrenByParent = new HashMap<>();
        for (UnitView unit : all) {
            childrenByParent
                    .computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                    .add(unit);
        }
        return node(top, childrenByParent, counts, TREE_DEPTH);
    }

    private static UnitNode node(
            UnitView unit,
            Map<Long, List<UnitView>> childrenByParent,
            Map<Long, UnitMembership.Counts> counts,
            int depth) {
        List<UnitNode> children = childrenByParent.getOrDefault(unit.id(), List.of()).stream()
                .sorted((a, b) ->
                        a.active() == b.active() ? a.name().compareToIgnoreCase(b.name()) : a.active() ? -1 : 1)
                .map(child -> node(child, childrenByParent, counts, depth - 1))
                .toList();
        UnitMembership.Counts own = counts.getOrDefault(unit.id(), UnitMembership.Counts.NONE);
        long members =
                own.members() + children.stream().mapToLong(UnitNode::members).sum();
        long probationary = own.probationary()
                + children.stream().mapToLong(UnitNode::probationary).sum();
        boolean folded = depth <= 0 && !children.isEmpty();
        return new UnitNode(unit, members, probationary, folded ? List.of() : children, folded);
    }

    public long activeMembers(long branchId) {
        return membership.activeMembers(branchId);
    }

    /** A unit's page: another scope's unit answers 404. */
    public UnitPage page(Actor actor, long id) {
        UnitView unit = get(actor, id);
        UnitView parent = unit.parentId() == null ? null : find(unit.parentId()).orElse(null);
        List<UnitVersions.Event> events = versions.eventsOf(id);
        List<UnitVersions.EventUnit> eventUnits =
                versions.unitsOf(events.stream().map(UnitVersions.Event::id).toList());
        return new UnitPage(
                unit,
                parent,
                activeMembers(id),
                policy.may(actor, unit, parent, links.on(actor, AUDIT_TYPE, id)),
                history(id, events),
                linked(actor, id, eventUnits, "SUCCESSOR", "PREDECESSOR"),
                linked(actor, id, eventUnits, "PREDECESSOR", "SUCCESSOR"));
    }

    /** The unit's versions, newest first, each with its parent's name at the version's start. */
    private List<UnitPage.HistoryLine> history(long id, List<UnitVersions.Event> unitEvents) {
        List<UnitVersions.Version> all = versions.of(id);
        Map<Long, UnitVersions.Event> events =
                unitEvents.stream().collect(Collectors.toMap(UnitVersions.Event::id, Function.identity()));
        List<UnitPage.HistoryLine> lines = new ArrayList<>();
        for (UnitVersions.Version v : all) {
            java.time.LocalDate day = v.validFrom() != null
                    ? v.validFrom()
                    : v.validTo() != null ? v.validTo().minusDays(1) : java.time.LocalDate.now();
            String parentName = v.parentId() == null
                    ? null
                    : versions.namesOn(List.of(v.parentId()), day).get(v.parentId());
            UnitVersions.Event event = v.eventId() == null ? null : events.get(v.eventId());
            lines.add(
                    0,
                    new UnitPage.HistoryLine(
                            v.validFrom(),
                            v.validTo(),
                            v.name(),
                            parentName,
                            v.levelRole(),
                            v.status(),
                            event == null ? null : event.kind(),
                            event == null ? null : event.decision().describe()));
        }
        return lines.size() > 1 || lines.stream().anyMatch(l -> l.event() != null) ? lines : List.of();
    }

    /**
     * The units on the other side of the merges and splits where this unit had role {@code role}, from the
     * units its events link.
     */
    private List<UnitPage.LinkedUnit> linked(
            Actor actor, long id, List<UnitVersions.EventUnit> links, String role, String otherRole) {
        List<Long> others = links.stream()
                .filter(l -> l.role().equals(otherRole) && l.unitId() != id)
                .filter(l -> links.stream()
                        .anyMatch(m -> m.eventId() == l.eventId()
                                && m.unitId() == id
                                && m.role().equals(role)))
                .map(UnitVersions.EventUnit::unitId)
                .distinct()
                .toList();
        Map<Long, UnitView> units = findAll(others);
        return others.stream()
                .map(units::get)
                .map(u -> new UnitPage.LinkedUnit(u.id(), u.name(), actor.covers(u.path())))
                .toList();
    }

    /**
     * The tree of a day, with that day's names, places and members: the root's subtree as it stood that
     * day, or, when the root did not exist yet, the units now under it as they stood. Either way only units
     * the actor may read now appear.
     */
    public UnitNode treeOn(Actor actor, long rootId, java.time.LocalDate day) {
        UnitView top = get(actor, rootId);
        Optional<UnitVersions.Version> then = versions.on(rootId, day);
        List<UnitView> all = (then.isPresent()
                        ? versions.onDayUnder(then.get().path(), actor.scope(), day)
                        : versions.onDayUnder(null, Scope.of(top.path()), day))
                .stream().map(OrganisationService::asView).toList();
        Map<Long, UnitMembership.Counts> counts = membership.countsByBranchOn(
                all.stream().filter(u -> u.kind().isBranch()).map(UnitView::id).toList(), day);
        Map<Long, List<UnitView>> childrenByParent = new HashMap<>();
        java.util.Set<Long> present = all.stream().map(UnitView::id).collect(Collectors.toSet());
        List<UnitView> roots = new ArrayList<>();
        for (UnitView unit : all) {
            if (unit.parentId() == null || !present.contains(unit.parentId())) {
                roots.add(unit);
            } else {
                childrenByParent
                        .computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        if (then.isPresent()) {
            return node(roots.get(0), childrenByParent, counts, TREE_DEPTH);
        }
        // the root did not exist that day (a province made in 2025): its units of that day stand side by side
        childrenByParent.put(top.id(), roots);
        return node(top, childrenByParent, counts, TREE_DEPTH + 1).withoutSelf();
    }

    private static UnitView asView(UnitVersions.Version v) {
        return new UnitView(
                v.unitId(),
                "",
                v.name(),
                v.kind(),
                v.status(),
                v.parentId(),
                v.path(),
                v.status() == UnitStatus.ACTIVE ? null : v.validFrom(),
                null,
                0,
                v.levelRole());
    }

    /** The page that confirms a dissolution: only for those who may dissolve (403 before the scope's 404). */
    public UnitPage dissolvePage(Actor actor, long id) {
        policy.requireManageUnits(actor);
        return page(actor, id);
    }

    /** The unit a new branch goes under, for the form: only for those who may add one. */
    public UnitView newBranchParent(Actor actor, long parentId) {
        policy.requireManageUnits(actor);
        return get(actor, parentId);
    }

    /** A branch of the actor's scope: a unit of another kind or scope answers 404. */
    public UnitView branch(Actor actor, long branchId) {
        UnitView branch = find(branchId).orElseThrow(NotFoundException::new);
        if (!branch.kind().isBranch()) {
            throw new NotFoundException();
        }
        actor.requireCovers(branch.path());
        return branch;
    }

    // ---- writes by a user ----

    @Transactional
    public UnitView createBranch(Actor actor, BranchForm form) {
        policy.requireManageUnits(actor);
        OrgUnit parent = units.findById(form.parentId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(parent.getPath());
        BusinessRuleException.throwIfAny(branchRules.check(form, false));
        return register(
                actor,
                "CREATED",
                null,
                form.code(),
                form.name(),
                form.kind(),
                LevelRole.forNew(form.kind(), parent.getLevelRole()),
                parent,
                form.establishedOn());
    }

    @Transactional
    public UnitView rename(Actor actor, long id, RenameForm form) {
        policy.requireManageUnits(actor);
        OrgUnit unit = loadInScope(actor, id);
        if (unit.getVersion() != form.version()) {
            throw new ConflictException();
        }
        UnitView view = unit.toView();
        if (view.parentId() != null
                && units.existsActiveSibling(view.parentId(), form.name().trim(), id)) {
            throw BusinessRuleException.onField("name", "unit.nameTaken");
        }
        java.time.LocalDate on = form.effectiveOn() == null ? java.time.LocalDate.now() : form.effectiveOn();
        if (on.isAfter(java.time.LocalDate.now())) {
            throw BusinessRuleException.onField("effectiveOn", "unit.dateInFuture");
        }
        unit.rename(form.name());
        units.flush();
        Decision decision = new Decision(form.decision(), null, null);
        long event = versions.event(OrgEventKind.RENAMED, on, decision, null, null, actor.userId());
        versions.link(event, id, "SUBJECT");
        versions.change(id, on, event, v -> v.withName(form.name().trim()));
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "RENAMED",
                AuditDetails.of()
                        .changed(
                                "name",
                                AuditDetails.Kind.TEXT,
                                null,
                                view.name(),
                                unit.toView().name())
                        .date("effectiveOn", on)
                        .text("decision", decision.describe()));
        return unit.toView();
    }

    @Transactional
    public UnitView dissolve(Actor actor, long id, DissolveForm form) {
        policy.requireManageUnits(actor);
        UnitView dissolved = dissolve(loadInScope(actor, id), form);
        events.publishEvent(new UnitsEnded(List.of(id), form.dissolvedOn(), actor));
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                id,
                "DISSOLVED",
                AuditDetails.of().text("decision", form.decision()).date("dissolvedOn", form.dissolvedOn()));
        return dissolved;
    }

    /** The root of the tree; on a new database (first start) a root unit of this name is made first. */
    @Transactional
    public UnitView rootOrCreate(String name) {
        return roots().stream()
                .findFirst()
                .orElseGet(() -> register(null, "CREATED", "ROOT", name, UnitKind.DISTRICT, null));
    }

    // ---- writes by system loaders, through OrganisationLoader ----

    UnitView registerChild(long parentId, String code, String name, UnitKind kind) {
        OrgUnit parent = units.findById(parentId).orElseThrow(NotFoundException::new);
        return register(null, "CREATED", code, name, kind, parent);
    }

    /**
     * A branch under a commune the actor manages, with the next free code "COMMUNE-Bn", imported from the
     * file {@code source}; the same rules as the branch form's.
     */
    UnitView createBranchWithCode(Actor actor, long communeId, String name, UnitKind kind, String source) {
        OrgUnit commune = loadInScope(actor, communeId);
        BusinessRuleException.throwIfAny(branchRules.check(new BranchForm(communeId, null, name, kind), true));
        String prefix = commune.toView().code() + "-B";
        int n = 1;
        while (units.existsByCodeIgnoreCase(prefix + n)) {
            n++;
        }
        return register(actor, "IMPORTED", source, prefix + n, name, kind, commune);
    }

    private UnitView dissolve(OrgUnit unit, DissolveForm form) {
        if (form.decision() == null || form.decision().isBlank()) {
            throw BusinessRuleException.onField("decision", "unit.decisionRequired");
        }
        if (form.dissolvedOn() == null) {
            throw BusinessRuleException.onField("dissolvedOn", "unit.dateRequired");
        }
        if (form.dissolvedOn().isAfter(java.time.LocalDate.now())) {
            throw BusinessRuleException.onField("dissolvedOn", "unit.dateInFuture");
        }
        long members = membership.activeMembers(unit.getId());
        if (members > 0) {
            throw new BusinessRuleException("unit.dissolveHasMembers", members);
        }
        unit.dissolve(form.decision(), form.dissolvedOn());
        // after the unit's own refusals (already dissolved); a refusal here rolls the change back
        dissolutionChecks.orderedStream().forEach(check -> check.check(unit.getId(), form.dissolvedOn()));
        units.flush();
        long event = versions.event(
                OrgEventKind.DISSOLVED,
                form.dissolvedOn(),
                new Decision(form.decision(), null, null),
                null,
                null,
                null);
        versions.link(event, unit.getId(), "SUBJECT");
        versions.change(unit.getId(), form.dissolvedOn(), event, v -> v.withStatus(UnitStatus.DISSOLVED));
        return unit.toView();
    }

    /** A new unit, under the form's rules, audited as made by the actor (the system when null) in this way. */
    UnitView register(Actor actor, String action, String code, String name, UnitKind kind, OrgUnit parent) {
        return register(actor, action, null, code, name, kind, parent);
    }

    /**
     * A unit established by a reorganisation step ({@link Reorganiser#establish}): its first version is
     * valid from {@code validFrom}, with the level role given.
     */
    UnitView registerUnit(
            Actor actor,
            String code,
            String name,
            UnitKind kind,
            LevelRole level,
            Long parentId,
            java.time.LocalDate validFrom) {
        OrgUnit parent = parentId == null ? null : units.findById(parentId).orElseThrow(NotFoundException::new);
        return register(actor, "CREATED", null, code, name, kind, level, parent, validFrom);
    }

    /** As above; an imported unit's audit entry names the file it came from ({@code source}). */
    private UnitView register(
            Actor actor, String action, String source, String code, String name, UnitKind kind, OrgUnit parent) {
        // a unit made by a user starts today; one the system loads has been there since before the records
        return register(
                actor,
                action,
                source,
                code,
                name,
                kind,
                LevelRole.forNew(kind, parent == null ? null : parent.getLevelRole()),
                parent,
                actor == null ? null : java.time.LocalDate.now());
    }

    private UnitView register(
            Actor actor,
            String action,
            String source,
            String code,
            String name,
            UnitKind kind,
            LevelRole level,
            OrgUnit parent,
            java.time.LocalDate validFrom) {
        String trimmedCode = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (units.existsByCodeIgnoreCase(trimmedCode)) {
            throw BusinessRuleException.onField("code", "unit.codeTaken");
        }
        if (parent != null && units.existsActiveSibling(parent.getId(), name.trim(), -1)) {
            throw BusinessRuleException.onField("name", "unit.nameTaken");
        }
        UnitView created = units.saveAndFlush(OrgUnit.create(units.nextId(), trimmedCode, name, kind, level, parent))
                .toView();
        versions.first(new UnitVersions.Version(
                created.id(),
                validFrom,
                null,
                created.name(),
                kind,
                created.parentId(),
                created.path(),
                level,
                UnitStatus.ACTIVE,
                null));
        String details = created.code() + " — " + created.name();
        audit.record(actor, AUDIT_TYPE, created.id(), action, source == null ? details : source + ": " + details);
        return created;
    }

    private OrgUnit loadInScope(Actor actor, long id) {
        OrgUnit unit = units.findById(id).orElseThrow(NotFoundException::new);
        actor.requireCovers(unit.getPath());
        return unit;
    }
}
