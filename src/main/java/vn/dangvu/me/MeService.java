package vn.dangvu.me;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.DutyProgressForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.dues.DuesService;
import vn.dangvu.me.domain.CorrectionRequest;
import vn.dangvu.me.domain.CorrectionRequestRepository;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;

/**
 * The member's own pages, each read through the module that keeps the records (the member, their duties,
 * their dues), and the corrections members ask of their record: the member asks, their branch's secretary
 * answers.
 */
@Service
@Transactional(readOnly = true)
public class MeService {

    static final String AUDIT_TYPE = "MEMBER";

    private final MePolicy policy;
    private final MemberService members;
    private final DutyService duties;
    private final DuesService dues;
    private final OrganisationService organisation;
    private final CorrectionRequestRepository corrections;
    private final AuditLog audit;

    MeService(
            MePolicy policy,
            MemberService members,
            DutyService duties,
            DuesService dues,
            OrganisationService organisation,
            CorrectionRequestRepository corrections,
            AuditLog audit) {
        this.policy = policy;
        this.members = members;
        this.duties = duties;
        this.dues = dues;
        this.organisation = organisation;
        this.corrections = corrections;
        this.audit = audit;
    }

    /** The sections of the member's home page, in the order a member most often needs them. */
    static final List<MeViews.Section> SECTIONS = List.of(
            new MeViews.Section("me.meetings.title", "/me/meetings", "me.meetings.hint"),
            new MeViews.Section("me.duties.title", "/me/duties", "me.duties.hint"),
            new MeViews.Section("me.dues.title", "/me/dues", "me.dues.hint"),
            new MeViews.Section("me.attendance.title", "/me/attendance", "me.attendance.hint"),
            new MeViews.Section("me.rating.title", "/me/rating", "me.rating.hint"),
            new MeViews.Section("me.concerns.title", "/me/concerns", "me.concerns.hint"),
            new MeViews.Section("me.profile.title", "/me/profile", "me.profile.hint"));

    public MeViews.Home home(Actor actor) {
        long memberId = policy.requireOwnMember(actor);
        MemberSummary member = members.find(memberId).orElseThrow(NotFoundException::new);
        String branch = organisation
                .find(member.branchId())
                .map(vn.dangvu.organisation.UnitView::name)
                .orElse("");
        return new MeViews.Home(member.fullName(), branch, SECTIONS);
    }

    public MeViews.Profile profile(Actor actor) {
        long memberId = policy.requireOwnMember(actor);
        MemberDetails member = members.findDetails(memberId).orElseThrow(NotFoundException::new);
        List<MeViews.Correction> own = corrections.findByMemberIdOrderByRequestedAtDesc(memberId).stream()
                .map(MeService::view)
                .toList();
        return new MeViews.Profile(member, own);
    }

    @Transactional
    public void requestCorrection(Actor actor, CorrectionForm form) {
        long memberId = policy.requireOwnMember(actor);
        CorrectionRequest request = corrections.save(new CorrectionRequest(memberId, form.body(), Instant.now()));
        audit.record(
                actor, AUDIT_TYPE, memberId, "CORRECTION_REQUESTED", "#" + request.getId() + ": " + request.getBody());
    }

    public MeViews.Duties duties(Actor actor, int year) {
        policy.requireOwnMember(actor);
        return new MeViews.Duties(year, duties.own(actor, year));
    }

    /** The duty progress form of the secretary's page, written by the member on their own duty. */
    public vn.dangvu.branchwork.BranchWorkViews.DutyView duty(Actor actor, long dutyId) {
        policy.requireOwnMember(actor);
        return duties.ownDuty(actor, dutyId);
    }

    @Transactional
    public void reportProgress(Actor actor, long dutyId, DutyProgressForm form) {
        policy.requireOwnMember(actor);
        duties.progress(actor, dutyId, form);
    }

    public MeViews.Dues dues(Actor actor, int year) {
        long memberId = policy.requireOwnMember(actor);
        return new MeViews.Dues(year, dues.monthsOf(memberId, year));
    }

    // ---- the secretary's side ----

    /** The open requests of the members who attend the secretary's branch today, oldest first. */
    public MeViews.Corrections openCorrections(Actor actor) {
        policy.requireAnswerCorrections(actor);
        String branch = organisation
                .find(actor.scopeUnitId())
                .map(vn.dangvu.organisation.UnitView::name)
                .orElse("");
        Map<Long, MemberSummary> attending = members.attending(List.of(actor.scopeUnitId()), null).stream()
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
        List<MeViews.OpenCorrection> open =
                corrections.findByMemberIdInAndAnsweredAtIsNullOrderByRequestedAt(attending.keySet()).stream()
                        .map(c -> new MeViews.OpenCorrection(attending.get(c.getMemberId()), view(c)))
                        .toList();
        return new MeViews.Corrections(branch, open);
    }

    /** Answers an open request of a member of the secretary's branch (another's answers 404) and closes it. */
    @Transactional
    public void answer(Actor actor, long requestId, AnswerForm form) {
        CorrectionRequest request = answerable(actor, requestId);
        if (form.version() == null || form.version() != request.getVersion() || !request.open()) {
            throw new ConflictException();
        }
        request.answer(form.answer(), actor.username(), Instant.now());
        audit.record(
                actor,
                AUDIT_TYPE,
                request.getMemberId(),
                "CORRECTION_ANSWERED",
                "#" + request.getId() + ": " + request.getAnswer());
    }

    /** A request the secretary may answer: of a member of their branch today (another's answers 404). */
    public void requireAnswerable(Actor actor, long requestId) {
        answerable(actor, requestId);
    }

    private CorrectionRequest answerable(Actor actor, long requestId) {
        policy.requireAnswerCorrections(actor);
        CorrectionRequest request = corrections.findById(requestId).orElseThrow(NotFoundException::new);
        MemberSummary member = members.find(request.getMemberId()).orElseThrow(NotFoundException::new);
        if (member.branchId() != actor.scopeUnitId()) {
            throw new NotFoundException();
        }
        return request;
    }

    private static MeViews.Correction view(CorrectionRequest c) {
        return new MeViews.Correction(
                c.getId(), c.getBody(), c.getRequestedAt(), c.getAnswer(), c.getAnsweredAt(), c.getVersion());
    }
}
