package vn.dangvu.branchwork.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.shared.Scope;

/**
 * The figures of the branch work overview, the member-year page and the leaders' summary: hand-written
 * aggregates over attendance, meetings, duties and memberships, each one statement whatever the scope.
 * Attendance is read through each meeting's tally (V55's {@code meeting_tally}, kept by triggers in the
 * write transaction), not row by row: a province's summary recomputed after a write reads one row a meeting.
 * A "leader" (key leader or committee member, V53's {@code committee_leaders_on}) is one on the last day of
 * the figure's period: committee seats are dated, and a term that ended is not counted after it. A branch
 * committee's own meeting (họp chi ủy, kind COMMITTEE) is not a branch meeting: no figure here counts it.
 */
@Component
@RequiredArgsConstructor
public class BranchWorkReports {

    private final JdbcClient jdbc;

    /** The parameters of a figure over the units in scope, for a year's dates from and to. */
    private static Map<String, Object> params(Scope scope, int year, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>(scope.params("path"));
        params.putAll(Map.of("year", year, "from", from, "to", to));
        return params;
    }

    /** A member's meetings in a year: listed (not exempt), present, spoke, contributed, directing tone. */
    public record MemberAttendance(long listed, long present, long spoke, long contributed, long directingTone) {}

    /** The day whose names a year's figures carry: the year's last day, or today for this year. */
    private static LocalDate namedOn(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now();
        return end.isAfter(today) ? today : end;
    }

