package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.AccountService;
import vn.dangvu.account.AccountView;
import vn.dangvu.branchwork.domain.Liaison;
import vn.dangvu.branchwork.domain.LiaisonRepository;
import vn.dangvu.branchwork.domain.MeetingQueries;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;

/**
 * Committee members of a level above a branch assigned to attend its meetings (liaisons, cấp ủy viên cấp
 * trên dự sinh hoạt chi bộ): staff assign a leader's account and the member it stands for, who must hold a
 * seat on the committee of a unit above the branch on the day; a liaison sees their branches' last and next
 * meetings and comments on them.
 */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

    private final LiaisonRepository liaisons;
    private final MeetingQueries queries;
    private final OrganisationService organisation;
    private final MeetingService meetings;
    private final BranchWorkPolicy access;
    private final AccountService accounts;
    private final AuditLog audit;
    private final CommitteeMemberships committees;

    LiaisonService(
            LiaisonRepository liaisons,
            MeetingQueries queries,
            OrganisationService organisation,
            MeetingService meetings,
            BranchWorkPolicy access,
            AccountService accounts,
            AuditLog audit,
            CommitteeMemberships committees) {
        this.committees = committees;
        this.liaisons = liaisons;
        this.queries = queries;
        this.organisation = organisation;
        this.meetings = meetings;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
    }

    public List<BranchWorkViews.LiaisonAssignment> assignments(Actor actor) {
        access.requireAssignLiaisons(actor);
        return queries.assignments(actor.scopePath());
    }

    /**
     * Assigns an enabled district leader's account of the actor's scope to a branch, for a member who holds
     * today a seat on the committee of a unit above the branch: a liaison reads and comments on the branch's
     * meetings, so any other account would reach beyond its own scope.
     */
    @Transactional
    public void assign(Actor actor, long userId, long branchId, Long memberId) {
        access.requireAssignLiaisons(actor);
        UnitView branch = access.read(actor, branchId);
        if (leaders(actor).stream().noneMatch(a -> a.id() == userId)) {
            throw BusinessRuleException.onField("userId", "liaison.notALeader");
        }
        LocalDate today = LocalDate.now();
        if (memberId == null || !committees.holdsSeatAbove(memberId, branch.path(), today)) {
            throw BusinessRuleException.onField("memberId", "liaison.notACommitteeMemberAbove");
        }
        if (liaisons.existsByUserIdAndBranchId(userId, branchId)) {
            throw new BusinessRuleException("liaison.alreadyAssigned");
        }
        liaisons.save(new Liaison(userId, branchId, memberId, today, actor.username()));
        audit.recordDetails(
                actor,
                "UNIT",
                branchId,
                "LIAISON_ASSIGNED",
                AuditDetails.of().account("liaison", userId).member("member", memberId));
    }

    /** Those who hold today a seat on a committee of the actor's scope: whom a liaison may stand for. */
    public List<CommitteeMemberships.Holder> committeeMembers(Actor actor) {
        access.requireAssignLiaisons(actor);
        return committees.holdersOn(actor.scopePath(), LocalDate.now());
    }

    @Transactional
    public void remove(Actor actor, long liaisonId) {
        access.requireAssignLiaisons(actor);
        Liaison liaison = liaisons.findById(liaisonId).orElseThrow(NotFoundException::new);
        access.read(actor, liaison.getBranchId());
        liaisons.delete(liaison);
        audit.recordDetails(
                actor,
                "UNIT",
                liaison.getBranchId(),
                "LIAISON_REMOVED",
                AuditDetails.of().account("liaison", liaison.getUserId()));
    }

    /** The district leaders of the actor's scope, whom district staff may assign as liaisons. */
    public List<AccountView> leaders(Actor actor) {
        access.requireAssignLiaisons(actor);
        return accounts.ofRole(actor, Role.DISTRICT_LEADER);
    }

    /** The branches district staff may assign liaisons to: the residential and other active branches. */
    public List<UnitChoice> assignableBranches(Actor actor) {
        access.requireAssignLiaisons(actor);
        return organisation.choices(
                actor.scopePath(), EnumSet.of(UnitKind.HAMLET, UnitKind.QUARTER, UnitKind.OTHER), true);
    }

    /** The signed-in liaison's branches, with the last meeting held and the next one planned. */
    public List<BranchWorkViews.LiaisonBranch> myBranches(Actor actor) {
        List<BranchWorkViews.LiaisonBranch> rows = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Liaison liaison : liaisons.findByUserIdOrderById(actor.userId())) {
            UnitView branch = organisation.find(liaison.getBranchId()).orElseThrow();
            rows.add(new BranchWorkViews.LiaisonBranch(
                    liaison.getId(),
                    branch,
                    queries.lastMeeting(branch.id(), today).orElse(null),
                    queries.nextMeeting(branch.id(), today).orElse(null)));
        }
        return rows;
    }

    /** A liaison comments on a meeting of a branch they are assigned to; that is a liaison visit. */
    @Transactional
    public void comment(Actor actor, long meetingId, String comment) {
        long branchId = meetings.branchOf(meetingId);
        access.read(actor, branchId);
        access.requireComment(actor, liaisons.existsByUserIdAndBranchId(actor.userId(), branchId));
        if (comment == null || comment.isBlank()) {
            throw BusinessRuleException.onField("comment", "liaison.commentRequired");
        }
        meetings.addLiaisonComment(actor, meetingId, comment);
    }

    /**
     * A liaison assigned by the system (loaders): one per leader and branch, for a member who holds on {@code
     * on} a seat above the branch (when one is named), audited as {@link #assign}.
     */
    void record(long userId, long branchId, Long memberId, LocalDate on) {
        if (liaisons.existsByUserIdAndBranchId(userId, branchId)) {
            throw new BusinessRuleException("liaison.alreadyAssigned");
        }
        if (memberId != null
                && !committees.holdsSeatAbove(
                        memberId, organisation.find(branchId).orElseThrow().path(), on)) {
            throw BusinessRuleException.onField("memberId", "liaison.notACommitteeMemberAbove");
        }
        liaisons.save(new Liaison(userId, branchId, memberId, on, AuditLog.SYSTEM));
        audit.record(null, "UNIT", branchId, "LIAISON_ASSIGNED", String.valueOf(userId));
    }
}
