package vn.dangvu.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.transfer.domain.Campaign;
import vn.dangvu.transfer.domain.CampaignBatch;
import vn.dangvu.transfer.domain.CampaignRepository;

/**
 * A campaign's three batch steps, each one transaction: all or nothing. The rules are those of one
 * transfer at a time ({@link TransferService}, {@link MemberService#checkMove}), checked for the whole
 * cohort before anything is written, so that the first member in the cohort's order who breaks one is
 * named and nothing is kept. The writes are set-based ({@link CampaignBatch}), a chunk of members at a
 * time, and each chunk moves the step's progress on.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CampaignSteps {

    /** Members written per statement: progress moves on after each chunk. */
    static final int CHUNK = 1000;

    private final CampaignRepository campaigns;
    private final CampaignBatch batch;
    private final DirectiveService directives;
    private final MemberService members;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final TransferPolicy policy;
    private final TransferHandlings handlings;
    private final vn.dangvu.transfer.domain.TransferRepository transfers;
    private final vn.dangvu.transfer.domain.TransferRegister register;

    // ---- propose all ----

    /** Whether propose-all may run now: the checks it starts with, nothing written. */
    public void checkProposeAll(Actor actor, long id) {
        proposals(loadForStaff(actor, id));
    }

    /** Proposes a transfer for every cohort member still waiting; the first problem undoes them all. */
    @Transactional
    public int proposeAll(Actor actor, long id, JobProgress progress) {
        Campaign campaign = loadForStaff(actor, id);
        batch.lock(id);
        List<CampaignBatch.Proposal> proposals = proposals(campaign);
        progress.total(proposals.size());
        // a campaign moves members within their commune: internal transfers that name the campaign
        TransferKind kind = TransferKind.INTERNAL;
        String reason = directives.get(campaign.getDirectiveId()).number() + " — " + campaign.getName();
        Instant at = Instant.now();
        for (List<CampaignBatch.Proposal> chunk : chunks(proposals)) {
            List<Long> ids = batch.propose(chunk, id, kind, reason, actor.username(), at);
            audit.recordEach(actor, TransferService.AUDIT_TYPE, ids, "CREATED", kind + " " + TransferDirection.WITHIN);
            audit.recordEach(actor, TransferService.AUDIT_TYPE, ids, TransferState.PROPOSED.name(), null);
            progress.advance(chunk.size());
        }
        batch.written();
        audit.recordDetails(
                actor, "CAMPAIGN", id, "PROPOSED_ALL", AuditDetails.of().number("count", proposals.size()));
        return proposals.size();
    }

    /**
     * The transfers to create, once every waiting member passed, in the cohort's order, the checks that
     * creating their transfer one by one makes: a target, the move's rules, no other open transfer, not
     * away on a temporary transfer.
     */
    private List<CampaignBatch.Proposal> proposals(Campaign campaign) {
        List<CampaignBatch.Waiting> waiting = batch.waiting(campaign.getId());
        if (waiting.isEmpty()) {
            return List.of();
        }
        Optional<MemberService.RefusedMove> refused = members.firstRefusedMove(
                waiting.stream()
                        .filter(w -> w.targetBranchId() != null)
                        .map(w -> new MemberService.Move(w.memberId(), w.targetBranchId(), null))
                        .toList(),
                null);
        List<Long> memberIds =
                waiting.stream().map(CampaignBatch.Waiting::memberId).toList();
        Set<Long> open = batch.withOpenTransfer(memberIds);
        Set<Long> away = batch.awayOnTemporaryTransfer(memberIds);
        List<CampaignBatch.Proposal> proposals = new ArrayList<>(waiting.size());
        for (CampaignBatch.Waiting entry : waiting) {
            if (entry.targetBranchId() == null) {
                throw new BatchFailedException(entry.memberName(), "campaign.noTarget");
            }
            if (refused.isPresent() && refused.get().memberId() == entry.memberId()) {
                throw new BatchFailedException(entry.memberName(), refused.get().messageKey());
            }
            if (open.contains(entry.memberId())) {
                throw new BatchFailedException(entry.memberName(), "transfer.alreadyOpen");
            }
            if (away.contains(entry.memberId())) {
                throw new BatchFailedException(entry.memberName(), "campaign.memberAway");
            }
            proposals.add(new CampaignBatch.Proposal(
                    entry.entryId(), entry.memberId(), entry.memberBranchId(), entry.targetBranchId()));
        }
        return proposals;
    }

    // ---- approve all ----

    public void checkApproveAll(Actor actor, long id) {
        loadForStaff(actor, id);
    }

    @Transactional
    public int approveAll(Actor actor, long id, JobProgress progress) {
        loadForStaff(actor, id);
        batch.lock(id);
        List<Long> proposed = batch.lockInState(id, TransferState.PROPOSED).stream()
                .map(CampaignBatch.Locked::id)
                .toList();
        progress.total(proposed.size());
        Instant at = Instant.now();
        for (List<Long> chunk : chunks(proposed)) {
            batch.approve(chunk, actor.username(), at);
            audit.recordEach(actor, TransferService.AUDIT_TYPE, chunk, TransferState.APPROVED.name(), null);
            progress.advance(chunk.size());
        }
        batch.written();
        register(proposed);
        audit.recordDetails(
                actor, "CAMPAIGN", id, "APPROVED_ALL", AuditDetails.of().number("count", proposed.size()));
        return proposed.size();
    }

    /**
     * The approved letters take their numbers in the registers of the committees that handle them, as
     * {@link TransferService#approve} does for one, in a few statements per committee and year.
     */
    private void register(List<Long> approved) {
        List<vn.dangvu.transfer.domain.Transfer> found = transfers.findAllById(approved);
        java.util.Map<Long, TransferHandling> handling = handlings.ofAll(found);
        LocalDate today = LocalDate.now();
        java.util.Map<List<Long>, List<Long>> byIssuerAndYear = new java.util.LinkedHashMap<>();
        found.stream()
                .sorted(java.util.Comparator.comparing(vn.dangvu.transfer.domain.Transfer::getId))
                .filter(t -> handling.containsKey(t.getId()))
                .forEach(t -> byIssuerAndYear
                        .computeIfAbsent(
                                List.of(handling.get(t.getId()).unit().id(), (long) t.registerYearOn(today)),
                                k -> new ArrayList<>())
                        .add(t.getId()));
        byIssuerAndYear.forEach(
                (key, ids) -> register.number(ids, key.get(0), key.get(1).intValue()));
        batch.written();
    }

    // ---- complete all ----

    /** Whether complete-all may run now on that day: the checks it starts with, nothing written. */
    public void checkCompleteAll(Actor actor, long id, LocalDate effectiveOn) {
        loadForStaff(actor, id);
        requireDate(effectiveOn);
        checkMoves(moves(batch.inState(id, TransferState.APPROVED)), effectiveOn);
    }

    /** Completes every approved transfer and moves each member's membership on the day: all or nothing. */
    @Transactional
    public int completeAll(Actor actor, long id, LocalDate effectiveOn, JobProgress progress) {
        loadForStaff(actor, id);
        requireDate(effectiveOn);
        batch.lock(id);
        List<MemberService.Move> moves = moves(batch.lockInState(id, TransferState.APPROVED));
        checkMoves(moves, effectiveOn);
        progress.total(moves.size());
        Instant at = Instant.now();
        for (List<MemberService.Move> chunk : chunks(moves)) {
            List<Long> ids = chunk.stream().map(MemberService.Move::transferId).toList();
            batch.complete(ids, actor.username(), at, effectiveOn);
            members.moveAll(chunk, effectiveOn);
            audit.recordEach(
                    actor,
                    TransferService.AUDIT_TYPE,
                    ids,
                    TransferState.COMPLETED.name(),
                    String.valueOf(effectiveOn));
            progress.advance(chunk.size());
        }
        batch.written();
        audit.recordDetails(
                actor,
                "CAMPAIGN",
                id,
                "COMPLETED_ALL",
                AuditDetails.of().number("count", moves.size()).date("effectiveOn", effectiveOn));
        return moves.size();
    }

    private static void requireDate(LocalDate effectiveOn) {
        if (effectiveOn == null) {
            throw BusinessRuleException.onField("effectiveOn", "transfer.effectiveOnRequired");
        }
    }

    private static List<MemberService.Move> moves(List<CampaignBatch.Locked> transfers) {
        return transfers.stream()
                .map(t -> new MemberService.Move(t.memberId(), t.toBranchId(), t.id()))
                .toList();
    }

    private void checkMoves(List<MemberService.Move> moves, LocalDate on) {
        members.firstRefusedMove(moves, on).ifPresent(refused -> {
            throw new BatchFailedException(refused.fullName(), refused.messageKey());
        });
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private Campaign loadForStaff(Actor actor, long id) {
        policy.requireRunCampaigns(actor);
        Campaign campaign = campaigns.findById(id).orElseThrow(NotFoundException::new);
        for (UnitView commune : organisation.findAll(campaign.getCommuneIds()).values()) {
            actor.requireCovers(commune.path());
        }
        return campaign;
    }
}
