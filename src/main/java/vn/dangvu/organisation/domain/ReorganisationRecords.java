package vn.dangvu.organisation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.ReorganisationPage;
import vn.dangvu.organisation.ReorganisationState;
import vn.dangvu.organisation.ReorganisationStepKind;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;

/**
 * Reorganisations and the steps of their plans (V16). State changes are guarded in the statement itself
 * ({@code where state = 'PREPARED'}), so that two requests racing to commit or cancel one plan cannot both
 * succeed: the second finds nothing to change.
 */
@Component
@RequiredArgsConstructor
public class ReorganisationRecords {

    /** A reorganisation as its pages show it, with the names of who prepared, committed or cancelled it. */
    public record Header(
            long id,
            long scopeUnitId,
            String scopePath,
            String title,
            LocalDate effectiveOn,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionBody,
            ReorganisationState state,
            String preparedBy,
            Instant preparedAt,
            String committedBy,
            Instant committedAt,
            String cancelledBy,
            Instant cancelledAt,
            String cancelReason,
            long version) {

        public Decision decision() {
            return new Decision(decisionNumber, decisionDate, decisionBody);
        }
    }

    /** One step of a plan, with the units it changes. */
    public record PlannedStep(
            long id,
            int position,
            ReorganisationStepKind kind,
            String name,
            String code,
            UnitKind unitKind,
            LevelRole levelRole,
            Long targetUnitId,
            Long targetStepId,
            List<Long> unitIds) {}

    private static final String HEADER = """
            select r.id, r.scope_unit_id as "scopeUnitId", s.path as "scopePath", r.title,
                   r.effective_on as "effectiveOn", r.decision_number as "decisionNumber",
                   r.decision_date as "decisionDate", r.decision_body as "decisionBody", r.state,
                   p.full_name as "preparedBy", r.prepared_at as "preparedAt",
                   c.full_name as "committedBy", r.committed_at as "committedAt",
                   x.full_name as "cancelledBy", r.cancelled_at as "cancelledAt",
                   r.cancel_reason as "cancelReason", r.version
            from reorganisation r join org_unit s on s.id = r.scope_unit_id
                 join app_user p on p.id = r.prepared_by
                 left join app_user c on c.id = r.committed_by
                 left join app_user x on x.id = r.cancelled_by
            where r.id = :id""";

    private final JdbcClient jdbc;

