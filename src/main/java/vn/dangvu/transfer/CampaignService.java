package vn.dangvu.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.RecordLinks;
import vn.dangvu.shared.Scope;
import vn.dangvu.shared.jobs.JobOutcome;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.transfer.domain.Campaign;
import vn.dangvu.transfer.domain.CampaignMember;
import vn.dangvu.transfer.domain.CampaignMemberRepository;
import vn.dangvu.transfer.domain.CampaignQueries;
import vn.dangvu.transfer.domain.CampaignRepository;

/**
 * Campaigns: a directive's wave of transfers. District staff build the cohort, resolve its exceptions
 * and move it in three batch steps, each all-or-nothing; district leaders and staff read the progress.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    /**
     * The cohort pages like every other list, twenty rows: at fifty, rendering the rows was two thirds of
     * the campaign page's time at province scale (issue 22) and the page 61 KB on a phone.
     */
    public static final int COHORT_PAGE_SIZE = PageView.DEFAULT_SIZE;

    private final CampaignRepository campaigns;
    private final CampaignMemberRepository cohort;
    private final CampaignQueries queries;
    private final TransferService transferService;
    private final CampaignSteps steps;
    private final Jobs jobs;
    private final DirectiveService directives;
    private final MemberService members;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final TransferPolicy policy;
    private final RecordLinks links;

    CampaignService(
            CampaignRepository campaigns,
            CampaignMemberRepository cohort,
            CampaignQueries queries,
            TransferService transferService,
            CampaignSteps steps,
            Jobs jobs,
            DirectiveService directives,
            MemberService members,
            OrganisationService organisation,
            AuditLog audit,
            TransferPolicy policy,
            RecordLinks links) {
        this.policy = policy;
        this.links = links;
        this.campaigns = campaigns;
        this.cohort = cohort;
        this.queries = queries;
        this.transferService = transferService;
        this.steps = steps;
        this.jobs = jobs;
        this.directives = directives;
        this.members = members;
        this.organisation = organisation;
        this.audit = audit;
    }

    // ---- reads ----

    /** Every campaign with its figures as of a date, those that had not started by then included. */
    public List<CampaignViews.Summary> list(Actor actor, LocalDate asOf) {
        policy.requireReadCampaigns(actor);
        return queries.summaries(asOf, null);
    }

    /**
     * The campaigns page: the campaigns started by a date with their figures then, how many members they
     * moved in all, and how many started later.
     */
    public CampaignViews.ListPage listPage(Actor actor, LocalDate asOf) {
        List<CampaignViews.Summary> all = list(actor, asOf);
        List<CampaignViews.Summary> started =
                all.stream().filter(c -> c.startedBy(asOf)).toList();
        return new CampaignViews.ListPage(
                started,
                started.stream().mapToLong(CampaignViews.Summary::moved).sum(),
                all.size() - started.size());
    }

    /** A new campaign's form under a directive: only for those who run campaigns. */
    public CampaignViews.FormPage formPage(Actor actor, long directiveId) {
        policy.requireRunCampaigns(actor);
        return new CampaignViews.FormPage(
                directives.get(directiveId),
                organisation.communesInScope(actor).stream()
                        .filter(UnitView::active)
                        .toList());
    }

    /** A directive's page: the directive, and its campaigns for those who read campaigns. */
    public CampaignViews.DirectivePage directivePage(Actor actor, long directiveId) {
        TransferPolicy.DirectiveMay may = policy.mayOnDirectives(actor);
        return new CampaignViews.DirectivePage(
                directives.get(directiveId), may.campaigns() ? ofDirective(actor, directiveId) : List.of(), may);
    }

    public List<CampaignViews.Summary> ofDirective(Actor actor, long directiveId) {
        policy.requireReadCampaigns(actor);
        return queries.summaries(LocalDate.now(), directiveId);
    }

    /**
     * Everything the campaign page shows, read in one transaction with the campaign loaded once. For a
     * past date every part is as it stood then: the progress, the cohort's transfer states and branches,
     * the agency branches; for today (or later) the cohort is as it stands, which the batch steps act on.
     */
    public CampaignViews.Page page(Actor actor, long id, LocalDate asOf, boolean flaggedOnly, int page) {
        policy.requireReadCampaigns(actor);
        Campaign campaign = campaigns.findById(id).orElseThrow(NotFoundException::new);
        Collection<UnitView> communes = coveredCommunes(actor, campaign);
        boolean today = !asOf.isBefore(LocalDate.now());
        LocalDate past = today ? null : asOf;
        queries.reusePlans();
        CampaignViews.CohortCounts counts = queries.counts(id, campaign.ratingYear(), past);
        return new CampaignViews.Page(
                view(campaign, communes),
                queries.progress(id, asOf),
                counts,
                queries.cohort(id, campaign.ratingYear(), past, flaggedOnly, counts, page, COHORT_PAGE_SIZE),
                campaign.getCohortKind() == CohortKind.AGENCY_BRANCHES ? queries.agencyBranches(id, past) : List.of(),
                policy.mayOnCampaign(actor, today, links.on(actor, "CAMPAIGN", id)));
    }

    /**
     * The figures as of a date of every campaign started by then, limited to the communes in a scope:
     * what the leaders' summary shows. The caller checks who may read it.
     */
    public List<CampaignFigures> figures(Scope scope, LocalDate asOf) {
        List<CampaignFigures> figures = new ArrayList<>();
        Map<Long, CampaignViews.ProgressReport> progress = queries.progressOfAll(asOf, scope);
        for (CampaignViews.Summary summary : queries.summaries(asOf, null)) {
            if (summary.startedBy(asOf) && progress.containsKey(summary.id())) {
                figures.add(new CampaignFigures(summary, progress.get(summary.id())));
            }
        }
        return figures;
    }

    /** A campaign and its progress within a scope. */
    public record CampaignFigures(CampaignViews.Summary campaign, CampaignViews.ProgressReport progress) {}

    public CampaignViews.Campaign get(Actor actor, long id) {
        return view(load(actor, id));
    }

    private CampaignViews.Campaign view(Campaign campaign) {
        return view(campaign, organisation.findAll(campaign.getCommuneIds()).values());
    }

    private CampaignViews.Campaign view(Campaign campaign, Collection<UnitView> communes) {
        List<String> communeNames =
                communes.stream().map(UnitView::name).sorted().toList();
        return new CampaignViews.Campaign(
                campaign.getId(),
                campaign.getName(),
                directives.get(campaign.getDirectiveId()),
                campaign.getDeadline(),
                campaign.getCohortKind(),
                campaign.getMemberGroup(),
                campaign.ratingYear(),
                communeNames);
    }

    public PageView<CampaignViews.CohortRow> cohort(Actor actor, long id, boolean flaggedOnly, int page) {
        Campaign campaign = load(actor, id);
        return queries.cohort(id, campaign.ratingYear(), flaggedOnly, page, COHORT_PAGE_SIZE);
    }

    public CampaignViews.CohortRow cohortEntry(Actor actor, long id, long entryId) {
        Campaign campaign = loadForStaff(actor, id);
        return queries.cohortEntry(id, campaign.ratingYear(), entryId).orElseThrow(NotFoundException::new);
    }

    public CampaignViews.CohortCounts counts(Actor actor, long id) {
        return queries.counts(id, load(actor, id).ratingYear());
    }

    public CampaignViews.ProgressReport progress(Actor actor, long id, LocalDate asOf) {
        load(actor, id);
        return queries.progress(id, asOf);
    }

    /** The transfers of the campaign that are not closed, for printing their letters together. */
    public List<TransferDetails> letters(Actor actor, long id) {
        load(actor, id);
        return transferService.letters(
                actor,
                cohort.findByCampaignIdOrderById(id).stream()
                        .map(CampaignMember::getTransferId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
    }

    // ---- building and resolving the cohort ----

    @Transactional
    public long create(Actor actor, CampaignForm form) {
        policy.requireRunCampaigns(actor);
        directives.get(form.directiveId());
        if (form.cohortKind() == CohortKind.MEMBER_GROUP && form.memberGroup() == null) {
            throw BusinessRuleException.onField("memberGroup", "campaign.groupRequired");
        }
        Set<Long> communeIds = new HashSet<>(form.communeIds());
        for (UnitView commune : organisation.findAll(communeIds).values()) {
            actor.requireCovers(commune.path());
            if (!commune.kind().isCommuneLevel()) {
                throw BusinessRuleException.onField("communeIds", "campaign.notACommune");
            }
        }
        Campaign campaign = campaigns.save(new Campaign(
                form.directiveId(), form.name(), form.deadline(), form.cohortKind(), form.memberGroup(), communeIds));
        int size = buildCohort(campaign);
        audit.recordDetails(
                actor,
                "CAMPAIGN",
                campaign.getId(),
                "CREATED",
                AuditDetails.of().text("name", form.name()).number("cohort", size));
        return campaign.getId();
    }

    private int buildCohort(Campaign campaign) {
        List<UnitView> branches = new ArrayList<>();
        for (UnitView commune : organisation.findAll(campaign.getCommuneIds()).values()) {
            branches.addAll(organisation.subtreeOfKinds(commune.path(), UnitKind.BRANCH_KINDS, true));
        }
        List<Long> sourceIds = branches.stream()
                .filter(b -> campaign.getCohortKind() == CohortKind.AGENCY_BRANCHES
                        ? b.kind() == UnitKind.AGENCY
                        : !b.kind().isResidential())
                .map(UnitView::id)
                .toList();
        List<MemberSummary> people = members.attending(
                sourceIds, campaign.getCohortKind() == CohortKind.MEMBER_GROUP ? campaign.getMemberGroup() : null);
        Map<Long, UnitView> residences = organisation.findAll(people.stream()
                .map(MemberSummary::residenceBranchId)
                .filter(java.util.Objects::nonNull)
                .toList());
        for (MemberSummary person : people) {
            cohort.save(new CampaignMember(
                    campaign.getId(),
                    person.id(),
                    person.branchId(),
                    target(residences.get(person.residenceBranchId()))));
        }
        return people.size();
    }

    /** A residence is a target only while it is an active hamlet/quarter branch. */
    private static Long target(UnitView residence) {
        return residence != null && residence.active() && residence.kind().isResidential() ? residence.id() : null;
    }

    @Transactional
    public void chooseTarget(Actor actor, long campaignId, long entryId, long branchId) {
        CampaignMember entry = entry(actor, campaignId, entryId);
        UnitView branch = organisation.find(branchId).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        if (!branch.active() || !branch.kind().isResidential()) {
            throw BusinessRuleException.onField("branchId", "campaign.targetNotHamlet");
        }
        entry.chooseTarget(branchId);
        audit.recordDetails(
                actor,
                "CAMPAIGN",
                campaignId,
                "TARGET_CHOSEN",
                AuditDetails.of().member("member", entry.getMemberId()).unit("target", branchId));
    }

    @Transactional
    public void setResidence(Actor actor, long campaignId, long entryId, long residenceId) {
        CampaignMember entry = entry(actor, campaignId, entryId);
        members.setResidence(actor, entry.getMemberId(), residenceId);
        entry.residenceChanged(target(organisation.find(residenceId).orElse(null)));
    }

    @Transactional
    public void exclude(Actor actor, long campaignId, long entryId, String reason) {
        CampaignMember entry = entry(actor, campaignId, entryId);
        entry.exclude(reason);
        audit.recordDetails(
                actor,
                "CAMPAIGN",
                campaignId,
                "EXCLUDED",
                AuditDetails.of().member("member", entry.getMemberId()).text("reason", reason));
    }

    @Transactional
    public void include(Actor actor, long campaignId, long entryId) {
        CampaignMember entry = entry(actor, campaignId, entryId);
        entry.include();
        audit.recordDetails(
                actor, "CAMPAIGN", campaignId, "INCLUDED", AuditDetails.of().member("member", entry.getMemberId()));
    }

    // ---- the batch steps: all or nothing ----

    /** The job kinds of the batch steps: one of each at a time per user. */
    public static final String PROPOSE_ALL = "campaign.proposeAll";

    public static final String APPROVE_ALL = "campaign.approveAll";
    public static final String COMPLETE_ALL = "campaign.completeAll";

    /** Proposes a transfer for every cohort member still waiting; the first problem undoes them all. */
    @Transactional
    public int proposeAll(Actor actor, long id) {
        return steps.proposeAll(actor, id, JobProgress.NONE);
    }

    @Transactional
    public int approveAll(Actor actor, long id) {
        return steps.approveAll(actor, id, JobProgress.NONE);
    }

    @Transactional
    public int completeAll(Actor actor, long id, LocalDate effectiveOn) {
        return steps.completeAll(actor, id, effectiveOn, JobProgress.NONE);
    }

    /**
     * Starts propose-all as a background job once its checks pass (a failing check is told at once, as
     * before); returns the job's id. The job checks again in its own transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long startProposeAll(Actor actor, long id) {
        steps.checkProposeAll(actor, id);
        return jobs.start(
                actor,
                PROPOSE_ALL,
                id,
                back(id),
                progress -> JobOutcome.of("campaign.proposedAllCount", steps.proposeAll(actor, id, progress)));
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long startApproveAll(Actor actor, long id) {
        steps.checkApproveAll(actor, id);
        return jobs.start(
                actor,
                APPROVE_ALL,
                id,
                back(id),
                progress -> JobOutcome.of("campaign.approvedAllCount", steps.approveAll(actor, id, progress)));
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long startCompleteAll(Actor actor, long id, LocalDate effectiveOn) {
        steps.checkCompleteAll(actor, id, effectiveOn);
        return jobs.start(
                actor,
                COMPLETE_ALL,
                id,
                back(id),
                progress -> JobOutcome.of(
                        "campaign.completedAllCount",
                        steps.completeAll(actor, id, effectiveOn, progress),
                        LocalDateFormatter.DISPLAY.format(effectiveOn)));
    }

    /** The actor's batch steps of this campaign that are still queued or running. */
    public List<JobView> runningSteps(Actor actor, long id) {
        return jobs.active(actor, id);
    }

    private static String back(long id) {
        return "/campaigns/" + id;
    }

    /** Dissolves an emptied agency branch of the campaign (refused while any member remains). */
    @Transactional
    public UnitView dissolveAgency(Actor actor, long id, long branchId, DissolveForm form) {
        Campaign campaign = loadForStaff(actor, id);
        UnitView branch = organisation.find(branchId).orElseThrow(NotFoundException::new);
        if (branch.kind() != UnitKind.AGENCY || !campaign.getCommuneIds().contains(branch.parentId())) {
            throw new NotFoundException();
        }
        return organisation.dissolve(actor, branchId, form);
    }

    private CampaignMember entry(Actor actor, long campaignId, long entryId) {
        loadForStaff(actor, campaignId);
        CampaignMember entry = cohort.findById(entryId).orElseThrow(NotFoundException::new);
        if (entry.getCampaignId() != campaignId) {
            throw new NotFoundException();
        }
        return entry;
    }

    private Campaign load(Actor actor, long id) {
        policy.requireReadCampaigns(actor);
        Campaign campaign = campaigns.findById(id).orElseThrow(NotFoundException::new);
        coveredCommunes(actor, campaign);
        return campaign;
    }

    /** The campaign's communes, once the actor's scope is checked to cover every one of them. */
    private Collection<UnitView> coveredCommunes(Actor actor, Campaign campaign) {
        Collection<UnitView> communes =
                organisation.findAll(campaign.getCommuneIds()).values();
        for (UnitView commune : communes) {
            actor.requireCovers(commune.path());
        }
        return communes;
    }

    private Campaign loadForStaff(Actor actor, long id) {
        policy.requireRunCampaigns(actor);
        return load(actor, id);
    }
}
