package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.domain.Duty;
import vn.dangvu.branchwork.domain.DutyRepository;
import vn.dangvu.branchwork.domain.DutyTemplate;
import vn.dangvu.branchwork.domain.DutyTemplateRepository;
import vn.dangvu.branchwork.loading.BranchWorkLoader;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Violations;
import vn.dangvu.shared.web.RemovalForm;

/** Duties a branch gives its members for a year, and the district's suggested duties per member group. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DutyService {

    private final DutyRepository duties;
    private final DutyTemplateRepository templates;
    private final MemberService members;
    private final BranchWorkPolicy access;
    private final AuditLog audit;

    /** Every member of the branch in the year with their duties; those without any first, leaders first. */
    public BranchWorkViews.DutyPage page(Actor actor, long branchId, int year) {
        UnitView branch = access.read(actor, branchId);
        List<MemberSummary> people =
                members.inBranchDuring(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<Long, List<BranchWorkViews.DutyView>> byMember =
                duties.findByBranchIdAndYearOrderByMemberIdAscIdAsc(branchId, year).stream()
                        .collect(Collectors.groupingBy(
                                Duty::getMemberId, Collectors.mapping(DutyService::view, Collectors.toList())));
        List<BranchWorkViews.MemberDuties> rows = new ArrayList<>();
        for (MemberSummary person : people) {
            rows.add(new BranchWorkViews.MemberDuties(person, byMember.getOrDefault(person.id(), List.of())));
        }
        rows.sort(Comparator.comparing((BranchWorkViews.MemberDuties m) -> !m.withoutDuty())
                .thenComparing(m -> !m.member().leader()));
        return new BranchWorkViews.DutyPage(branch, year, rows, activeTemplates(), access.may(actor, false));
    }

    @Transactional
    public long assign(Actor actor, long branchId, int year, DutyForm form) {
        access.write(actor, branchId);
        requireListed(List.of(form.memberId()), branchId, year);
        String field = form.field();
        String title = form.title();
        String description = form.description();
        if (form.templateId() != null) {
            DutyTemplate template = templates.findById(form.templateId()).orElseThrow(NotFoundException::new);
            field = blank(field) ? template.getField() : field;
            title = blank(title) ? template.getTitle() : title;
            description = blank(description) ? template.getDescription() : description;
        }
        Violations violations = new Violations();
        if (blank(field)) {
            violations.onField("field", "duty.fieldRequired");
        }
        if (blank(title)) {
            violations.onField("title", "duty.titleRequired");
        }
        violations.throwIfAny();
        Duty duty = duties.save(new Duty(form.memberId(), branchId, year, field, title, description, actor.username()));
        audit.record(actor, "MEMBER", form.memberId(), "DUTY_ASSIGNED", year + ": " + title);
        return duty.getId();
    }

    /** A branch's duties of a year, through the same entity and roster check as {@link #assign} (loaders). */
    void record(long branchId, int year, List<BranchWorkLoader.AssignedDuty> assigned, String by) {
        requireListed(
                assigned.stream().map(BranchWorkLoader.AssignedDuty::memberId).toList(), branchId, year);
        for (BranchWorkLoader.AssignedDuty a : assigned) {
            Duty duty = new Duty(a.memberId(), branchId, year, a.field(), a.title(), null, by);
            audit.record(null, "MEMBER", a.memberId(), "DUTY_ASSIGNED", year + ": " + duty.getTitle());
            if (a.status() != DutyStatus.ASSIGNED) {
                duty.progress(a.status(), null, null);
                audit.record(null, "MEMBER", a.memberId(), "DUTY_" + a.status(), duty.getTitle());
            }
            duties.save(duty);
        }
    }

    /** A duty of the year goes to someone who attends the branch during that year. */
    private void requireListed(Collection<Long> memberIds, long branchId, int year) {
        Set<Long> listed =
                members.inBranchDuring(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                        .map(MemberSummary::id)
                        .collect(Collectors.toSet());
        if (!listed.containsAll(memberIds)) {
            throw new NotFoundException();
        }
    }

    @Transactional
    public void progress(Actor actor, long dutyId, DutyProgressForm form) {
        Duty duty = duties.findById(dutyId).orElseThrow(NotFoundException::new);
        if (actor.is(vn.dangvu.shared.Role.MEMBER)) {
            access.requireOwnDuty(actor, duty.getMemberId());
        } else {
            access.write(actor, duty.getBranchId());
        }
        if (form.version() == null || form.version() != duty.getVersion()) {
            throw new ConflictException();
        }
        duty.progress(form.status(), form.resultNote(), form.assessment());
        audit.record(actor, "MEMBER", duty.getMemberId(), "DUTY_" + form.status(), duty.getTitle());
    }

    /** A duty with whom it was given to, to correct or remove: for those who write the branch's work. */
    public BranchWorkViews.DutyRecord duty(Actor actor, long dutyId) {
        Duty duty = duties.findById(dutyId).orElseThrow(NotFoundException::new);
        UnitView branch = access.write(actor, duty.getBranchId());
        MemberSummary member = members.find(duty.getMemberId()).orElseThrow(NotFoundException::new);
        return new BranchWorkViews.DutyRecord(branch, duty.getYear(), member, view(duty));
    }

    /** Corrects what a duty is (its field, title and description); its progress is {@link #progress}. */
    @Transactional
    public void correct(Actor actor, long dutyId, DutyEditForm form) {
        Duty duty = duties.findById(dutyId).orElseThrow(NotFoundException::new);
        access.write(actor, duty.getBranchId());
        if (form.version() == null || form.version() != duty.getVersion()) {
            throw new ConflictException();
        }
        DutyEditForm before = editForm(duty);
        duty.correct(form.field(), form.title(), form.description());
        String changes = AuditLog.changes(before, editForm(duty));
        if (!changes.isEmpty()) {
            audit.record(
                    actor,
                    "MEMBER",
                    duty.getMemberId(),
                    "DUTY_UPDATED",
                    duty.getYear() + ": " + before.title() + " — " + changes);
        }
    }

    /**
     * Removes a duty from the member's year and every figure; the row stays, marked with who removed it,
     * when and why, and the audit trail keeps what it held.
     */
    @Transactional
    public void remove(Actor actor, long dutyId, RemovalForm form) {
        Duty duty = duties.findById(dutyId).orElseThrow(NotFoundException::new);
        access.write(actor, duty.getBranchId());
        if (form.version() == null || form.version() != duty.getVersion()) {
            throw new ConflictException();
        }
        duty.remove(actor.username(), form.reason());
        audit.record(
                actor,
                "MEMBER",
                duty.getMemberId(),
                "DUTY_REMOVED",
                "reason: " + form.reason().trim() + "; year: " + duty.getYear() + "; "
                        + AuditLog.values(editForm(duty)) + "; status: " + duty.getStatus()
                        + (duty.getResultNote() == null ? "" : "; resultNote: " + duty.getResultNote())
                        + (duty.getAssessment() == null ? "" : "; assessment: " + duty.getAssessment()));
    }

    /** The branch of a duty the actor may read (another scope's duty answers 404, even to a broken form). */
    public long branchOf(Actor actor, long dutyId) {
        long branchId =
                duties.findById(dutyId).orElseThrow(NotFoundException::new).getBranchId();
        access.read(actor, branchId);
        return branchId;
    }

    /** A member's own duties of a year, for their own account. */
    public List<BranchWorkViews.DutyView> own(Actor actor, int year) {
        return ofMember(access.ownMember(actor), year);
    }

    /** One of the member's own duties, to report progress on (another member's answers 404). */
    public BranchWorkViews.DutyView ownDuty(Actor actor, long dutyId) {
        Duty duty = duties.findById(dutyId).orElseThrow(NotFoundException::new);
        access.requireOwnDuty(actor, duty.getMemberId());
        return view(duty);
    }

    public List<BranchWorkViews.DutyView> ofMember(long memberId, int year) {
        return duties.findByMemberIdAndYearOrderById(memberId, year).stream()
                .map(DutyService::view)
                .toList();
    }

    // ---- templates ----

    /** What the actor may do on the list of suggested duties. */
    public BranchWorkPolicy.TemplatesMay mayOnTemplates(Actor actor) {
        return access.mayOnTemplates(actor);
    }

    /** The member groups a suggested duty is for, for its form: only to those who keep suggested duties. */
    public List<MemberGroup> templateGroups(Actor actor) {
        access.requireKeepTemplates(actor);
        return List.of(MemberGroup.values());
    }

    public List<BranchWorkViews.TemplateView> allTemplates() {
        return templates.findAllByOrderByMemberGroupAscIdAsc().stream()
                .map(DutyService::view)
                .toList();
    }

    public List<BranchWorkViews.TemplateView> activeTemplates() {
        return templates.findByActiveTrueOrderByMemberGroupAscIdAsc().stream()
                .map(DutyService::view)
                .toList();
    }

    public TemplateForm templateForm(Actor actor, long id) {
        access.requireKeepTemplates(actor);
        DutyTemplate t = templates.findById(id).orElseThrow(NotFoundException::new);
        return new TemplateForm(
                t.getMemberGroup(), t.getField(), t.getTitle(), t.getDescription(), t.isActive(), t.getVersion());
    }

    @Transactional
    public long saveTemplate(Actor actor, Long id, TemplateForm form) {
        access.requireKeepTemplates(actor);
        DutyTemplate template;
        if (id == null) {
            template = templates.save(new DutyTemplate(form));
        } else {
            template = templates.findById(id).orElseThrow(NotFoundException::new);
            if (form.version() == null || form.version() != template.getVersion()) {
                throw new ConflictException();
            }
            template.apply(form);
        }
        audit.record(actor, "DUTY_TEMPLATE", template.getId(), id == null ? "CREATED" : "UPDATED", form.title());
        return template.getId();
    }

    private static DutyEditForm editForm(Duty duty) {
        return new DutyEditForm(duty.getField(), duty.getTitle(), duty.getDescription(), duty.getVersion());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static BranchWorkViews.DutyView view(Duty d) {
        return new BranchWorkViews.DutyView(
                d.getId(),
                d.getField(),
                d.getTitle(),
                d.getDescription(),
                d.getStatus(),
                d.getResultNote(),
                d.getAssessment(),
                d.getVersion());
    }

    private static BranchWorkViews.TemplateView view(DutyTemplate t) {
        return new BranchWorkViews.TemplateView(
                t.getId(),
                t.getMemberGroup(),
                t.getField(),
                t.getTitle(),
                t.getDescription(),
                t.isActive(),
                t.getVersion());
    }
}
