package vn.dangvu.transfer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Scope;
import vn.dangvu.shared.db.GenericPlans;
import vn.dangvu.transfer.CampaignViews;

/**
 * The campaign pages' figures, each in a fixed number of statements. Progress is computed from the
 * transfer history (completed transfers effective on or before the date) and the dissolution dates,
 * never from counters, so that it can be seen as of any date. Columns are named after the record
 * components they fill (docs/scale.md, "Rows become records").
 */
@Component
@RequiredArgsConstructor
public class CampaignQueries {

    /** A member away on a temporary transfer (completed, not returned): a campaign cannot move them. */
    private static final String AWAY = " " + """
            exists (select 1 from transfer a where a.member_id = cm.member_id and a.kind = 'TEMPORARY'
                    and a.state = 'COMPLETED' and a.returned_on is null)""";

    private static final String FLAGGED = " " + """
            (not cm.excluded and (cm.target_branch_id is null or m.residence_branch_id is null
             or rb.parent_id <> fb.parent_id
             or not exists (select 1 from member_rating r where r.member_id = cm.member_id and r.year = :year)
             or""" + AWAY + "))";

    private static final String COHORT_FROM = " " + """
             from campaign_member cm
             join member m on m.id = cm.member_id
             join org_unit fb on fb.id = cm.from_branch_id
             left join org_unit fc on fc.id = fb.parent_id
             left join org_unit tb on tb.id = cm.target_branch_id
             left join org_unit rb on rb.id = m.residence_branch_id
             left join transfer t on t.id = cm.transfer_id
             where cm.campaign_id = :campaign""";

    /**
     * A cohort member's transfer as it stood at the end of the day :asOf, from its step times and its
     * effective date: completed once in effect (a completion may be recorded after the day it took
     * effect), else the last step taken by then; null when it had not been drawn up yet.
     */
    private static final String STATE_AS_OF = " " + """
            (case when t.id is null then null
                  when t.state = 'COMPLETED' and t.effective_on <= :asOf then 'COMPLETED'
                  when t.closed_at < :dayAfter then t.state
                  when t.approved_at < :dayAfter then 'APPROVED'
                  when t.proposed_at < :dayAfter then 'PROPOSED'
                  when t.created_at < :dayAfter then 'DRAFT'
             end)""";

    /**
     * The branch a cohort member attended on :asOf, from their membership periods ([started, ended)), and
     * its commune, both with that day's names.
     */
    private static final String BRANCH_AS_OF = " " + """
             left join lateral (
                  select p.branch_id from membership_period p
                  where p.member_id = cm.member_id and p.kind = 'OFFICIAL' and p.started_on <= :asOf and (p.ended_on is null or p.ended_on > :asOf)
                  order by p.started_on desc limit 1) ap on true
             left join org_unit_version ab on ab.unit_id = ap.branch_id
               and (ab.valid_from is null or ab.valid_from <= :asOf) and (ab.valid_to is null or ab.valid_to > :asOf)
             left join org_unit_version ac on ac.unit_id = ab.parent_id
               and (ac.valid_from is null or ac.valid_from <= :asOf) and (ac.valid_to is null or ac.valid_to > :asOf)""";

    private final JdbcClient jdbc;

    /** Every campaign, or those of one directive, with their figures as of a date. */
    public List<CampaignViews.Summary> summaries(LocalDate asOf, Long directiveId) {
        return jdbc.sql("""
                        select c.id, c.name, d.number as "directiveNumber", c.deadline, c.cohort_kind as "cohortKind",
                               c.member_group as "memberGroup", d.issued_on as "startedOn",
                               (select count(*) from campaign_member cm where cm.campaign_id = c.id and not cm.excluded) as cohort,
                               (select count(*) from transfer t where t.campaign_id = c.id and t.state = 'COMPLETED'
                                  and t.effective_on <= :asOf) as moved,
                               (select count(distinct t.to_branch_id) from transfer t where t.campaign_id = c.id
                                  and t.state = 'COMPLETED' and t.effective_on <= :asOf) as "receivingBranches"
                        from campaign c join directive d on d.id = c.directive_id
                        where (cast(:directive as bigint) is null or c.directive_id = :directive)
                        order by c.deadline, c.id""")
                .param("asOf", asOf)
                .param("directive", directiveId, java.sql.Types.BIGINT)
                .query(CampaignViews.Summary.class)
                .list();
    }