    /**
     * Per branch in scope, for a year: the figures of the commune and district views, the branches and
     * their communes named as they were at the year's end (today for this year).
     */
    public List<BranchWorkViews.BranchFigures> overview(Scope scope, int year) {
        return jdbc.sql(scope.render("""
                        with branch as (
                            select b.id, coalesce(bv.name, b.name) as name, coalesce(cv.name, c.name) as commune_name
                            from org_unit b left join org_unit c on c.id = b.parent_id
                            left join org_unit_version bv on bv.unit_id = b.id and (bv.valid_from is null or bv.valid_from <= :named)
                              and (bv.valid_to is null or bv.valid_to > :named)
                            left join org_unit_version cv on cv.unit_id = bv.parent_id and (cv.valid_from is null or cv.valid_from <= :named)
                              and (cv.valid_to is null or cv.valid_to > :named)
                            where {b.path in scope} and b.kind in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER') and b.status = 'ACTIVE'
                        ), listed as (
                            select p.branch_id, p.member_id, p.member_id in (select member_id from committee_leaders_on(:to)) as leader
                            from membership_period p
                            where p.branch_id in (select id from branch) and p.kind = 'OFFICIAL'
                              and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from)
                            group by p.branch_id, p.member_id
                        ), duty_holder as (
                            select distinct d.branch_id, d.member_id from duty d
                            where d.year = :year and d.branch_id in (select id from branch) and d.removed_at is null
                        ), members as (
                            select l.branch_id, count(*) as members,
                                   count(*) filter (where d.member_id is null) as without_duty,
                                   count(*) filter (where l.leader and d.member_id is null) as leaders_without_duty
                            from listed l left join duty_holder d on d.branch_id = l.branch_id and d.member_id = l.member_id
                            group by l.branch_id
                        ), held as (
                            select m.branch_id, m.id from meeting m
                            where m.held_on between :from and :to and m.branch_id in (select id from branch)
                              and m.removed_at is null and m.kind <> 'COMMITTEE'
                        ), meetings as (
                            select h.branch_id, count(*) as meetings from held h group by h.branch_id
                        ), att as (
                            select h.branch_id,
                                   coalesce(round(100.0 * sum(t.present) / nullif(sum(t.listed), 0)), 0) as attendance_rate,
                                   sum(t.directing_tone) as directing_tone
                            from held h join meeting_tally t on t.meeting_id = h.id group by h.branch_id
                        ), visits as (
                            select h.branch_id, count(distinct g.meeting_id) as liaison_visits
                            from held h join meeting_guest g on g.meeting_id = h.id
                            where g.kind = 'LIAISON' and g.removed_at is null group by h.branch_id
                        )
                        select b.id as "branchId", b.name as "branchName", b.commune_name as "communeName",
                               coalesce(mb.members, 0) as members, coalesce(mb.without_duty, 0) as "withoutDuty",
                               coalesce(mb.leaders_without_duty, 0) as "leadersWithoutDuty",
                               coalesce(mt.meetings, 0) as meetings, coalesce(a.attendance_rate, 0) as "attendanceRate",
                               coalesce(v.liaison_visits, 0) as "liaisonVisits", coalesce(a.directing_tone, 0) as "directingTone"
                        from branch b left join members mb on mb.branch_id = b.id left join meetings mt on mt.branch_id = b.id
                        left join att a on a.branch_id = b.id left join visits v on v.branch_id = b.id""", "path"))
                .params(params(scope, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .param("named", namedOn(year))
                .query(BranchWorkViews.BranchFigures.class)
                .list();
    }

    /** A member's attendance and contributions in a year: listed, present, spoke, contributed, directing tone. */
    public MemberAttendance memberYear(long memberId, int year) {
        return jdbc.sql("""
                        select count(*) filter (where a.status <> 'EXEMPT') as listed,
                               count(*) filter (where a.status = 'PRESENT') as present,
                               count(*) filter (where a.spoke) as spoke,
                               count(*) filter (where a.contributed) as contributed,
                               count(*) filter (where a.directing_tone) as "directingTone"
                        from attendance a join meeting m on m.id = a.meeting_id
                        where a.member_id = :member and m.held_on between :from and :to and m.removed_at is null
                          and m.kind <> 'COMMITTEE'""")
                .param("member", memberId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(MemberAttendance.class)
                .single();
    }

    /** Members listed in branches in scope during [from, to], and how many of them hold a duty of the year. */
    public BranchWorkViews.DutyCoverage dutyCoverage(Scope scope, int year, LocalDate from, LocalDate to) {
        return jdbc.sql(scope.render("""
                        with listed as (
                            select distinct m.id, m.id in (select member_id from committee_leaders_on(:to)) as leader,
                                   exists (select 1 from duty d
                                           where d.member_id = m.id and d.year = :year and d.removed_at is null) as has_duty
                            from membership_period p join member m on m.id = p.member_id join org_unit b on b.id = p.branch_id
                            where {b.path in scope} and b.kind in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')
                              and p.kind = 'OFFICIAL' and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from))
                        select count(*) as members, count(*) filter (where has_duty) as "withDuty",
                               count(*) filter (where leader) as leaders,
                               count(*) filter (where leader and has_duty) as "leadersWithDuty"
                        from listed""", "path"))
                .params(params(scope, year, from, to))
                .query(BranchWorkViews.DutyCoverage.class)
                .single();
    }

    /** Meetings of branches in scope held in [from, to], with attendance split by who works at the commune. */
    public BranchWorkViews.MeetingFigures meetingFigures(Scope scope, LocalDate from, LocalDate to) {
        return jdbc.sql(scope.render("""
                        with held as (
                            select m.id from meeting m join org_unit b on b.id = m.branch_id
                            where {b.path in scope} and m.held_on between :from and :to and m.removed_at is null
                              and m.kind <> 'COMMITTEE')
                        select (select count(*) from held) as meetings,
                               coalesce(sum(t.cadre_listed), 0) as "cadreListed",
                               coalesce(sum(t.cadre_present), 0) as "cadrePresent",
                               coalesce(sum(t.listed - t.cadre_listed), 0) as "othersListed",
                               coalesce(sum(t.present - t.cadre_present), 0) as "othersPresent",
                               coalesce(sum(t.directing_tone), 0) as "directingTone",
                               coalesce(sum(t.contributed), 0) as contributed,
                               coalesce(sum(t.cadre_contributed), 0) as "cadreContributed",
                               (select count(distinct g.meeting_id) from meeting_guest g join held h on h.id = g.meeting_id
                                  where g.kind = 'LIAISON' and g.removed_at is null) as "liaisonVisits"
                        from held h join meeting_tally t on t.meeting_id = h.id""", "path"))
                .params(scope.params("path"))
                .param("from", from)
                .param("to", to)
                .query(BranchWorkViews.MeetingFigures.class)
                .single();
    }

    /**
     * The communes in scope of the tree of {@code to}, with that day's names, each with the branches under it
     * that day: read as of 2019, a district merged in 2025 shows its 2019 communes, not the ended ones with
     * empty figures nor the new ones with their predecessors' past. The units are chosen by today's path (the
     * scope). A commune established within the period ({@code since}) counts the whole period of the branches
     * it holds, their days under the communes they came from included (docs/decisions/as-of-reads.md); the page
     * says so.
     */
    private static final String COMMUNES_AND_BRANCHES = """
            with commune as (
                select c.id, v.name,
                       (select case when min(coalesce(f.valid_from, '-infinity'::date)) > :from
                                    then min(f.valid_from) end
                        from org_unit_version f where f.unit_id = c.id) as since
                from org_unit c join org_unit_version v on v.unit_id = c.id
                  and (v.valid_from is null or v.valid_from <= :to) and (v.valid_to is null or v.valid_to > :to)
                where {c.path in scope} and v.kind in ('COMMUNE', 'TOWN', 'WARD') and v.status = 'ACTIVE'),
            branch as (
                select b.id, v.parent_id as commune_id from org_unit b join org_unit_version v on v.unit_id = b.id
                  and (v.valid_from is null or v.valid_from <= :to) and (v.valid_to is null or v.valid_to > :to)
                where {b.path in scope} and v.kind in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')
                  and v.parent_id in (select id from commune)),
            """;

    /** Per commune in scope (see {@link #COMMUNES_AND_BRANCHES}): its members in [from, to] and how many hold a duty of the year. */
    public List<BranchWorkViews.CommuneMembers> communeMembers(Scope scope, int year, LocalDate from, LocalDate to) {
        return jdbc.sql(scope.render(COMMUNES_AND_BRANCHES + """
                        listed as (
                            select b.commune_id, p.member_id,
                                   exists (select 1 from duty d
                                           where d.member_id = p.member_id and d.year = :year and d.removed_at is null) as has_duty
                            from branch b join membership_period p on p.branch_id = b.id
                            where p.kind = 'OFFICIAL' and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from)
                            group by b.commune_id, p.member_id),
                        members as (
                            select commune_id, count(*) as members, count(*) filter (where has_duty) as with_duty
                            from listed group by commune_id)
                        select c.id as "communeId", c.name, coalesce(m.members, 0) as members,
                               coalesce(m.with_duty, 0) as "withDuty", c.since
                        from commune c left join members m on m.commune_id = c.id
                        order by c.name""", "path"))
                .params(params(scope, year, from, to))
                .query(BranchWorkViews.CommuneMembers.class)
                .list();
    }

    /** Per commune in scope (see {@link #COMMUNES_AND_BRANCHES}): meetings and attendance in [from, to]. */
    public List<BranchWorkViews.CommuneMeetings> communeMeetings(Scope scope, LocalDate from, LocalDate to) {
        return jdbc.sql(scope.render(COMMUNES_AND_BRANCHES + """
                        held as (
                            select b.commune_id, t.listed, t.present, t.directing_tone from branch b
                            join meeting mt on mt.branch_id = b.id and mt.held_on between :from and :to
                              and mt.removed_at is null and mt.kind <> 'COMMITTEE'
                            left join meeting_tally t on t.meeting_id = mt.id)
                        select c.id as "communeId", count(h.commune_id) as meetings, coalesce(sum(h.listed), 0) as listed,
                               coalesce(sum(h.present), 0) as present, coalesce(sum(h.directing_tone), 0) as "directingTone"
                        from commune c left join held h on h.commune_id = c.id
                        group by c.id""", "path"))
                .params(scope.params("path"))
                .param("from", from)
                .param("to", to)
                .query(BranchWorkViews.CommuneMeetings.class)
                .list();
    }

    /** Meetings and attendance per year, from {@code fromYear} to the year of {@code to} (up to that date). */
    public List<BranchWorkViews.YearFigures> trend(Scope scope, int fromYear, LocalDate to) {
        return jdbc.sql(scope.render("""
                        with held as (
                            select mt.id, extract(year from mt.held_on)::int as y from meeting mt
                            join org_unit b on b.id = mt.branch_id
                            where {b.path in scope} and mt.held_on between make_date(:fromYear, 1, 1) and :to
                              and mt.removed_at is null and mt.kind <> 'COMMITTEE'),
                        per_year as (
                            select h.y, count(*) as meetings, coalesce(sum(t.listed), 0) as listed,
                                   coalesce(sum(t.present), 0) as present
                            from held h left join meeting_tally t on t.meeting_id = h.id group by h.y)
                        select g.y as year, coalesce(p.meetings, 0) as meetings, coalesce(p.listed, 0) as listed,
                               coalesce(p.present, 0) as present
                        from generate_series(:fromYear, :toYear) as g(y) left join per_year p on p.y = g.y order by g.y""", "path"))
                .params(scope.params("path"))
                .param("fromYear", fromYear)
                .param("toYear", to.getYear())
                .param("to", to)
                .query(BranchWorkViews.YearFigures.class)
                .list();
    }

    /**
     * Per branch in scope, the months of {@code asOf}'s year without a regular meeting and its quarters
     * without a thematic meeting (a thematic meeting does not stand for the month's regular one), in one
     * statement. A month (quarter) counts once it has ended by {@code asOf} (as of 15/4 April is not yet
     * missed; as of 30/4 it is), and only for a branch active on its first and its last day: the tree is
     * dated, so a branch established or dissolved within it is not asked for it. The branches are those
     * active at some time of the year up to {@code asOf}, named with their commune as on their last active
     * day up to then.
     */
    public List<BranchWorkViews.BranchCompliance> compliance(Scope scope, LocalDate asOf) {
        return jdbc.sql(scope.render("""
                        with branch as (
                            select distinct on (b.id) b.id, v.name, v.parent_id as commune_id,
                                   unit_name_on(v.parent_id, least(:asOf, coalesce(v.valid_to - 1, :asOf))) as commune_name
                            from org_unit b join org_unit_version v on v.unit_id = b.id
                            where {b.path in scope} and v.kind in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')
                              and v.status = 'ACTIVE' and (v.valid_from is null or v.valid_from <= :asOf)
                              and (v.valid_to is null or v.valid_to > :yearStart)
                            order by b.id, v.valid_from desc nulls last
                        ), period as (
                            select 'M' as kind, g as n, make_date(:year, g, 1) as first,
                                   (make_date(:year, g, 1) + interval '1 month')::date - 1 as last
                            from generate_series(1, 12) g
                            union all
                            select 'Q', g, make_date(:year, 3 * g - 2, 1),
                                   (make_date(:year, 3 * g - 2, 1) + interval '3 months')::date - 1
                            from generate_series(1, 4) g
                        ), missed as (
                            select b.id as branch_id, p.kind, p.n from branch b join period p on p.last <= :asOf
                            where exists (select 1 from org_unit_version a where a.unit_id = b.id and a.status = 'ACTIVE'
                                            and (a.valid_from is null or a.valid_from <= p.first)
                                            and (a.valid_to is null or a.valid_to > p.first))
                              and exists (select 1 from org_unit_version a where a.unit_id = b.id and a.status = 'ACTIVE'
                                            and (a.valid_from is null or a.valid_from <= p.last)
                                            and (a.valid_to is null or a.valid_to > p.last))
                              and not exists (select 1 from meeting x where x.branch_id = b.id and x.removed_at is null
                                                and x.kind = case p.kind when 'M' then 'REGULAR' else 'THEMATIC' end
                                                and x.held_on between p.first and p.last)
                        )
                        select b.id as "branchId", b.name as "branchName", b.commune_id as "communeId",
                               b.commune_name as "communeName",
                               coalesce(string_agg(d.n::text, ', ' order by d.n) filter (where d.kind = 'M'), '') as "missingMonths",
                               count(d.n) filter (where d.kind = 'M') as "monthsMissed",
                               coalesce(string_agg(d.n::text, ', ' order by d.n) filter (where d.kind = 'Q'), '') as "missingQuarters",
                               count(d.n) filter (where d.kind = 'Q') as "quartersMissed"
                        from branch b left join missed d on d.branch_id = b.id
                        group by b.id, b.name, b.commune_id, b.commune_name
                        order by b.commune_name, b.name, b.id""", "path"))
                .params(scope.params("path"))
                .param("asOf", asOf)
                .param("year", asOf.getYear())
                .param("yearStart", asOf.withDayOfYear(1))
                .query(BranchWorkViews.BranchCompliance.class)
                .list();
    }

    /**
     * A branch's meetings still due on {@code today}: whether a regular meeting was held this month and a
     * thematic one this quarter (up to today), and the first one planned later in the month (quarter).
     */
    public BranchWorkViews.MeetingsDue due(long branchId, LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return jdbc.sql("""
                        select exists (select 1 from meeting m where m.branch_id = :branch and m.removed_at is null
                                         and m.kind = 'REGULAR' and m.held_on between :month and :today) as "regularHeld",
                               (select min(m.held_on) from meeting m where m.branch_id = :branch and m.removed_at is null
                                  and m.kind = 'REGULAR' and m.held_on > :today and m.held_on <= :monthEnd) as "regularPlanned",
                               exists (select 1 from meeting m where m.branch_id = :branch and m.removed_at is null
                                         and m.kind = 'THEMATIC' and m.held_on between :quarter and :today) as "thematicHeld",
                               (select min(m.held_on) from meeting m where m.branch_id = :branch and m.removed_at is null
                                  and m.kind = 'THEMATIC' and m.held_on > :today and m.held_on <= :quarterEnd) as "thematicPlanned",
                               cast(:monthEnd as date) as "monthEnd", cast(:quarterEnd as date) as "quarterEnd\"""")
                .param("branch", branchId)
                .param("today", today)
                .param("month", month)
                .param("monthEnd", month.plusMonths(1).minusDays(1))
                .param("quarter", quarter)
                .param("quarterEnd", quarter.plusMonths(3).minusDays(1))
                .query(BranchWorkViews.MeetingsDue.class)
                .single();
    }
}
