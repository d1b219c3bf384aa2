package vn.dangvu.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.BranchWorkOverview;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.member.MembershipChanges;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Scope;
import vn.dangvu.shared.db.DataChangeStamp;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;

/**
 * The leaders' summary: for district leaders and staff the district, for a commune's officials their
 * commune, as of a chosen date. Every figure is computed from the records (attendance through each
 * meeting's tally, kept in the write transaction). The summary is put together on each request from its
 * five parts, each reused until a table that part reads changes and recomputed by one request at a time
 * (see {@link SummaryCache}), so that an attendance form recomputes the meeting figures only.
 */
@Service
@RequiredArgsConstructor
public class ReportService {

    private final OrganisationService organisation;
    private final CampaignService campaigns;
    private final BranchWorkOverview branchWork;
    private final EngagementService engagement;
    private final DataChangeStamp stamp;
    private final SummaryCache cache;
    private final ReportPolicy policy;
    private final MembershipChanges memberChanges;

    /** The tables every part reads: the tree of units, and who was a member where. */
    private static final List<String> TREE_AND_MEMBERS =
            List.of("org_unit", "org_unit_version", "member", "membership_period");

    /** The tables each part reads beside {@link #TREE_AND_MEMBERS}. */
    private static final Map<String, List<String>> PART_TABLES = Map.of(
            "campaigns",
            List.of("directive", "campaign", "campaign_commune", "campaign_member", "transfer", "member_rating"),
            "branchDuties",
            List.of("duty", "committee_membership"),
            "branchMeetings",
            List.of("meeting", "attendance", "meeting_guest"),
            "engagement",
            List.of("recognition", "concern", "engagement_session", "follow_up"),
            "memberChanges",
            List.of());

    /** Which pages behind the summary's figures the actor may open. */
    @Transactional(readOnly = true)
    public ReportPolicy.SummaryMay may(Actor actor) {
        return policy.mayOnSummary(actor);
    }

    /** The summary as of a date, its member changes counted from the first of January of that year. */
    public Summary summary(Actor actor, LocalDate asOf) {
        return summary(actor, LocalDate.of(asOf.getYear(), 1, 1), asOf, false);
    }

    /**
     * The summary as of a date, its member changes (tăng, giảm đảng viên) counted from {@code from}, of the data
     * as it stands now.
     */
    public Summary summary(Actor actor, LocalDate from, LocalDate asOf) {
        return summary(actor, from, asOf, false);
    }

    /**
     * The summary as of a date, its member changes counted from {@code from}. With {@code mayBeEarlier} a part
     * that another request is recomputing comes as computed before the latest writes (at most
     * {@code dangvu.summary.cache-seconds} old), and the summary says it is {@linkplain Summary#updating()
     * being updated}: twenty leaders do not queue behind each recomputation. Without it (an export, a reader
     * who has just saved a form) every part is of the data as it stands now.
     *
     * <p>Not transactional itself (each part's service reads in a short read-only transaction of its own, or
     * in the caller's if there is one): a request that waits for another's computation must not hold a pooled
     * connection meanwhile, and even an empty transaction scope (NOT_SUPPORTED, SUPPORTS) keeps the connection
     * its first statement took until it ends. Twenty leaders waiting on one recomputation took the whole
     * pool, and other pages got the outage page.
     */
    public Summary summary(Actor actor, LocalDate from, LocalDate asOf, boolean mayBeEarlier) {
        policy.requireReadSummary(actor);
        UnitView unit = organisation.get(actor, actor.scopeUnitId());
        Parts parts = new Parts(
                unit,
                actor.scope(),
                from,
                asOf,
                stamp.byTable(),
                mayBeEarlier ? SummaryCache.Freshness.MAY_BE_EARLIER : SummaryCache.Freshness.EXACT);
        return compute(parts);
    }

    /**
     * The parts of one summary, each reused until a table it reads changes, and whether any came as computed
     * before the latest writes.
     */
    private final class Parts {
        private final UnitView unit;
        private final Scope scope;
        private final LocalDate from;
        private final LocalDate asOf;
        private final DataChangeStamp.Stamps stamps;
        private final SummaryCache.Freshness freshness;
        private boolean earlier;

        Parts(
                UnitView unit,
                Scope scope,
                LocalDate from,
                LocalDate asOf,
                DataChangeStamp.Stamps stamps,
                SummaryCache.Freshness freshness) {
            this.unit = unit;
            this.scope = scope;
            this.from = from;
            this.asOf = asOf;
            this.stamps = stamps;
            this.freshness = freshness;
        }

