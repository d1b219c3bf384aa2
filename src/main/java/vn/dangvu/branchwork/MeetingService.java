package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.domain.AttendanceRecords;
import vn.dangvu.branchwork.domain.LiaisonRepository;
import vn.dangvu.branchwork.domain.Meeting;
import vn.dangvu.branchwork.domain.MeetingGuest;
import vn.dangvu.branchwork.domain.MeetingGuestRepository;
import vn.dangvu.branchwork.domain.MeetingQueries;
import vn.dangvu.branchwork.domain.MeetingRepository;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;

/**
 * Branch meetings, attendance and contributions, and guests. Who is listed for a meeting is decided by
 * the membership periods on its date, so members who joined or left mid-year appear where they belonged.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingGuestRepository guests;
    private final MeetingQueries queries;
    private final AttendanceRecords attendance;
    private final MemberService members;
    private final BranchWorkPolicy access;
    private final LiaisonRepository liaisons;
    private final AuditLog audit;

    MeetingService(
            MeetingRepository meetings,
            MeetingGuestRepository guests,
            MeetingQueries queries,
            AttendanceRecords attendance,
            MemberService members,
            BranchWorkPolicy access,
            LiaisonRepository liaisons,
            AuditLog audit) {
        this.liaisons = liaisons;
        this.meetings = meetings;
        this.guests = guests;
        this.queries = queries;
        this.attendance = attendance;
        this.members = members;
        this.access = access;
        this.audit = audit;
    }

    /** A branch's meetings page: the branch, a page of its meetings, and what the actor may do there. */
    public BranchWorkViews.MeetingsPage listPage(Actor actor, long branchId, int page) {
        UnitView branch = access.read(actor, branchId);
        return new BranchWorkViews.MeetingsPage(branch, list(actor, branchId, page), access.may(actor, false));
    }

    public PageView<BranchWorkViews.MeetingRow> list(Actor actor, long branchId, int page) {
        access.read(actor, branchId);
        return new PageView<>(
                queries.meetings(branchId, PageView.DEFAULT_SIZE, (long) page * PageView.DEFAULT_SIZE),
                page,
                PageView.DEFAULT_SIZE,
                queries.countMeetings(branchId));
    }

    public BranchWorkViews.MeetingView get(Actor actor, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = access.read(actor, meeting.getBranchId());
        Map<Long, AttendanceForm.Row> taken = queries.attendance(id);
        List<BranchWorkViews.AttendanceRow> rows = new ArrayList<>();
        for (MemberSummary person : roster(meeting)) {
            AttendanceForm.Row row = taken.get(person.id());
            rows.add(
                    row == null
                            ? new BranchWorkViews.AttendanceRow(
                                    person, defaultStatus(person), false, false, false, null)
                            : new BranchWorkViews.AttendanceRow(
                                    person,
                                    row.status(),
                                    row.spoke(),
                                    row.contributed(),
                                    row.directingTone(),
                                    row.note()));
        }
        List<BranchWorkViews.GuestView> guestViews = guests.findByMeetingIdOrderById(id).stream()
                .map(g -> new BranchWorkViews.GuestView(g.getId(), g.getKind(), g.getName(), g.getComment()))
                .toList();
        return new BranchWorkViews.MeetingView(
                id,
                branch,
                meeting.getHeldOn(),
                meeting.getKind(),
                meeting.getTopic(),
                meeting.getResolution(),
                !taken.isEmpty(),
                rows,
                guestViews,
                meeting.getVersion(),
                access.may(actor, liaisons.existsByUserIdAndBranchId(actor.userId(), branch.id())));
    }

    @Transactional
    public long create(Actor actor, long branchId, MeetingForm form) {
        access.write(actor, branchId);
        Meeting meeting = meetings.save(new Meeting(branchId, form, actor.username()));
        audit.record(actor, "UNIT", branchId, "MEETING", form.heldOn() + ": " + form.topic());
        return meeting.getId();
    }

    /** Saves the attendance screen: every listed member, nobody else, on a meeting that has been held. */
    @Transactional
    public void saveAttendance(Actor actor, long id, AttendanceForm form) {
        Meeting meeting = meetings.findForAttendance(id).orElseThrow(NotFoundException::new);
        access.write(actor, meeting.getBranchId());
        if (form.version() == null || form.version() != meeting.getVersion()) {
            throw new ConflictException();
        }
        checkAttendance(meeting, form.rows());
        attendance.replace(id, form.rows());
        audit.record(
                actor,
                "UNIT",
                meeting.getBranchId(),
                "ATTENDANCE",
                meeting.getHeldOn().toString());
    }

    @Transactional
    public void addGuest(Actor actor, long id, GuestForm form) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        access.write(actor, meeting.getBranchId());
        guests.save(new MeetingGuest(id, form.kind(), form.name(), null, form.comment()));
    }

    /** A liaison's comment and guidance on a meeting of a branch assigned to them. */
    @Transactional
    void addLiaisonComment(Actor actor, long id, String comment) {
        guests.save(new MeetingGuest(id, GuestKind.LIAISON, actor.fullName(), actor.userId(), comment));
        audit.record(actor, "UNIT", meetings.findById(id).orElseThrow().getBranchId(), "LIAISON_COMMENT", null);
    }

    public long branchOf(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(NotFoundException::new).getBranchId();
    }

    // ---- writes by system loaders, through BranchWorkLoader ----

    /**
     * A meeting as its entity makes it, with its attendance (checked as the attendance screen checks it),
     * written in plain SQL so that the attendance can follow without flushing the session.
     */
    long record(long branchId, MeetingForm form, List<AttendanceForm.Row> rows, String by) {
        Meeting meeting = new Meeting(branchId, form, by);
        if (!rows.isEmpty()) {
            checkAttendance(meeting, rows);
        }
        long id = attendance.insert(meeting);
        attendance.insert(id, rows);
        audit.record(null, "UNIT", branchId, "MEETING", meeting.getHeldOn() + ": " + meeting.getTopic());
        if (!rows.isEmpty()) {
            audit.record(
                    null, "UNIT", branchId, "ATTENDANCE", meeting.getHeldOn().toString());
        }
        return id;
    }

    void recordGuest(long meetingId, GuestKind kind, String name, Long userId, String comment) {
        long branchId = branchOf(meetingId);
        guests.save(new MeetingGuest(meetingId, kind, name, userId, comment));
        if (kind == GuestKind.LIAISON) {
            audit.record(null, "UNIT", branchId, "LIAISON_COMMENT", null);
        }
    }

    /** Attendance is taken on a meeting that has been held, and lists only those attending the branch that day. */
    private void checkAttendance(Meeting meeting, List<AttendanceForm.Row> rows) {
        if (meeting.getHeldOn().isAfter(LocalDate.now())) {
            throw new BusinessRuleException("meeting.notYetHeld");
        }
        Set<Long> listed = roster(meeting).stream().map(MemberSummary::id).collect(Collectors.toSet());
        for (AttendanceForm.Row row : rows) {
            if (!listed.contains(row.memberId())) {
                throw new NotFoundException();
            }
        }
    }

    private List<MemberSummary> roster(Meeting meeting) {
        return members.inBranchDuring(meeting.getBranchId(), meeting.getHeldOn(), meeting.getHeldOn());
    }

    private static AttendanceStatus defaultStatus(MemberSummary person) {
        return person.status() == MemberStatus.EXEMPT ? AttendanceStatus.EXEMPT : AttendanceStatus.PRESENT;
    }
}
