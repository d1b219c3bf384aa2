package vn.dangvu.member.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.BadgeViews;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Scope;

/**
 * Party badges in SQL: who has reached which milestone by a day, and the badges awarded. Party age counts
 * from the admission date, less the time out of Party activity (Quy định 24-QĐ/TW 2021 §4.5.1: expelled,
 * removed, out of contact, or between two units during a transfer), which the records show as a gap
 * between one official period's end and the next one's start; it exists only once the member has been
 * recognised as a full member. Each list is one statement for its rows and one for its count.
 */
@Component
@RequiredArgsConstructor
public class BadgeQueries {

    /**
     * For the members of {@code candidate} (id, admitted_on), each milestone valid on {@code :on} with the
     * day it is reached: the admission date plus its years plus the days out of Party activity before
     * {@code :on}.
     */
    private static final String REACHED = """
            milestone as (
                select years, early_months from party_badge_milestone
                where (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to > :on)),
            gap as (
                select p.member_id, p.started_on,
                       max(p.ended_on) over (partition by p.member_id order by p.started_on, p.id
                                             rows between unbounded preceding and 1 preceding) as previous_end
                from %s p where p.member_id in (select id from candidate)),
            interrupted as (
                select member_id, sum(least(started_on, :on) - previous_end) as days from gap
                where previous_end < started_on and previous_end < :on group by member_id),
            reached as (
                select c.*, coalesce(i.days, 0) as interrupted_days, ms.years, ms.early_months,
                       (c.admitted_on + make_interval(years => ms.years))::date + coalesce(i.days, 0)::int as reached_on
                from candidate c left join interrupted i on i.member_id = c.id cross join milestone ms)
            """.formatted(OfficialPeriods.SQL);

    /** Members of the scope, still in the Party and full members by the day, with their highest badge due. */
    private static final String DUE = """
            with candidate as (
                select m.id, m.full_name, m.birth_date, m.admitted_on, m.full_member_on, m.sort_key,
                       b.name as branch_name, c.name as commune_name
                from member m join org_unit b on b.id = m.branch_id left join org_unit c on c.id = b.parent_id
                where {b.path in scope} and m.status <> 'LEFT'
                  and m.full_member_on is not null and m.full_member_on <= :on),
            """ + REACHED + """
            , due as (
                select distinct on (r.id) r.* from reached r
                where r.reached_on <= :on
                  and not exists (select 1 from party_badge_award a where a.member_id = r.id and a.years >= r.years)
                order by r.id, r.years desc)
            """;

    private static final String DUE_COLUMNS = """
            select d.id as "memberId", d.full_name as "fullName", d.birth_date as "birthDate",
                   d.commune_name as "communeName", d.branch_name as "branchName",
                   d.admitted_on as "admittedOn", d.full_member_on as "fullMemberOn",
                   d.interrupted_days as "interruptedDays",
                   date_part('year', age((:on - d.interrupted_days::int)::date, d.admitted_on))::int as "partyAge",
                   d.years, d.reached_on as "reachedOn",
                   (select string_agg(a.years::text, ', ' order by a.years) from party_badge_award a
                    where a.member_id = d.id) as awarded
            from due d order by d.years desc, d.sort_key, d.id""";

    private static final String AWARDED_FROM = """
             from party_badge_award a join member m on m.id = a.member_id join org_unit b on b.id = m.branch_id
            left join org_unit c on c.id = b.parent_id where {b.path in scope}""";

    private final JdbcClient jdbc;

    public PageView<BadgeViews.Due> due(Scope scope, LocalDate on, int page, int size) {
        Map<String, Object> params = params(scope, on);
        String due = scope.render(DUE, "scope");
        long total = jdbc.sql(due + "select count(*) from due")
                .params(params)
                .query(Long.class)
                .single();
        List<BadgeViews.Due> rows = jdbc.sql(due + DUE_COLUMNS + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(BadgeViews.Due.class)
                .list();
        return new PageView<>(rows, page, size, total);
    }

    /** Every member due, in the list's order, one row at a time (the .xlsx). */
    public void allDue(Scope scope, LocalDate on, Consumer<BadgeViews.Due> rows) {
        try (Stream<BadgeViews.Due> found = jdbc
                .sql(scope.render(DUE, "scope") + DUE_COLUMNS)
                .params(params(scope, on))
                .query(BadgeViews.Due.class)
                .stream()) {
            found.forEach(rows);
        }
    }

    public PageView<BadgeViews.Awarded> awarded(Scope scope, int page, int size) {
        Map<String, Object> params = scope.params("scope");
        String awardedFrom = scope.render(AWARDED_FROM, "scope");
        long total = jdbc.sql("select count(*)" + awardedFrom)
                .params(params)
                .query(Long.class)
                .single();
        List<BadgeViews.Awarded> rows = jdbc.sql(
                        """
                        select a.id, m.id as "memberId", m.full_name as "fullName", c.name as "communeName",
                               b.name as "branchName", a.years, a.awarded_on as "awardedOn",
                               a.decision_number as "decisionNumber", a.decision_date as "decisionDate",
                               a.decision_body as "decisionBody\"""" + awardedFrom + " order by a.awarded_on desc, m.sort_key, a.id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(BadgeViews.Awarded.class)
                .list();
        return new PageView<>(rows, page, size, total);
    }

    /** One member's milestones valid on a day, each with the day it is (or will be) reached, by years. */
    public Map<Integer, BadgeViews.Milestone> milestonesOf(long memberId, LocalDate on) {
        Map<Integer, BadgeViews.Milestone> milestones = new HashMap<>();
        jdbc.sql("with candidate as (select m.id, m.admitted_on from member m where m.id = :member), " + REACHED
                        + " select years, early_months, reached_on from reached order by years")
                .param("member", memberId)
                .param("on", on)
                .query(rs -> {
                    milestones.put(
                            rs.getInt(1),
                            new BadgeViews.Milestone(rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDate.class)));
                });
        return milestones;
    }

    /** The milestones valid on a day, in order. */
    public List<Integer> milestoneYears(LocalDate on) {
        return jdbc.sql("""
                        select years from party_badge_milestone
                        where (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to > :on)
                        order by years""").param("on", on).query(Integer.class).list();
    }

    public boolean isAwarded(long memberId, int years) {
        return jdbc.sql("select count(*) > 0 from party_badge_award where member_id = :member and years = :years")
                .param("member", memberId)
                .param("years", years)
                .query(Boolean.class)
                .single();
    }

    public long insert(long memberId, BadgeViews.Award award, String recordedBy) {
        long id = jdbc.sql("select nextval('party_badge_award_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into party_badge_award (id, member_id, years, awarded_on, decision_number, decision_date,
                                                       decision_body, recorded_by)
                        values (:id, :member, :years, :awardedOn, :number, :decisionDate, :body, :by)""")
                .param("id", id)
                .param("member", memberId)
                .param("years", award.years())
                .param("awardedOn", award.awardedOn())
                .param("number", award.decisionNumber())
                .param("decisionDate", award.decisionDate())
                .param("body", award.decisionBody())
                .param("by", recordedBy)
                .update();
        return id;
    }

    private static Map<String, Object> params(Scope scope, LocalDate on) {
        Map<String, Object> params = new java.util.HashMap<>(scope.params("scope"));
        params.put("on", on);
        return params;
    }
}
