package vn.dangvu.organisation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.OrgEventKind;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Scope;

/**
 * The dated versions of units and the events that made them (V14). A change on day D closes the version
 * valid on D and opens one from D; a unit's current row in org_unit is then brought in line by
 * {@link #refreshCurrent()}. Nothing here is ever deleted: a version is closed, never overwritten, except
 * when a second change on the same day (a move, then an end, in one reorganisation) amends the version that
 * the first change opened that day.
 */
@Component
@RequiredArgsConstructor
public class UnitVersions {

    /** One version of a unit: valid from {@code validFrom} (null: since before the records) to {@code validTo}. */
    public record Version(
            long unitId,
            LocalDate validFrom,
            LocalDate validTo,
            String name,
            UnitKind kind,
            Long parentId,
            String path,
            LevelRole levelRole,
            UnitStatus status,
            Long eventId) {

        public Version withName(String newName) {
            return new Version(unitId, validFrom, validTo, newName, kind, parentId, path, levelRole, status, eventId);
        }

        public Version withPlace(Long newParentId, String newPath) {
            return new Version(
                    unitId, validFrom, validTo, name, kind, newParentId, newPath, levelRole, status, eventId);
        }

        public Version withStatus(UnitStatus newStatus) {
            return new Version(unitId, validFrom, validTo, name, kind, parentId, path, levelRole, newStatus, eventId);
        }

        public Version withLevel(LevelRole newLevel, UnitKind newKind) {
            return new Version(unitId, validFrom, validTo, name, newKind, parentId, path, newLevel, status, eventId);
        }

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
        }
    }

    private static final String COLUMNS = "unit_id as \"unitId\", valid_from as \"validFrom\", valid_to as \"validTo\","
            + " name, kind, parent_id as \"parentId\", path, level_role as \"levelRole\", status, event_id as \"eventId\"";

    private static final String VALID_ON =
            "(valid_from is null or valid_from <= :day) and (valid_to is null or valid_to > :day)";

    private final JdbcClient jdbc;

    /** An event and the units it names: SUBJECT for each unit changed, PREDECESSOR/SUCCESSOR for a merge or split. */
    public long event(
            OrgEventKind kind,
            LocalDate effectiveOn,
            Decision decision,
            Long reorganisationId,
            String note,
            Long userId) {
        long id = jdbc.sql("select nextval('org_event_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into org_event (id, kind, effective_on, decision_number, decision_date, decision_body,
                                               reorganisation_id, note, created_by)
                        values (:id, :kind, :on, :number, :date, :body, :reorganisation, :note, :user)""")
                .param("id", id)
                .param("kind", kind.name())
                .param("on", effectiveOn)
                .param("number", blankToNull(decision.number()))
                .param("date", decision.date(), java.sql.Types.DATE)
                .param("body", blankToNull(decision.body()))
                .param("reorganisation", reorganisationId, java.sql.Types.BIGINT)
                .param("note", blankToNull(note))
                .param("user", userId, java.sql.Types.BIGINT)
                .update();
        return id;
    }

    public void link(long eventId, long unitId, String role) {
        jdbc.sql("insert into org_event_unit (event_id, unit_id, role) values (:event, :unit, :role)"
                        + " on conflict do nothing")
                .param("event", eventId)
                .param("unit", unitId)
                .param("role", role)
                .update();
    }

    /** The first version of a new unit, valid from {@code from} (null: since before the records). */
    public void first(Version version) {
        insert(version);
    }

    public Optional<Version> on(long unitId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from org_unit_version where unit_id = :unit and " + VALID_ON)
                .param("unit", unitId)
                .param("day", day)
                .query(Version.class)
                .optional();
    }

    /** The versions of these units valid on a day (a unit with no version that day is absent). */
    public List<Version> allOn(Collection<Long> unitIds, LocalDate day) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from org_unit_version where unit_id in (:units) and " + VALID_ON)
                .param("units", unitIds)
                .param("day", day)
                .query(Version.class)
                .list();
    }

    /** Every version of a unit, oldest first. */
    public List<Version> of(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from org_unit_version where unit_id = :unit"
                        + " order by valid_from nulls first")
                .param("unit", unitId)
                .query(Version.class)
                .list();
    }

    /**
     * The versions valid on a day of the units whose path that day lies under {@code dayPath} (any, when
     * null) and whose current path lies in {@code current}, in that day's tree order.
     */
    public List<Version> onDayUnder(String dayPath, Scope current, LocalDate day) {
        return jdbc.sql("select v.unit_id as \"unitId\", v.valid_from as \"validFrom\", v.valid_to as \"validTo\","
                        + " v.name, v.kind, v.parent_id as \"parentId\", v.path, v.level_role as \"levelRole\","
                        + " v.status, v.event_id as \"eventId\""
                        + " from org_unit_version v join org_unit u on u.id = v.unit_id"
                        + " where " + current.where("u.path", "prefix") + " and v.path like :dayPrefix"
                        + " and (v.valid_from is null or v.valid_from <= :day)"
                        + " and (v.valid_to is null or v.valid_to > :day) order by v.path")
                .params(current.params("prefix"))
                .param("dayPrefix", dayPath == null ? "%" : dayPath + "%")
                .param("day", day)
                .query(Version.class)
                .list();
    }

    /** Today's paths of the units whose path on a day lay under {@code dayPath}. */
    public List<String> currentPathsUnderOn(String dayPath, LocalDate day) {
        return jdbc.sql("select u.path from org_unit_version v join org_unit u on u.id = v.unit_id"
                        + " where v.path like :prefix and (v.valid_from is null or v.valid_from <= :day)"
                        + " and (v.valid_to is null or v.valid_to > :day)")
                .param("prefix", dayPath + "%")
                .param("day", day)
                .query(String.class)
                .list();
    }

    /** The versions valid on a day of the units whose path on that day lies under {@code dayPath}. */
    public List<Version> subtreeOn(String dayPath, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from org_unit_version where path like :prefix and " + VALID_ON
                        + " order by path")
                .param("prefix", dayPath + "%")
                .param("day", day)
                .query(Version.class)
                .list();
    }

    /**
     * Makes the change from {@code day} on: the version valid that day is closed and a new one opened, or,
     * when it opened that same day, amended. A unit with a version opening after {@code day} is refused: its
     * later history would no longer follow.
     */
    public void change(long unitId, LocalDate day, long eventId, UnaryOperator<Version> change) {
        Version current = on(unitId, day).orElseThrow(() -> new BusinessRuleException("unit.notOnDate"));
        if (current.validTo() != null) {
            throw new BusinessRuleException("unit.laterChanges", current.name());
        }
        Version changed = change.apply(current);
        if (day.equals(current.validFrom())) {
            jdbc.sql("delete from org_unit_version where unit_id = :unit and valid_from = :day")
                    .param("unit", unitId)
                    .param("day", day)
                    .update();
        } else {
            jdbc.sql("update org_unit_version set valid_to = :day where unit_id = :unit and valid_to is null")
                    .param("unit", unitId)
                    .param("day", day)
                    .update();
        }
        insert(new Version(
                unitId,
                day,
                null,
                changed.name(),
                changed.kind(),
                changed.parentId(),
                changed.path(),
                changed.levelRole(),
                changed.status(),
                eventId));
    }

    /**
     * Places a unit under a new parent from {@code day}, with every unit below it on that day: their paths
     * on that day change with it. A parent inside the moved subtree is refused.
     */
    public void move(long unitId, long newParentId, LocalDate day, long eventId) {
        Version unit = on(unitId, day).orElseThrow(() -> new BusinessRuleException("unit.notOnDate"));
        Version parent = on(newParentId, day).orElseThrow(() -> new BusinessRuleException("unit.notOnDate"));
        if (parent.path().startsWith(unit.path())) {
            throw new BusinessRuleException("unit.moveIntoItself", unit.name());
        }
        String oldPath = unit.path();
        String newPath = parent.path() + unitId + "/";
        List<Version> below = new ArrayList<>(subtreeOn(oldPath, day));
        for (Version v : below) {
            String path = newPath + v.path().substring(oldPath.length());
            Long parentId = v.unitId() == unitId ? newParentId : v.parentId();
            change(v.unitId(), day, eventId, x -> x.withPlace(parentId, path));
        }
    }

    /** Whether any of these units has a version opening after {@code day}. */
    public boolean changedAfter(Collection<Long> unitIds, LocalDate day) {
        if (unitIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) > 0 from org_unit_version where unit_id in (:units) and valid_from > :day")
                .param("units", unitIds)
                .param("day", day)
                .query(Boolean.class)
                .single();
    }

    /**
     * Brings org_unit in line with the versions valid today: after a change, and each day for changes
     * prepared ahead of their date. Returns the units whose row changed.
     */
    public List<Long> refreshCurrent(LocalDate today) {
        return jdbc.sql("""
                        update org_unit u
                        set name = v.name, kind = v.kind, parent_id = v.parent_id, path = v.path,
                            level_role = v.level_role, status = v.status,
                            dissolved_on = case when v.status = 'ACTIVE' then null
                                                else coalesce(u.dissolved_on, v.valid_from) end,
                            dissolution_decision = case when v.status = 'ACTIVE' then null
                                                else coalesce(u.dissolution_decision, e.decision_number, '—') end,
                            version = u.version + 1
                        from org_unit_version v left join org_event e on e.id = v.event_id
                        where v.unit_id = u.id
                          and (v.valid_from is null or v.valid_from <= :day) and (v.valid_to is null or v.valid_to > :day)
                          and (u.name, u.kind, u.parent_id, u.path, u.level_role, u.status)
                              is distinct from (v.name, v.kind, v.parent_id, v.path, v.level_role, v.status)
                        returning u.id""").param("day", today).query(Long.class).list();
    }

    /** The units an event links, by role. */
    public List<EventUnit> unitsOf(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select event_id as \"eventId\", unit_id as \"unitId\", role from org_event_unit"
                        + " where event_id in (:events)")
                .param("events", eventIds)
                .query(EventUnit.class)
                .list();
    }

    public record EventUnit(long eventId, long unitId, String role) {}

    /** An event as the history shows it. */
    public record Event(
            long id,
            OrgEventKind kind,
            LocalDate effectiveOn,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionBody,
            Long reorganisationId,
            String note) {

        public Decision decision() {
            return new Decision(decisionNumber, decisionDate, decisionBody);
        }
    }

    /** The events that name a unit, oldest first. */
    public List<Event> eventsOf(long unitId) {
        return jdbc.sql("""
                        select distinct e.id, e.kind, e.effective_on as "effectiveOn", e.decision_number as "decisionNumber",
                               e.decision_date as "decisionDate", e.decision_body as "decisionBody",
                               e.reorganisation_id as "reorganisationId", e.note
                        from org_event e join org_event_unit x on x.event_id = e.id
                        where x.unit_id = :unit order by e.effective_on, e.id""").param("unit", unitId).query(Event.class).list();
    }

    /** The names of these units on a day (a unit with no version that day is absent). */
    public java.util.Map<Long, String> namesOn(Collection<Long> unitIds, LocalDate day) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select unit_id, name from org_unit_version where unit_id in (:units) and " + VALID_ON)
                .param("units", unitIds)
                .param("day", day)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /**
     * Each wanted unit placed on its day: its name, its parent's and its grandparent's of that day, in one
     * statement however many (a unit with no version that day is absent).
     */
    public java.util.Map<vn.dangvu.organisation.UnitPlace.Wanted, List<String>> placesOn(
            Collection<vn.dangvu.organisation.UnitPlace.Wanted> wanted) {
        java.util.Map<vn.dangvu.organisation.UnitPlace.Wanted, List<String>> places = new java.util.HashMap<>();
        if (wanted.isEmpty()) {
            return places;
        }
        List<vn.dangvu.organisation.UnitPlace.Wanted> list = List.copyOf(new java.util.LinkedHashSet<>(wanted));
        jdbc.sql("""
                        select w.unit_id, w.day, v.name, p.name, g.name
                        from unnest(cast(string_to_array(:units, ',') as bigint[]),
                                    cast(string_to_array(:days, ',') as date[])) as w(unit_id, day)
                        join org_unit_version v on v.unit_id = w.unit_id
                          and (v.valid_from is null or v.valid_from <= w.day) and (v.valid_to is null or v.valid_to > w.day)
                        left join org_unit_version p on p.unit_id = v.parent_id
                          and (p.valid_from is null or p.valid_from <= w.day) and (p.valid_to is null or p.valid_to > w.day)
                        left join org_unit_version g on g.unit_id = p.parent_id
                          and (g.valid_from is null or g.valid_from <= w.day) and (g.valid_to is null or g.valid_to > w.day)""")
                .param(
                        "units",
                        String.join(
                                ",",
                                list.stream()
                                        .map(w -> String.valueOf(w.unitId()))
                                        .toList()))
                .param(
                        "days",
                        String.join(
                                ",", list.stream().map(w -> w.day().toString()).toList()))
                .query((rs, n) -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 3; i <= 5 && rs.getString(i) != null; i++) {
                        names.add(rs.getString(i));
                    }
                    places.put(
                            new vn.dangvu.organisation.UnitPlace.Wanted(
                                    rs.getLong(1), rs.getObject(2, LocalDate.class)),
                            names);
                    return null;
                })
                .list();
        return places;
    }

    /** The paths of these units in the tree of a day (a unit with no version that day is absent). */
    public java.util.Map<Long, String> pathsOn(Collection<Long> unitIds, LocalDate day) {
        java.util.Map<Long, String> paths = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return paths;
        }
        jdbc.sql("select unit_id, path from org_unit_version where unit_id in (:units) and " + VALID_ON)
                .param("units", unitIds)
                .param("day", day)
                .query((rs, n) -> paths.put(rs.getLong(1), rs.getString(2)))
                .list();
        return paths;
    }

    private void insert(Version v) {
        jdbc.sql("""
                        insert into org_unit_version (id, unit_id, valid_from, valid_to, name, kind, parent_id, path,
                                                      level_role, status, event_id)
                        values (nextval('org_unit_version_seq'), :unit, :from, :to, :name, :kind, :parent, :path,
                                :level, :status, :event)""")
                .param("unit", v.unitId())
                .param("from", v.validFrom(), java.sql.Types.DATE)
                .param("to", v.validTo(), java.sql.Types.DATE)
                .param("name", v.name())
                .param("kind", v.kind().name())
                .param("parent", v.parentId(), java.sql.Types.BIGINT)
                .param("path", v.path())
                .param("level", v.levelRole().name())
                .param("status", v.status().name())
                .param("event", v.eventId(), java.sql.Types.BIGINT)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
