package vn.dangvu.member.domain;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MembershipChanges;
import vn.dangvu.shared.Scope;

/**
 * Tăng, giảm đảng viên in one statement. A stay of a member in a unit is an official period in one of its
 * branches; the stays of one member that follow each other inside the unit (an internal move) are one.
 * A stay that begins in the period is an increase: transferred in when another official period of the
 * member ended that day or when a transfer opened it (one from outside the tree), admitted when the
 * member was admitted in the period, otherwise another entry. A stay that ends in the period is a
 * decrease: transferred out when another official period began that day, else by the member's reason for
 * leaving. Periods run from {@code started_on} included to {@code ended_on} excluded, so the opening is
 * the stays of the eve of {@code from} and the closing those of {@code to}: every stay counted in one
 * and not the other is exactly one increase or decrease.
 */
@Component
@RequiredArgsConstructor
public class MembershipChangeQueries {

    private static final String VALID_ON_TO =
            "(v.valid_from is null or v.valid_from <= :to) and (v.valid_to is null or v.valid_to > :to)";

    private final JdbcClient jdbc;

    public List<MembershipChanges.Row> between(long scopeUnitId, Scope scope, LocalDate from, LocalDate to) {
        String official = OfficialPeriods.SQL;
        return jdbc.sql(scope.render("""
                        with commune as (
                            select c.id, v.name, v.path as tree_path from org_unit c join org_unit_version v on v.unit_id = c.id
                              and %2$s
                            where {c.path in scope} and c.id <> :scope and v.kind in ('COMMUNE', 'TOWN', 'WARD')
                              and v.status = 'ACTIVE'),
                        place as (
                            select cast(:scope as bigint) as unit_id, b.id as branch_id from org_unit b where {b.path in scope}
                            union all
                            select c.id, v.unit_id from commune c join org_unit_version v
                              on v.path like c.tree_path || '%%' and v.unit_id <> c.id and %2$s),
                        stay as (
                            select pl.unit_id, p.id, p.member_id, p.started_on, p.ended_on, p.transfer_id
                            from place pl join %1$s p on p.branch_id = pl.branch_id
                            where p.started_on <= :to and (p.ended_on is null or p.ended_on >= :from)),
                        entry as (
                            select s.unit_id,
                                   case when s.transfer_id is not null
                                             or exists (select 1 from %1$s q where q.member_id = s.member_id
                                                        and q.id <> s.id and q.ended_on = s.started_on)
                                        then 'IN'
                                        when m.admitted_on between :from and :to then 'ADMITTED'
                                        else 'OTHER' end as kind
                            from stay s join member m on m.id = s.member_id
                            where s.started_on >= :from
                              and not exists (select 1 from stay q where q.unit_id = s.unit_id and q.member_id = s.member_id
                                              and q.id <> s.id and q.ended_on = s.started_on)),
                        leaving as (
                            select s.unit_id,
                                   case when exists (select 1 from %1$s q where q.member_id = s.member_id
                                                     and q.id <> s.id and q.started_on = s.ended_on)
                                        then 'TRANSFERRED_OUT'
                                        when m.status = 'LEFT' then m.left_reason
                                        else 'OTHER' end as kind
                            from stay s join member m on m.id = s.member_id
                            where s.ended_on <= :to
                              and not exists (select 1 from stay q where q.unit_id = s.unit_id and q.member_id = s.member_id
                                              and q.id <> s.id and q.started_on = s.ended_on)),
                        recognised as (
                            select s.unit_id, count(distinct s.member_id) as n
                            from stay s join member m on m.id = s.member_id
                            where m.full_member_on between :from and :to
                              and s.started_on <= m.full_member_on and (s.ended_on is null or s.ended_on > m.full_member_on)
                            group by s.unit_id),
                        unit as (
                            select cast(:scope as bigint) as id, coalesce(v.name, u.name) as name, true as whole
                            from org_unit u left join org_unit_version v on v.unit_id = u.id and %2$s
                            where u.id = :scope
                            union all
                            select id, name, false from commune),
                        stays as (
                            select s.unit_id, count(*) filter (where s.started_on < :from) as opening,
                                   count(*) filter (where s.ended_on is null or s.ended_on > :to) as closing,
                                   count(*) filter (where (s.ended_on is null or s.ended_on > :to) and m.admitted_on <= :to
                                                      and (m.full_member_on is null or m.full_member_on > :to)) as probationary
                            from stay s join member m on m.id = s.member_id group by s.unit_id),
                        entries as (
                            select e.unit_id, count(*) filter (where e.kind = 'ADMITTED') as admitted,
                                   count(*) filter (where e.kind = 'IN') as transferred_in,
                                   count(*) filter (where e.kind = 'OTHER') as other_in
                            from entry e group by e.unit_id),
                        leavings as (
                            select l.unit_id, count(*) filter (where l.kind = 'TRANSFERRED_OUT') as transferred_out,
                                   count(*) filter (where l.kind = 'REMOVED') as removed,
                                   count(*) filter (where l.kind = 'RESIGNED') as resigned,
                                   count(*) filter (where l.kind = 'EXPELLED') as expelled,
                                   count(*) filter (where l.kind = 'DECEASED') as died,
                                   count(*) filter (where l.kind not in ('TRANSFERRED_OUT', 'REMOVED', 'RESIGNED', 'EXPELLED',
                                                                         'DECEASED')) as other_out
                            from leaving l group by l.unit_id)
                        select u.id as "unitId", u.name, u.whole, coalesce(st.opening, 0) as opening,
                               coalesce(e.admitted, 0) as admitted, coalesce(e.transferred_in, 0) as "transferredIn",
                               coalesce(e.other_in, 0) as "otherIn", coalesce(l.transferred_out, 0) as "transferredOut",
                               coalesce(l.removed, 0) as removed, coalesce(l.resigned, 0) as resigned,
                               coalesce(l.expelled, 0) as expelled, coalesce(l.died, 0) as died,
                               coalesce(l.other_out, 0) as "otherOut", coalesce(st.closing, 0) as closing,
                               coalesce(r.n, 0) as recognised, coalesce(st.probationary, 0) as "closingProbationary"
                        from unit u left join stays st on st.unit_id = u.id left join entries e on e.unit_id = u.id
                        left join leavings l on l.unit_id = u.id left join recognised r on r.unit_id = u.id
                        order by u.whole desc, u.name""".formatted(official, VALID_ON_TO), "path"))
                .param("scope", scopeUnitId)
                .params(scope.params("path"))
                .param("from", from)
                .param("to", to)
                .query(MembershipChanges.Row.class)
                .list();
    }
}
