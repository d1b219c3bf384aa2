package vn.dangvu.transfer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.shared.PageView;
import vn.dangvu.transfer.CampaignViews;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.TransferState;

/**
 * The campaign pages' figures, each in a fixed number of statements. Progress is computed from the
 * transfer history (completed transfers effective on or before the date) and the dissolution dates,
 * never from counters, so that it can be seen as of any date.
 */
@Component
public class CampaignQueries {

    private static final String FLAGGED = " " + """
            (not cm.excluded and (cm.target_branch_id is null or m.residence_branch_id is null
             or rb.parent_id <> fb.parent_id
             or not exists (select 1 from member_rating r where r.member_id = cm.member_id and r.year = :year)))""";

    private static final String COHORT_FROM = " " + """
             from campaign_member cm
             join member m on m.id = cm.member_id
             join org_unit fb on fb.id = cm.from_branch_id
             left join org_unit fc on fc.id = fb.parent_id
             left join org_unit tb on tb.id = cm.target_branch_id
             left join org_unit rb on rb.id = m.residence_branch_id
             left join transfer t on t.id = cm.transfer_id
             where cm.campaign_id = :campaign""";

    private final JdbcClient jdbc;

    CampaignQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every campaign, or those of one directive, with their figures as of a date. */
    public List<CampaignViews.Summary> summaries(LocalDate asOf, Long directiveId) {
        return jdbc.sql("""
                        select c.id, c.name, d.number, c.deadline, c.cohort_kind, c.member_group,
                               (select count(*) from campaign_member cm where cm.campaign_id = c.id and not cm.excluded) as cohort,
                               (select count(*) from transfer t where t.campaign_id = c.id and t.state = 'COMPLETED'
                                  and t.effective_on <= :asOf) as moved,
                               (select count(distinct t.to_branch_id) from transfer t where t.campaign_id = c.id
                                  and t.state = 'COMPLETED' and t.effective_on <= :asOf) as receiving
                        from campaign c join directive d on d.id = c.directive_id
                        where (cast(:directive as bigint) is null or c.directive_id = :directive)
                        order by c.deadline, c.id""")
                .param("asOf", asOf)
                .param("directive", directiveId, java.sql.Types.BIGINT)
                .query((rs, i) -> new CampaignViews.Summary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("number"),
                        rs.getObject("deadline", LocalDate.class),
                        CohortKind.valueOf(rs.getString("cohort_kind")),
                        rs.getString("member_group") == null ? null : MemberGroup.valueOf(rs.getString("member_group")),
                        rs.getLong("cohort"),
                        rs.getLong("moved"),
                        rs.getLong("receiving")))
                .list();
    }

    public java.util.Optional<CampaignViews.CohortRow> cohortEntry(long campaignId, int ratingYear, long entryId) {
        return rows(campaignId, ratingYear, " and cm.id = :entry", Map.of("entry", entryId), 0, 1).stream()
                .findFirst();
    }

    public PageView<CampaignViews.CohortRow> cohort(
            long campaignId, int ratingYear, boolean flaggedOnly, int page, int size) {
        return cohort(campaignId, ratingYear, flaggedOnly, counts(campaignId, ratingYear), page, size);
    }

    /** A page of the cohort whose size the caller has already read with {@link #counts}. */
    public PageView<CampaignViews.CohortRow> cohort(
            long campaignId,
            int ratingYear,
            boolean flaggedOnly,
            CampaignViews.CohortCounts counts,
            int page,
            int size) {
        List<CampaignViews.CohortRow> rows =
                rows(campaignId, ratingYear, flaggedOnly ? " and " + FLAGGED : "", Map.of(), page, size);
        return new PageView<>(rows, page, size, flaggedOnly ? counts.flagged() : counts.total());
    }

    private List<CampaignViews.CohortRow> rows(
            long campaignId, int ratingYear, String where, Map<String, Object> extra, int page, int size) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("campaign", campaignId);
        params.put("year", ratingYear);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("""
                        select cm.id, cm.member_id, m.full_name, fb.name as from_name, fc.name as commune_name,
                               cm.target_branch_id, tb.name as target_name, rb.name as residence_name,
                               (rb.id is not null and rb.parent_id <> fb.parent_id) as residence_outside,
                               exists (select 1 from member_rating r where r.member_id = cm.member_id and r.year = :year) as rated,
                               cm.excluded, cm.exclusion_reason, cm.transfer_id, t.state""" + COHORT_FROM + where + " order by fc.name, m.sort_key, cm.id limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> new CampaignViews.CohortRow(
                        rs.getLong("id"),
                        rs.getLong("member_id"),
                        rs.getString("full_name"),
                        rs.getString("from_name"),
                        rs.getString("commune_name"),
                        (Long) rs.getObject("target_branch_id"),
                        rs.getString("target_name"),
                        rs.getString("residence_name"),
                        rs.getBoolean("residence_outside"),
                        rs.getBoolean("rated"),
                        rs.getBoolean("excluded"),
                        rs.getString("exclusion_reason"),
                        (Long) rs.getObject("transfer_id"),
                        rs.getString("state") == null ? null : TransferState.valueOf(rs.getString("state"))))
                .list();
    }

    public CampaignViews.CohortCounts counts(long campaignId, int ratingYear) {
        return jdbc.sql("select count(*) as total,"
                        + " count(*) filter (where cm.excluded) as excluded,"
                        + " count(*) filter (where " + FLAGGED + ") as flagged,"
                        + " count(*) filter (where not cm.excluded and cm.transfer_id is null) as waiting,"
                        + " count(*) filter (where t.state = 'PROPOSED') as proposed,"
                        + " count(*) filter (where t.state = 'APPROVED') as approved,"
                        + " count(*) filter (where t.state = 'COMPLETED') as completed"
                        + COHORT_FROM)
                .param("campaign", campaignId)
                .param("year", ratingYear)
                .query((rs, i) -> new CampaignViews.CohortCounts(
                        rs.getLong("total"),
                        rs.getLong("excluded"),
                        rs.getLong("flagged"),
                        rs.getLong("waiting"),
                        rs.getLong("proposed"),
                        rs.getLong("approved"),
                        rs.getLong("completed")))
                .single();
    }

    public CampaignViews.ProgressReport progress(long campaignId, LocalDate asOf) {
        return progress(campaignId, asOf, "/");
    }

    /** Progress of the campaign's communes that lie under {@code scopePath}. */
    public CampaignViews.ProgressReport progress(long campaignId, LocalDate asOf, String scopePath) {
        return progressByCampaign(campaignId, asOf, scopePath).getOrDefault(campaignId, report(asOf, List.of(), 0));
    }

    /**
     * Progress of every campaign, keyed by campaign id, limited to the communes under {@code scopePath};
     * a campaign with no commune there is left out. One statement however many campaigns there are.
     */
    public Map<Long, CampaignViews.ProgressReport> progressOfAll(LocalDate asOf, String scopePath) {
        return progressByCampaign(null, asOf, scopePath);
    }

    /**
     * One statement for one campaign or all: the cohort, the receiving branches and the agency branches
     * are each grouped by campaign and commune once, never counted once per commune.
     */
    private Map<Long, CampaignViews.ProgressReport> progressByCampaign(
            Long campaignId, LocalDate asOf, String scopePath) {
        String ofCampaign = campaignId == null ? "" : " and cm.campaign_id = :campaign";
        String sql = """
                select cc.campaign_id, c.id, c.name, coalesce(a.agency, 0) as agency,
                       coalesce(a.dissolved, 0) as dissolved, coalesce(k.cohort, 0) as cohort,
                       coalesce(k.moved, 0) as moved, coalesce(k.receiving, 0) as receiving,
                       coalesce(r.receiving, 0) as scope_receiving
                from campaign_commune cc join org_unit c on c.id = cc.commune_id
                left join (
                  select a.parent_id, count(*) as agency,
                         count(*) filter (where a.status = 'DISSOLVED' and a.dissolved_on <= :asOf) as dissolved
                  from org_unit a
                  where a.kind = 'AGENCY' and a.parent_id in (select commune_id from campaign_commune cc {ofCommuneOnly})
                  group by a.parent_id) a on a.parent_id = c.id
                left join (
                  select cm.campaign_id, fb.parent_id, count(*) filter (where not cm.excluded) as cohort,
                         count(t.id) filter (where t.state = 'COMPLETED' and t.effective_on <= :asOf) as moved,
                         count(distinct t.to_branch_id)
                           filter (where t.state = 'COMPLETED' and t.effective_on <= :asOf) as receiving
                  from campaign_member cm join org_unit fb on fb.id = cm.from_branch_id
                  left join transfer t on t.id = cm.transfer_id
                  where fb.path like :scope {ofCampaign}
                  group by cm.campaign_id, fb.parent_id) k on k.campaign_id = cc.campaign_id and k.parent_id = c.id
                left join (
                  select cm.campaign_id, count(distinct t.to_branch_id) as receiving
                  from campaign_member cm join org_unit fb on fb.id = cm.from_branch_id
                  join transfer t on t.id = cm.transfer_id
                  where t.state = 'COMPLETED' and t.effective_on <= :asOf and fb.path like :scope {ofCampaign}
                  group by cm.campaign_id) r on r.campaign_id = cc.campaign_id
                where c.path like :scope {ofCommune}
                order by cc.campaign_id, c.name""".replace("{ofCampaign}", ofCampaign)
                .replace("{ofCommune}", ofCampaign.replace("cm.", "cc."))
                .replace("{ofCommuneOnly}", campaignId == null ? "" : "where cc.campaign_id = :campaign");
        Map<Long, List<CampaignViews.Progress>> communes = new LinkedHashMap<>();
        Map<Long, Long> receiving = new HashMap<>();
        jdbc.sql(sql)
                .param("campaign", campaignId, java.sql.Types.BIGINT)
                .param("asOf", asOf)
                .param("scope", scopePath + "%")
                .query(rs -> {
                    long campaign = rs.getLong("campaign_id");
                    receiving.put(campaign, rs.getLong("scope_receiving"));
                    communes.computeIfAbsent(campaign, k -> new ArrayList<>())
                            .add(new CampaignViews.Progress(
                                    rs.getLong("id"),
                                    rs.getString("name"),
                                    rs.getLong("agency"),
                                    rs.getLong("dissolved"),
                                    rs.getLong("cohort"),
                                    rs.getLong("moved"),
                                    rs.getLong("receiving")));
                });
        Map<Long, CampaignViews.ProgressReport> reports = new LinkedHashMap<>();
        communes.forEach((campaign, rows) -> reports.put(campaign, report(asOf, rows, receiving.get(campaign))));
        return reports;
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
        return jdbc.sql("""
                        select a.id, a.name, c.name as commune_name, a.status = 'ACTIVE' as active,
                               (select count(*) from membership_period p where p.branch_id = a.id and p.ended_on is null) as members
                        from campaign_commune cc join org_unit c on c.id = cc.commune_id
                        join org_unit a on a.parent_id = c.id and a.kind = 'AGENCY'
                        where cc.campaign_id = :campaign
                        order by c.name, a.name""")
                .param("campaign", campaignId)
                .query((rs, i) -> new CampaignViews.AgencyBranch(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("commune_name"),
                        rs.getBoolean("active"),
                        rs.getLong("members")))
                .list();
    }
}
