package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.domain.UnitVersions;
import vn.dangvu.organisation.domain.UnitVersions.Version;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;

/**
 * Changes of units on a date by a decision (sắp xếp tổ chức): establish, rename, move, merge, split, end,
 * change level. Each one writes dated versions and an event, leaves an audit entry, and brings today's tree
 * in line; membership periods are never touched, since a unit keeps its identity through all of them.
 * Every step runs in the caller's transaction, so that a reorganisation of many steps is all or nothing.
 * With an actor, every unit named must lie in the actor's scope and the actor must manage units; without
 * one (the demo's loader) the system acts. A change cannot be dated in the future: a reorganisation is
 * prepared ahead and committed once its date has come.
 */
@Service
@Transactional
public class Reorganiser {

    private final UnitVersions versions;
    private final OrganisationService organisation;
    private final OrganisationPolicy policy;
    private final AuditLog audit;
    private final jakarta.persistence.EntityManager entityManager;
    private final org.springframework.context.ApplicationEventPublisher events;

    Reorganiser(
            UnitVersions versions,
            OrganisationService organisation,
            OrganisationPolicy policy,
            AuditLog audit,
            jakarta.persistence.EntityManager entityManager,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.organisation = organisation;
        this.policy = policy;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** When, by what decision, and as part of which reorganisation (null: on its own) a change is made. */
    public record Step(LocalDate on, Decision decision, Long reorganisationId) {}

    /** A new unit under {@code parentId} (none: a new root), valid from the step's date. */
    public UnitView establish(
            Actor actor, Step step, String code, String name, UnitKind kind, LevelRole level, Long parentId) {
        check(actor, step, parentId == null ? List.of() : List.of(parentId));
        if (parentId != null && version(parentId, step.on()).status() != UnitStatus.ACTIVE) {
            throw new BusinessRuleException("unit.parentDissolved");
        }
        entityManager.flush();
        entityManager.clear();
        UnitView created = organisation.registerUnit(actor, code, name, kind, level, parentId, step.on());
        long event = event(actor, OrgEventKind.ESTABLISHED, step, List.of(created.id()));
        versions.link(event, created.id(), "SUBJECT");
        // the first version was written by the registration; it now names its event
        versions.change(created.id(), step.on(), event, v -> v);
        audit(
                actor,
                created.id(),
                OrgEventKind.ESTABLISHED,
                step,
                AuditDetails.of().text("name", created.name()));
        return refreshed(created.id());
    }

    public void rename(Actor actor, Step step, long unitId, String newName) {
        check(actor, step, List.of(unitId));
        String name = requireName(newName);
        long event = event(actor, OrgEventKind.RENAMED, step, List.of(unitId));
        String before = version(unitId, step.on()).name();
        versions.change(unitId, step.on(), event, v -> v.withName(name));
        audit(
                actor,
                unitId,
                OrgEventKind.RENAMED,
                step,
                AuditDetails.of().changed("name", AuditDetails.Kind.TEXT, null, before, name));
        refresh();
    }

    /** Places a unit, and everything under it, under another parent from the step's date. */
    public void move(Actor actor, Step step, long unitId, long newParentId) {
        check(actor, step, List.of(unitId, newParentId));
        Version parent = version(newParentId, step.on());
        if (parent.status() != UnitStatus.ACTIVE) {
            throw new BusinessRuleException("unit.parentDissolved");
        }
        long event = event(actor, OrgEventKind.MOVED, step, List.of(unitId));
        versions.move(unitId, newParentId, step.on(), event);
        audit(actor, unitId, OrgEventKind.MOVED, step, AuditDetails.of().unit("parent", newParentId));
        refresh();
    }

    /**
     * Merges units into a successor (a new unit, or one that keeps its identity): the predecessors' active
     * units move under the successor, and each predecessor ends, kept under the successor with its own
     * history, so that whoever reads the successor reads its predecessors' past too.
     */
    public void merge(Actor actor, Step step, Collection<Long> predecessorIds, long successorId) {
        List<Long> all = new ArrayList<>(predecessorIds);
        all.add(successorId);
        check(actor, step, all);
        if (predecessorIds.isEmpty() || predecessorIds.contains(successorId)) {
            throw new BusinessRuleException("unit.mergeNeedsOthers");
        }
        if (version(successorId, step.on()).status() != UnitStatus.ACTIVE) {
            throw new BusinessRuleException("unit.parentDissolved");
        }
        long event = event(actor, OrgEventKind.MERGED, step, all);
        for (long predecessor : predecessorIds) {
            versions.link(event, predecessor, "PREDECESSOR");
            for (Version child : activeChildren(predecessor, step.on())) {
                versions.move(child.unitId(), successorId, step.on(), event);
            }
            placeAndEnd(predecessor, successorId, step.on(), event);
            audit(
                    actor,
                    predecessor,
                    OrgEventKind.MERGED,
                    step,
                    AuditDetails.of().unit("successor", successorId));
        }
        versions.link(event, successorId, "SUCCESSOR");
        ended(actor, List.copyOf(predecessorIds), step.on());
        refresh();
    }

    /**
     * Splits a unit into successors that already exist (establish them first): its active units must have
     * been moved to them; it ends, kept under the first successor.
     */
    public void split(Actor actor, Step step, long predecessorId, List<Long> successorIds) {
        List<Long> all = new ArrayList<>(successorIds);
        all.add(predecessorId);
        check(actor, step, all);
        if (successorIds.size() < 2 || successorIds.contains(predecessorId)) {
            throw new BusinessRuleException("unit.splitNeedsTwo");
        }
        requireNoActiveChildren(predecessorId, step.on());
        long event = event(actor, OrgEventKind.SPLIT, step, all);
        versions.link(event, predecessorId, "PREDECESSOR");
        successorIds.forEach(s -> versions.link(event, s, "SUCCESSOR"));
        placeAndEnd(predecessorId, successorIds.get(0), step.on(), event);
        audit(actor, predecessorId, OrgEventKind.SPLIT, step, AuditDetails.of().unit("successor", successorIds.get(0)));
        ended(actor, List.of(predecessorId), step.on());
        refresh();
    }

    /**
     * Ends a unit (a level abolished): its active units must have moved away first. It is kept under
     * {@code keptUnderId} when given (the district under the new province), where its history stays readable.
     */
    public void end(Actor actor, Step step, long unitId, Long keptUnderId) {
        check(actor, step, keptUnderId == null ? List.of(unitId) : List.of(unitId, keptUnderId));
        requireNoActiveChildren(unitId, step.on());
        long event = event(actor, OrgEventKind.ENDED, step, List.of(unitId));
        if (keptUnderId == null) {
            versions.change(unitId, step.on(), event, v -> v.withStatus(UnitStatus.ENDED));
        } else {
            placeAndEnd(unitId, keptUnderId, step.on(), event);
        }
        audit(actor, unitId, OrgEventKind.ENDED, step, AuditDetails.of());
        ended(actor, List.of(unitId), step.on());
        refresh();
    }

    public void changeLevel(Actor actor, Step step, long unitId, LevelRole level, UnitKind kind) {
        check(actor, step, List.of(unitId));
        long event = event(actor, OrgEventKind.LEVEL_CHANGED, step, List.of(unitId));
        Version before = version(unitId, step.on());
        versions.change(unitId, step.on(), event, v -> v.withLevel(level, kind == null ? v.kind() : kind));
        audit(
                actor,
                unitId,
                OrgEventKind.LEVEL_CHANGED,
                step,
                AuditDetails.of()
                        .changed(
                                "levelRole",
                                AuditDetails.Kind.CODE,
                                "LevelRole",
                                before.levelRole().name(),
                                level.name()));
        refresh();
    }

    /** The other modules close what belonged to the ended units (their committees' seats), before the flush. */
    private void ended(Actor actor, List<Long> unitIds, LocalDate on) {
        events.publishEvent(new UnitsEnded(unitIds, on, actor));
    }

    private void placeAndEnd(long unitId, long keptUnderId, LocalDate on, long event) {
        versions.move(unitId, keptUnderId, on, event);
        versions.change(unitId, on, event, v -> v.withStatus(UnitStatus.ENDED));
    }

    private List<Version> activeChildren(long unitId, LocalDate on) {
        Version unit = version(unitId, on);
        return versions.subtreeOn(unit.path(), on).stream()
                .filter(v -> unitId == (v.parentId() == null ? -1 : v.parentId()))
                .filter(v -> v.status() == UnitStatus.ACTIVE)
                .toList();
    }

    private void requireNoActiveChildren(long unitId, LocalDate on) {
        List<Version> children = activeChildren(unitId, on);
        if (!children.isEmpty()) {
            throw new BusinessRuleException(
                    "unit.endHasActiveUnits",
                    version(unitId, on).name(),
                    String.join(", ", children.stream().map(Version::name).toList()));
        }
    }

    private void check(Actor actor, Step step, Collection<Long> unitIds) {
        if (step.on() == null) {
            throw BusinessRuleException.onField("effectiveOn", "unit.dateRequired");
        }
        if (step.on().isAfter(LocalDate.now())) {
            throw BusinessRuleException.onField("effectiveOn", "unit.dateInFuture");
        }
        if (actor != null) {
            policy.requireManageUnits(actor);
        }
        for (long id : unitIds) {
            UnitView unit = organisation.find(id).orElseThrow(NotFoundException::new);
            if (actor != null) {
                actor.requireCovers(unit.path());
            }
        }
    }

    private long event(Actor actor, OrgEventKind kind, Step step, Collection<Long> subjects) {
        long event = versions.event(
                kind, step.on(), step.decision(), step.reorganisationId(), null, actor == null ? null : actor.userId());
        subjects.forEach(id -> versions.link(event, id, "SUBJECT"));
        return event;
    }

    private void audit(Actor actor, long unitId, OrgEventKind kind, Step step, AuditDetails details) {
        audit.recordDetails(
                actor,
                OrganisationService.AUDIT_TYPE,
                unitId,
                kind.name(),
                details.date("effectiveOn", step.on())
                        .text("decision", step.decision().describe()));
    }

    private Version version(long unitId, LocalDate on) {
        return versions.on(unitId, on).orElseThrow(() -> new BusinessRuleException("unit.notOnDate"));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessRuleException.onField("name", "unit.nameRequired");
        }
        return name.trim();
    }

    /**
     * Today's rows follow the versions; entities read before are stale now, so the context starts afresh.
     * The units whose place or status changed are announced: the account module signs out the users whose
     * scope they are, whose signed-in scope would otherwise still be yesterday's path.
     */
    private void refresh() {
        entityManager.flush();
        List<Long> changed = versions.refreshCurrent(LocalDate.now());
        entityManager.clear();
        if (!changed.isEmpty()) {
            events.publishEvent(new UnitsChanged(changed));
        }
    }

    private UnitView refreshed(long id) {
        refresh();
        return organisation.find(id).orElseThrow();
    }
}
