package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.domain.BadgeQueries;
import vn.dangvu.member.domain.Member;
import vn.dangvu.member.domain.MemberRepository;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Violation;
import vn.dangvu.shared.web.LocalDateFormatter;

/**
 * Party badges (Huy hiệu Đảng): the members of the actor's scope who have reached a milestone of Party
 * age by an award day and have not received its badge, and the badges awarded. Everyone reads their
 * scope; those who write members ({@link MemberPolicy}) record an award, audited on the member.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PartyBadges {

    private final BadgeQueries queries;
    private final MemberRepository members;
    private final OrganisationService organisation;
    private final MemberPolicy policy;
    private final AuditLog audit;

    public BadgeViews.DuePage due(Actor actor, BadgeOccasion occasion, int year, int page) {
        LocalDate day = occasion.in(year);
        return new BadgeViews.DuePage(
                occasion,
                year,
                day,
                queries.milestoneYears(day),
                queries.due(actor.scope(), day, page, PageView.DEFAULT_SIZE),
                policy.mayWrite(actor));
    }

    /** Every member due on the award day, for the .xlsx. */
    public void allDue(Actor actor, LocalDate awardDay, Consumer<BadgeViews.Due> rows) {
        queries.allDue(actor.scope(), awardDay, rows);
    }

    public PageView<BadgeViews.Awarded> awarded(Actor actor, int page) {
        return queries.awarded(actor.scope(), page, PageView.DEFAULT_SIZE);
    }

    /** The member a badge is to be awarded to, for the form: to those who may record one, in their scope. */
    public BadgeViews.Recipient recipient(Actor actor, long memberId) {
        policy.requireWrite(actor);
        Member m = memberInScope(actor, memberId);
        return new BadgeViews.Recipient(m.getId(), m.getFullName(), m.getAdmittedOn(), m.getFullMemberOn());
    }

    /** The milestones a badge may be awarded for on a day (today when none is given). */
    public List<Integer> milestones(LocalDate on) {
        return queries.milestoneYears(on == null ? LocalDate.now() : on);
    }

    /** Every rule the award breaks, at once, for a form that also has errors of its own (nulls skipped). */
    public List<BusinessRuleException> problemsOf(Actor actor, long memberId, BadgeForm form) {
        policy.requireWrite(actor);
        return MemberService.exceptions(violations(memberInScope(actor, memberId), form));
    }

    @Transactional
    public long award(Actor actor, long memberId, BadgeForm form) {
        policy.requireWrite(actor);
        Member member = memberInScope(actor, memberId);
        BusinessRuleException.throwIfAny(violations(member, form));
        BadgeViews.Award award = form.toAward();
        long id = queries.insert(memberId, award, actor.username());
        audit.recordDetails(
                actor,
                MemberService.AUDIT_TYPE,
                memberId,
                "BADGE_AWARDED",
                AuditDetails.of()
                        .number("badgeYears", award.years())
                        .date("awardedOn", award.awardedOn())
                        .text("decisionNumber", award.decisionNumber())
                        .date("decisionDate", award.decisionDate())
                        .text("decisionBody", award.decisionBody()));
        return id;
    }

    /**
     * The award's rules: a milestone of its day's rule, reached by then (a seriously ill member may be
     * awarded up to the milestone's early months before), by a full member who has not left the Party
     * (a badge may be given posthumously), not received before; the decision not after the award, which is
     * not in the future.
     */
    private List<Violation> violations(Member member, BadgeForm form) {
        List<Violation> violations = new ArrayList<>();
        LocalDate day = form.awardedOn();
        if (day != null && day.isAfter(LocalDate.now())) {
            violations.add(Violation.of("awardedOn", "badge.awardInFuture"));
        }
        if (day != null && form.decisionDate() != null && form.decisionDate().isAfter(day)) {
            violations.add(Violation.of("decisionDate", "badge.decisionAfterAward"));
        }
        if (member.getStatus() == MemberStatus.LEFT && member.getLeftReason() != LeftReason.DECEASED) {
            violations.add(Violation.of(null, "badge.memberLeft"));
        }
        if (day == null || form.years() == null) {
            return violations;
        }
        if (member.getFullMemberOn() == null || member.getFullMemberOn().isAfter(day)) {
            violations.add(Violation.of("awardedOn", "badge.notFullMember"));
        }
        Map<Integer, BadgeViews.Milestone> milestones = queries.milestonesOf(member.getId(), day);
        BadgeViews.Milestone milestone = milestones.get(form.years());
        if (milestone == null) {
            violations.add(Violation.of("years", "badge.notMilestone", String.valueOf(form.years())));
        } else if (milestone.reachedOn().minusMonths(milestone.earlyMonths()).isAfter(day)) {
            violations.add(Violation.of(
                    "awardedOn",
                    "badge.notReached",
                    String.valueOf(form.years()),
                    LocalDateFormatter.DISPLAY.format(milestone.reachedOn()),
                    String.valueOf(milestone.earlyMonths())));
        }
        if (queries.isAwarded(member.getId(), form.years())) {
            violations.add(Violation.of("years", "badge.alreadyAwarded", String.valueOf(form.years())));
        }
        return violations;
    }

    private Member memberInScope(Actor actor, long memberId) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        UnitView branch = organisation.find(member.getBranchId()).orElseThrow(NotFoundException::new);
        actor.requireCovers(branch.path());
        return member;
    }
}