    public java.util.Optional<CampaignViews.CohortRow> cohortEntry(long campaignId, int ratingYear, long entryId) {
        return rows(campaignId, ratingYear, null, " and cm.id = :entry", Map.of("entry", entryId), 0, 1).stream()
                .findFirst();
    }

    public PageView<CampaignViews.CohortRow> cohort(
            long campaignId, int ratingYear, boolean flaggedOnly, int page, int size) {
        return cohort(campaignId, ratingYear, null, flaggedOnly, counts(campaignId, ratingYear), page, size);
    }

    /**
     * A page of the cohort whose size the caller has already read with {@link #counts}: as it stands now
     * ({@code asOf} null), or as it stood at the end of {@code asOf}: the branch each member attended then
     * and their transfer's state then.
     */
    public PageView<CampaignViews.CohortRow> cohort(
            long campaignId,
            int ratingYear,
            LocalDate asOf,
            boolean flaggedOnly,
            CampaignViews.CohortCounts counts,
            int page,
            int size) {
        List<CampaignViews.CohortRow> rows =
                rows(campaignId, ratingYear, asOf, flaggedOnly ? " and " + FLAGGED : "", Map.of(), page, size);
        return new PageView<>(rows, page, size, flaggedOnly ? counts.flagged() : counts.total());
    }