    public long create(long scopeUnitId, String title, LocalDate effectiveOn, Decision decision, long userId) {
        long id = jdbc.sql("select nextval('reorganisation_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into reorganisation (id, scope_unit_id, title, effective_on, decision_number,
                                                    decision_date, decision_body, prepared_by)
                        values (:id, :scope, :title, :on, :number, :date, :body, :user)""")
                .param("id", id)
                .param("scope", scopeUnitId)
                .param("title", title)
                .param("on", effectiveOn)
                .param("number", decision.number())
                .param("date", decision.date(), java.sql.Types.DATE)
                .param("body", decision.body())
                .param("user", userId)
                .update();
        return id;
    }

    public Optional<Header> find(long id) {
        return jdbc.sql(HEADER).param("id", id).query(Header.class).optional();
    }

    /** The header, locked until the transaction ends: a second commit of the same plan waits for the first. */
    public Optional<Header> lock(long id) {
        jdbc.sql("select id from reorganisation where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
        return find(id);
    }

    /** Changes a prepared plan's header when its version is still {@code version}; false otherwise. */
    public boolean update(long id, long version, String title, LocalDate effectiveOn, Decision decision) {
        return jdbc.sql("""
                        update reorganisation set title = :title, effective_on = :on, decision_number = :number,
                               decision_date = :date, decision_body = :body, version = version + 1
                        where id = :id and version = :version and state = 'PREPARED'""")
                        .param("id", id)
                        .param("version", version)
                        .param("title", title)
                        .param("on", effectiveOn)
                        .param("number", decision.number())
                        .param("date", decision.date(), java.sql.Types.DATE)
                        .param("body", decision.body())
                        .update()
                == 1;
    }

    /** Bumps a prepared plan's version after its steps changed; false when it is no longer prepared. */
    public boolean touch(long id) {
        return jdbc.sql("update reorganisation set version = version + 1 where id = :id and state = 'PREPARED'")
                        .param("id", id)
                        .update()
                == 1;
    }

    public boolean markCommitted(long id, long userId) {
        return jdbc.sql("""
                        update reorganisation set state = 'COMMITTED', committed_by = :user, committed_at = now(),
                               version = version + 1
                        where id = :id and state = 'PREPARED'""").param("id", id).param("user", userId).update() == 1;
    }

    public boolean markCancelled(long id, long userId, String reason) {
        return jdbc.sql("""
                        update reorganisation set state = 'CANCELLED', cancelled_by = :user, cancelled_at = now(),
                               cancel_reason = :reason, version = version + 1
                        where id = :id and state = 'PREPARED'""")
                        .param("id", id)
                        .param("user", userId)
                        .param("reason", reason)
                        .update()
                == 1;
    }

    /** The reorganisations whose unit lies under {@code scopePath}, newest effective date first. */
    public PageView<ReorganisationPage.Row> page(String scopePath, int page, int size) {
        return PagedSql.page(
                jdbc,
                "r.id, r.title, r.effective_on as \"effectiveOn\", r.decision_number as \"decisionNumber\", r.state,"
                        + " (select count(*) from reorganisation_step s where s.reorganisation_id = r.id) as steps",
                " from reorganisation r join org_unit u on u.id = r.scope_unit_id where u.path like :prefix",
                "r.effective_on desc, r.id desc",
                Map.of("prefix", scopePath + "%"),
                ReorganisationPage.Row.class,
                page,
                size);
    }

    /** The plan's steps in order, each with the units it changes. */
    public List<PlannedStep> steps(long reorganisationId) {
        Map<Long, List<Long>> units = new HashMap<>();
        jdbc.sql("""
                        select su.step_id, su.unit_id from reorganisation_step_unit su
                        join reorganisation_step s on s.id = su.step_id
                        where s.reorganisation_id = :id order by su.step_id, su.unit_id""")
                .param("id", reorganisationId)
                .query((rs, n) -> units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return jdbc.sql("""
                        select id, position, kind, name, code, unit_kind, level_role, target_unit_id, target_step_id
                        from reorganisation_step where reorganisation_id = :id order by position""")
                .param("id", reorganisationId)
                .query((rs, n) -> new PlannedStep(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        ReorganisationStepKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("code"),
                        rs.getString("unit_kind") == null ? null : UnitKind.valueOf(rs.getString("unit_kind")),
                        rs.getString("level_role") == null ? null : LevelRole.valueOf(rs.getString("level_role")),
                        (Long) rs.getObject("target_unit_id", Long.class),
                        (Long) rs.getObject("target_step_id", Long.class),
                        List.copyOf(units.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    public long addStep(
            long reorganisationId,
            ReorganisationStepKind kind,
            String name,
            String code,
            UnitKind unitKind,
            LevelRole levelRole,
            Long targetUnitId,
            Long targetStepId,
            Collection<Long> unitIds) {
        long id = jdbc.sql("select nextval('reorganisation_step_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into reorganisation_step (id, reorganisation_id, position, kind, name, code, unit_kind,
                                                         level_role, target_unit_id, target_step_id)
                        values (:id, :plan, (select coalesce(max(position), 0) + 1 from reorganisation_step
                                             where reorganisation_id = :plan),
                                :kind, :name, :code, :unitKind, :level, :targetUnit, :targetStep)""")
                .param("id", id)
                .param("plan", reorganisationId)
                .param("kind", kind.name())
                .param("name", name)
                .param("code", code)
                .param("unitKind", unitKind == null ? null : unitKind.name(), java.sql.Types.VARCHAR)
                .param("level", levelRole == null ? null : levelRole.name(), java.sql.Types.VARCHAR)
                .param("targetUnit", targetUnitId, java.sql.Types.BIGINT)
                .param("targetStep", targetStepId, java.sql.Types.BIGINT)
                .update();
        for (long unit : unitIds) {
            jdbc.sql("insert into reorganisation_step_unit (step_id, unit_id) values (:step, :unit)")
                    .param("step", id)
                    .param("unit", unit)
                    .update();
        }
        return id;
    }

    public void removeStep(long stepId) {
        jdbc.sql("delete from reorganisation_step where id = :id")
                .param("id", stepId)
                .update();
    }

    /** For each of these units that has a version opening after {@code day}, the first such date. */
    public Map<Long, LocalDate> changedAfter(Collection<Long> unitIds, LocalDate day) {
        Map<Long, LocalDate> found = new HashMap<>();
        if (unitIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select unit_id, min(valid_from) from org_unit_version
                        where unit_id in (:units) and valid_from > :day group by unit_id""")
                .param("units", unitIds)
                .param("day", day)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        return found;
    }

    /** Which of these codes some unit already has (compared without case). */
    public List<String> codesTaken(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select upper(code) from org_unit where upper(code) in (:codes)")
                .param(
                        "codes",
                        codes.stream()
                                .map(c -> c.toUpperCase(java.util.Locale.ROOT))
                                .toList())
                .query(String.class)
                .list();
    }

    /** The units the events of a committed reorganisation name, in the order they were changed. */
    public List<Long> unitsChangedBy(long reorganisationId) {
        return jdbc.sql("""
                        select x.unit_id from org_event e join org_event_unit x on x.event_id = e.id
                        where e.reorganisation_id = :id group by x.unit_id order by min(e.id), x.unit_id""").param("id", reorganisationId).query(Long.class).list();
    }
}