        <T> T get(String name, Supplier<T> compute) {
            long partStamp = stamps.of(TREE_AND_MEMBERS) + stamps.of(PART_TABLES.get(name));
            SummaryCache.Result<T> result =
                    cache.get(new SummaryCache.Key(unit.id(), scope, from, asOf, name, partStamp), freshness, compute);
            earlier |= result.earlier();
            return result.value();
        }
    }

    /** The scope as named on the day read; a scope made later (a province of 2025 read as of 2019) keeps today's name. */
    private UnitView namedOn(UnitView scope, LocalDate asOf) {
        String name = organisation.namesOn(List.of(scope.id()), asOf).getOrDefault(scope.id(), scope.name());
        return new UnitView(
                scope.id(),
                scope.code(),
                name,
                scope.kind(),
                scope.status(),
                scope.parentId(),
                scope.path(),
                scope.dissolvedOn(),
                scope.dissolutionDecision(),
                scope.version(),
                scope.levelRole());
    }

    /**
     * The members each commune of the day read moved in the campaigns. A campaign counts by the communes of
     * its own day; a commune merged since then counts for the commune that holds it on the day read, so that
     * read as of 2026 the new commune shows what its predecessors moved in 2019.
     */
    private Map<Long, Long> movedByCommuneOn(
            List<CampaignService.CampaignFigures> figures, List<BranchWorkViews.CommuneFigures> rows, LocalDate asOf) {
        Set<Long> campaignCommunes = new HashSet<>();
        figures.forEach(f -> f.progress().communes().forEach(p -> campaignCommunes.add(p.communeId())));
        Map<Long, String> paths = organisation.pathsOn(campaignCommunes, asOf);
        Map<Long, Long> moved = new HashMap<>();
        for (CampaignService.CampaignFigures f : figures) {
            for (CampaignViews.Progress p : f.progress().communes()) {
                String path = paths.getOrDefault(p.communeId(), "");
                rows.stream()
                        .filter(row -> path.contains("/" + row.communeId() + "/"))
                        .findFirst()
                        .ifPresent(row -> moved.merge(row.communeId(), p.moved(), Long::sum));
            }
        }
        return moved;
    }

    /**
     * The summary of a unit over what its reader reads: its subtree, or, for an ended unit, its former
     * subtree (the district's communes and branches of its time, wherever they stand today).
     */
    private Summary compute(Parts parts) {
        UnitView unit = parts.unit;
        Scope scope = parts.scope;
        LocalDate from = parts.from;
        LocalDate asOf = parts.asOf;
        List<CampaignService.CampaignFigures> figures = parts.get("campaigns", () -> campaigns.figures(scope, asOf));
        long totalMoved =
                figures.stream().mapToLong(f -> f.progress().total().moved()).sum();
        BranchWorkOverview.SummaryPart work = BranchWorkOverview.SummaryPart.of(
                parts.get("branchDuties", () -> branchWork.dutiesPart(scope, asOf)),
                parts.get("branchMeetings", () -> branchWork.meetingsPart(scope, asOf)));
        Map<Long, Long> movedByCommune = movedByCommuneOn(figures, work.communes(), asOf);
        long maxMoved = movedByCommune.values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        List<Summary.CommuneRow> communes = work.communes().stream()
                .map(c -> {
                    long moved = movedByCommune.getOrDefault(c.communeId(), 0L);
                    return new Summary.CommuneRow(
                            c.communeId(),
                            c.name(),
                            moved,
                            c.dutyCoverage(),
                            c.attendanceRate(),
                            c.directingTone(),
                            (int) BranchWorkViews.percent(moved, maxMoved),
                            SummaryWorkbook.fraction(c.withDuty(), c.members()),
                            SummaryWorkbook.fraction(c.present(), c.listed()),
                            c.since());
                })
                .toList();
        return new Summary(
                namedOn(unit, asOf),
                asOf,
                figures,
                totalMoved,
                work.duties(),
                work.meetings(),
                communes,
                work.trend(),
                parts.get("engagement", () -> engagement.summary(scope, asOf)),
                new Summary.MemberChanges(
                        from,
                        asOf,
                        parts.get("memberChanges", () -> memberChanges.between(unit.id(), scope, from, asOf))),
                work.compliance(),
                parts.earlier);
    }
}