    private List<CampaignViews.CohortRow> rows(
            long campaignId,
            int ratingYear,
            LocalDate asOf,
            String where,
            Map<String, Object> extra,
            int page,
            int size) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("campaign", campaignId);
        params.put("year", ratingYear);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        params.put("asOf", asOf == null ? LocalDate.now() : asOf);
        params.put("dayAfter", dayAfter(asOf == null ? LocalDate.now() : asOf));
        String state = asOf == null ? " t.state" : STATE_AS_OF;
        String sql = """
                select cm.id, cm.member_id as "memberId", m.full_name as "memberName", ab.name as "fromName",
                       ac.name as "communeName", cm.target_branch_id as "targetId", tb.name as "targetName",
                       rb.name as "residenceName",
                       (rb.id is not null and rb.parent_id <> fb.parent_id) as "residenceOutsideCommune",
                       exists (select 1 from member_rating r where r.member_id = cm.member_id and r.year = :year) as rated,
                       {away} as away,
                       cm.excluded, cm.exclusion_reason as "exclusionReason",
                       case when {state} is null then null else cm.transfer_id end as "transferId",
                       {state} as "transferState\"""".replace("{state}", state).replace("{away}", AWAY)
                + COHORT_FROM.replace("where cm.campaign_id", BRANCH_AS_OF + "\nwhere cm.campaign_id")
                + where
                + " order by fc.name, m.sort_key, cm.id limit :limit offset :offset";
        return jdbc.sql(sql).params(params).query(CampaignViews.CohortRow.class).list();
    }

    public CampaignViews.CohortCounts counts(long campaignId, int ratingYear) {
        return counts(campaignId, ratingYear, null);
    }

    /**
     * The cohort's counts now ({@code asOf} null: the batch steps act on these), or as they stood at the
     * end of {@code asOf}, each transfer in the state it had then.
     */
    public CampaignViews.CohortCounts counts(long campaignId, int ratingYear, LocalDate asOf) {
        String state = asOf == null ? " t.state" : STATE_AS_OF;
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return jdbc.sql("select count(*) as total,"
                        + " count(*) filter (where cm.excluded) as excluded,"
                        + " count(*) filter (where " + FLAGGED + ") as flagged,"
                        + " count(*) filter (where not cm.excluded and" + state + " is null) as waiting,"
                        + " count(*) filter (where" + state + " = 'PROPOSED') as proposed,"
                        + " count(*) filter (where" + state + " = 'APPROVED') as approved,"
                        + " count(*) filter (where" + state + " = 'COMPLETED') as completed"
                        + COHORT_FROM)
                .param("campaign", campaignId)
                .param("year", ratingYear)
                .param("asOf", day)
                .param("dayAfter", dayAfter(day))
                .query(CampaignViews.CohortCounts.class)
                .single();
    }

    /**
     * Lets the campaign page's statements, keyed by the campaign, its dates and the whole tree's scope,
     * reuse a generic plan for the rest of the transaction ({@link GenericPlans}).
     */
    public void reusePlans() {
        GenericPlans.allow(jdbc);
    }

    /** The first instant after {@code day} in the app's time zone: step times before it were taken by then. */
    private static java.time.OffsetDateTime dayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toOffsetDateTime();
    }

    public CampaignViews.ProgressReport progress(long campaignId, LocalDate asOf) {
        return progress(campaignId, asOf, Scope.of("/"));
    }

    /** Progress of the campaign's communes that lie in a scope. */
    public CampaignViews.ProgressReport progress(long campaignId, LocalDate asOf, Scope scope) {
        return progressByCampaign(campaignId, asOf, scope).getOrDefault(campaignId, report(asOf, List.of(), 0));
    }

    /**
     * Progress of every campaign, keyed by campaign id, limited to the communes in a scope; a campaign
     * with no commune there is left out. One statement however many campaigns there are.
     */
    public Map<Long, CampaignViews.ProgressReport> progressOfAll(LocalDate asOf, Scope scope) {
        return progressByCampaign(null, asOf, scope);
    }

    /**
     * One statement for one campaign or all: the cohort, the receiving branches and the agency branches
     * are each grouped by campaign and commune once, never counted once per commune. A branch counts for
     * the commune it stood under on the campaign's day (the deadline, or the date read if earlier), with
     * that day's name, so that a 2019 campaign keeps its communes after a 2025 merge moved the branches
     * under a new one: read from the versions by a join, not a call per row.
     */
    private Map<Long, CampaignViews.ProgressReport> progressByCampaign(Long campaignId, LocalDate asOf, Scope scope) {
        String ofCampaign = campaignId == null ? "" : " and cm.campaign_id = :campaign";
        String sql = """
                with day as (
                  select cc.campaign_id, cc.commune_id, least(cast(:asOf as date), cp.deadline) as d
                  from campaign_commune cc join campaign cp on cp.id = cc.campaign_id {ofCommuneOnly})
                select cc.campaign_id as "campaignId", c.id as "communeId", coalesce(cv.name, c.name) as "communeName",
                       coalesce(a.agency, 0) as "agencyBranches", coalesce(a.dissolved, 0) as "agencyDissolved",
                       coalesce(k.cohort, 0) as cohort, coalesce(k.moved, 0) as moved,
                       coalesce(k.receiving, 0) as "receivingBranches", coalesce(r.receiving, 0) as "scopeReceiving"
                from day cc join org_unit c on c.id = cc.commune_id
                left join org_unit_version cv on cv.unit_id = c.id
                  and (cv.valid_from is null or cv.valid_from <= cc.d) and (cv.valid_to is null or cv.valid_to > cc.d)
                left join (
                  select cc.campaign_id, av.parent_id, count(*) as agency,
                         count(*) filter (where a.status = 'DISSOLVED' and a.dissolved_on <= :asOf) as dissolved
                  from day cc join org_unit_version av on av.parent_id = cc.commune_id and av.kind = 'AGENCY'
                    and (av.valid_from is null or av.valid_from <= cc.d) and (av.valid_to is null or av.valid_to > cc.d)
                  join org_unit a on a.id = av.unit_id
                  group by cc.campaign_id, av.parent_id) a on a.campaign_id = cc.campaign_id and a.parent_id = c.id
                left join (
                  select cm.campaign_id, coalesce(fv.parent_id, fb.parent_id) as parent_id,
                         count(*) filter (where not cm.excluded) as cohort,
                         count(t.id) filter (where t.state = 'COMPLETED' and t.effective_on <= :asOf) as moved,
                         count(distinct t.to_branch_id)
                           filter (where t.state = 'COMPLETED' and t.effective_on <= :asOf) as receiving
                  from campaign_member cm join campaign cp on cp.id = cm.campaign_id
                  join org_unit fb on fb.id = cm.from_branch_id
                  left join org_unit_version fv on fv.unit_id = fb.id
                    and (fv.valid_from is null or fv.valid_from <= least(cast(:asOf as date), cp.deadline))
                    and (fv.valid_to is null or fv.valid_to > least(cast(:asOf as date), cp.deadline))
                  left join transfer t on t.id = cm.transfer_id
                  where {fb.path in scope} {ofCampaign}
                  group by cm.campaign_id, coalesce(fv.parent_id, fb.parent_id)) k
                    on k.campaign_id = cc.campaign_id and k.parent_id = c.id
                left join (
                  select cm.campaign_id, count(distinct t.to_branch_id) as receiving
                  from campaign_member cm join org_unit fb on fb.id = cm.from_branch_id
                  join transfer t on t.id = cm.transfer_id
                  where t.state = 'COMPLETED' and t.effective_on <= :asOf and {fb.path in scope} {ofCampaign}
                  group by cm.campaign_id) r on r.campaign_id = cc.campaign_id
                where {c.path in scope}
                order by cc.campaign_id, 3""".replace("{ofCampaign}", ofCampaign)
                .replace("{ofCommuneOnly}", campaignId == null ? "" : "where cc.campaign_id = :campaign");
        Map<Long, List<CampaignViews.Progress>> communes = new LinkedHashMap<>();
        Map<Long, Long> receiving = new HashMap<>();
        jdbc.sql(scope.render(sql, "scope"))
                .param("campaign", campaignId, java.sql.Types.BIGINT)
                .param("asOf", asOf)
                .params(scope.params("scope"))
                .query(CommuneProgress.class)
                .list()
                .forEach(row -> {
                    receiving.put(row.campaignId(), row.scopeReceiving());
                    communes.computeIfAbsent(row.campaignId(), k -> new ArrayList<>())
                            .add(row.progress());
                });
        Map<Long, CampaignViews.ProgressReport> reports = new LinkedHashMap<>();
        communes.forEach((campaign, rows) -> reports.put(campaign, report(asOf, rows, receiving.get(campaign))));
        return reports;
    }

    /** A commune's progress in one campaign, and the branches that campaign's movers went to in the scope. */
    private record CommuneProgress(
            long campaignId,
            long communeId,
            String communeName,
            long agencyBranches,
            long agencyDissolved,
            long cohort,
            long moved,
            long receivingBranches,
            long scopeReceiving) {

        CampaignViews.Progress progress() {
            return new CampaignViews.Progress(
                    communeId, communeName, agencyBranches, agencyDissolved, cohort, moved, receivingBranches);
        }
    }

    private static CampaignViews.ProgressReport report(
            LocalDate asOf, List<CampaignViews.Progress> communes, long receiving) {
        CampaignViews.Progress total = new CampaignViews.Progress(
                null,
                null,
                communes.stream()
                        .mapToLong(CampaignViews.Progress::agencyBranches)
                        .sum(),
                communes.stream()
                        .mapToLong(CampaignViews.Progress::agencyDissolved)
                        .sum(),
                communes.stream().mapToLong(CampaignViews.Progress::cohort).sum(),
                communes.stream().mapToLong(CampaignViews.Progress::moved).sum(),
                receiving);
        return new CampaignViews.ProgressReport(asOf, new ArrayList<>(communes), total);
    }

    public List<CampaignViews.AgencyBranch> agencyBranches(long campaignId) {
        return agencyBranches(campaignId, null);
    }

    /**
     * The agency branches of the campaign's communes now ({@code asOf} null), or as they stood on
     * {@code asOf}: dissolved only if dissolved by then, with the members who attended them that day. A
     * branch belongs to the commune it stood under on the campaign's day (as the progress counts it), both
     * named as they were that day.
     */
    public List<CampaignViews.AgencyBranch> agencyBranches(long campaignId, LocalDate asOf) {
        String active =
                asOf == null ? "a.status = 'ACTIVE'" : "not (a.status = 'DISSOLVED' and a.dissolved_on <= :asOf)";
        String attending = asOf == null
                ? "p.ended_on is null"
                : "p.started_on <= :asOf and (p.ended_on is null or p.ended_on > :asOf)";
        return jdbc.sql("select a.id, av.name as name, coalesce(cn.name, c.name) as \"communeName\", "
                        + active + " as active,"
                        + " (select count(*) from membership_period p where p.branch_id = a.id and p.kind = 'OFFICIAL' and "
                        + attending
                        + ") as \"activeMembers\"" + """
                         from campaign_commune cc join campaign cp on cp.id = cc.campaign_id
                        join org_unit c on c.id = cc.commune_id
                        join org_unit_version av on av.parent_id = c.id and av.kind = 'AGENCY'
                          and (av.valid_from is null or av.valid_from <= least(cast(:asOf as date), cp.deadline))
                          and (av.valid_to is null or av.valid_to > least(cast(:asOf as date), cp.deadline))
                        join org_unit a on a.id = av.unit_id
                        left join org_unit_version cn on cn.unit_id = c.id
                          and (cn.valid_from is null or cn.valid_from <= least(cast(:asOf as date), cp.deadline))
                          and (cn.valid_to is null or cn.valid_to > least(cast(:asOf as date), cp.deadline))
                        where cc.campaign_id = :campaign
                        order by 3, 2""")
                .param("campaign", campaignId)
                .param("asOf", asOf == null ? LocalDate.now() : asOf)
                .query(CampaignViews.AgencyBranch.class)
                .list();
    }
}
