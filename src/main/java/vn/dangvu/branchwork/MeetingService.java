package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import vn.dangvu.branchwork.loading.BranchWorkLoader;
import vn.dangvu.member.BranchRoll;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberStay;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.RemovalForm;

/**
 * Branch meetings, attendance and contributions, and guests. Who is listed for a meeting is decided by
 * the membership periods on its date, so members who joined or left mid-year appear where they belonged;
 * a branch committee's meeting (họp chi ủy) lists those on the branch's committee that day.
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
    private final BranchRoll roll;

    MeetingService(
            MeetingRepository meetings,
            MeetingGuestRepository guests,
            MeetingQueries queries,
            AttendanceRecords attendance,
            MemberService members,
            BranchWorkPolicy access,
            LiaisonRepository liaisons,
            AuditLog audit,
            BranchRoll roll) {
        this.roll = roll;
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

    /**
     * A member's own account reading how it attended the meetings of a year: a page of its lines, the newest
     * first, and the year's totals at branch meetings (another account is refused).
     */
    public BranchWorkViews.OwnAttendance ownAttendance(Actor actor, int year, int page) {
        long memberId = access.ownMember(actor);
        LocalDate today = LocalDate.now();
        return new BranchWorkViews.OwnAttendance(
                year,
                queries.attendanceOf(memberId, year, today, page, PageView.DEFAULT_SIZE),
                queries.attendanceTotals(memberId, year, today));
    }

    public BranchWorkViews.MeetingView get(Actor actor, long id) {
        return get(actor, id, false);
    }

    /**
     * A meeting with its attendance form. {@code everyonePresent}: the form shows every member who is not
     * exempt as present, for the secretary to change the few who were not (nothing is saved until they do).
     */
    public BranchWorkViews.MeetingView get(Actor actor, long id, boolean everyonePresent) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = access.read(actor, meeting.getBranchId());
        boolean liaison = liaisons.existsByUserIdAndBranchId(actor.userId(), branch.id());
        Map<Long, AttendanceForm.Row> taken = queries.attendance(id);
        List<BranchWorkViews.AttendanceRow> rows = new ArrayList<>();
        for (MemberSummary person : roster(meeting)) {
            AttendanceForm.Row row = taken.get(person.id());
            AttendanceStatus usual = usualStatus(person);
            rows.add(
                    row == null
                            ? new BranchWorkViews.AttendanceRow(person, usual, false, false, false, null, usual)
                            : new BranchWorkViews.AttendanceRow(
                                    person,
                                    everyonePresent ? usual : row.status(),
                                    row.spoke(),
                                    row.contributed(),
                                    row.directingTone(),
                                    row.note(),
                                    usual));
        }
        List<BranchWorkViews.GuestView> guestViews = guests.findByMeetingIdOrderById(id).stream()
                .map(g -> guestView(g, access.mayCorrectGuest(actor, g.getKind(), g.getUserId(), liaison)))
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
                access.may(actor, liaison));
    }

    /** A meeting with its attendance form and the totals its minutes need (see {@link #get(Actor, long, boolean)}). */
    public BranchWorkViews.Minutes minutes(Actor actor, long id, boolean everyonePresent) {
        BranchWorkViews.MeetingView meeting = get(actor, id, everyonePresent);
        return new BranchWorkViews.Minutes(
                meeting,
                totals(
                        meeting.attendance(),
                        meeting.taken(),
                        roll.on(meeting.branch().id(), meeting.heldOn())));
    }

    /**
     * The minutes' totals of a meeting's listed members: {@code standings} says how each stood in the branch
     * that day (a member it does not know counts as a full member); the attendance counts only once taken.
     */
    static BranchWorkViews.MinutesTotals totals(
            List<BranchWorkViews.AttendanceRow> rows, boolean taken, Map<Long, BranchRoll.Standing> standings) {
        long full = 0, probationary = 0, temporary = 0, exempt = 0, away = 0, present = 0;
        List<BranchWorkViews.Absence> excused = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (BranchWorkViews.AttendanceRow row : rows) {
            BranchRoll.Standing standing = standings.get(row.member().id());
            if (standing != null && standing.temporary()) {
                temporary++;
            } else if (standing != null && standing.probationary()) {
                probationary++;
            } else {
                full++;
            }
            if (row.member().status() == MemberStatus.EXEMPT) {
                exempt++;
            }
            if (standing != null && standing.away()) {
                away++;
            }
            if (taken) {
                switch (row.status()) {
                    case PRESENT -> present++;
                    case EXCUSED ->
                        excused.add(new BranchWorkViews.Absence(row.member().fullName(), row.note()));
                    case ABSENT -> absent.add(row.member().fullName());
                    case EXEMPT -> {}
                }
            }
        }
        return new BranchWorkViews.MinutesTotals(
                full, probationary, temporary, exempt, away, taken, present, excused, absent);
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
        requireReasons(form.rows());
        attendance.replace(id, form.rows());
        audit.record(
                actor,
                "UNIT",
                meeting.getBranchId(),
                "ATTENDANCE",
                meeting.getHeldOn().toString());
    }

    /** A meeting as stored, to correct: for those who write the branch's work. */
    public BranchWorkViews.MeetingEdit edit(Actor actor, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = access.write(actor, meeting.getBranchId());
        return new BranchWorkViews.MeetingEdit(
                id,
                branch,
                meeting.getHeldOn(),
                !queries.attendance(id).isEmpty(),
                meeting.getVersion(),
                meeting.toForm());
    }

    /**
     * Corrects a meeting's date, kind, topic and resolution. A meeting whose attendance has been taken
     * moves only to a day that has passed and on which the branch had the same members, so that its
     * attendance still lists exactly the branch's members of its date.
     */
    @Transactional
    public void update(Actor actor, long id, MeetingForm form, Long version) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        access.write(actor, meeting.getBranchId());
        if (version == null || version != meeting.getVersion()) {
            throw new ConflictException();
        }
        if (!form.heldOn().equals(meeting.getHeldOn()) || form.kind() != meeting.getKind()) {
            requireSameRoster(meeting, form.heldOn(), form.kind());
        }
        MeetingForm before = meeting.toForm();
        meeting.apply(form);
        String changes = AuditLog.changes(before, meeting.toForm());
        if (!changes.isEmpty()) {
            audit.record(
                    actor,
                    "UNIT",
                    meeting.getBranchId(),
                    "MEETING_UPDATED",
                    before.heldOn() + ": " + before.topic() + " — " + changes);
        }
    }

    /** What removing the meeting takes out of the lists and figures: for those who write the branch's work. */
    public BranchWorkViews.MeetingRemoval removal(Actor actor, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        UnitView branch = access.write(actor, meeting.getBranchId());
        Map<Long, AttendanceForm.Row> taken = queries.attendance(id);
        return new BranchWorkViews.MeetingRemoval(
                id,
                branch,
                meeting.getHeldOn(),
                meeting.getKind(),
                meeting.getTopic(),
                meeting.getResolution(),
                taken.size(),
                present(taken),
                guests.countByMeetingId(id),
                meeting.getVersion());
    }

    /**
     * Removes a meeting, with its attendance and guests, from every list and figure. The rows stay, marked
     * with who removed them, when and why; the audit trail keeps what the meeting held. What was removed.
     */
    @Transactional
    public BranchWorkViews.MeetingRemoval remove(Actor actor, long id, RemovalForm form) {
        BranchWorkViews.MeetingRemoval removed = removal(actor, id);
        if (form.version() == null || form.version() != removed.version()) {
            throw new ConflictException();
        }
        meetings.findById(id).orElseThrow(NotFoundException::new).remove(actor.username(), form.reason());
        audit.record(
                actor,
                "UNIT",
                removed.branch().id(),
                "MEETING_REMOVED",
                "reason: " + form.reason().trim() + "; "
                        + AuditLog.values(new MeetingForm(
                                removed.heldOn(), removed.kind(), removed.topic(), removed.resolution()))
                        + "; attendance: " + removed.present() + "/" + removed.listed() + "; guests: "
                        + removed.guests());
        return removed;
    }

    @Transactional
    public void addGuest(Actor actor, long id, GuestForm form) {
        Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
        access.write(actor, meeting.getBranchId());
        guests.save(new MeetingGuest(id, form.kind(), form.name(), null, form.comment()));
        audit.record(
                actor,
                "UNIT",
                meeting.getBranchId(),
                "GUEST_ADDED",
                meeting.getHeldOn() + ": " + form.name().trim());
    }

    /** A meeting's guest entry, to correct or remove: see {@link BranchWorkPolicy#mayCorrectGuest}. */
    public BranchWorkViews.GuestRecord guest(Actor actor, long guestId) {
        MeetingGuest guest = guests.findById(guestId).orElseThrow(NotFoundException::new);
        Meeting meeting = guestsMeeting(actor, guest);
        return new BranchWorkViews.GuestRecord(
                meeting.getId(),
                access.read(actor, meeting.getBranchId()),
                meeting.getHeldOn(),
                guestView(guest, true),
                guest.getVersion());
    }

    /** Corrects a guest entry (a liaison's stays theirs: only its comment changes); the meeting's id. */
    @Transactional
    public long correctGuest(Actor actor, long guestId, GuestForm form, Long version) {
        MeetingGuest guest = guests.findById(guestId).orElseThrow(NotFoundException::new);
        Meeting meeting = guestsMeeting(actor, guest);
        if (version == null || version != guest.getVersion()) {
            throw new ConflictException();
        }
        GuestForm before = new GuestForm(guest.getKind(), guest.getName(), guest.getComment());
        guest.correct(form.kind(), form.name(), form.comment());
        String changes = AuditLog.changes(before, new GuestForm(guest.getKind(), guest.getName(), guest.getComment()));
        if (!changes.isEmpty()) {
            audit.record(
                    actor,
                    "UNIT",
                    meeting.getBranchId(),
                    "GUEST_UPDATED",
                    meeting.getHeldOn() + ": " + before.name() + " — " + changes);
        }
        return meeting.getId();
    }

    /** Removes a guest entry (a liaison's comment no longer counts as a visit); the meeting's id. */
    @Transactional
    public long removeGuest(Actor actor, long guestId, RemovalForm form) {
        MeetingGuest guest = guests.findById(guestId).orElseThrow(NotFoundException::new);
        Meeting meeting = guestsMeeting(actor, guest);
        if (form.version() == null || form.version() != guest.getVersion()) {
            throw new ConflictException();
        }
        guest.remove(actor.username(), form.reason());
        audit.record(
                actor,
                "UNIT",
                meeting.getBranchId(),
                "GUEST_REMOVED",
                "reason: " + form.reason().trim() + "; heldOn: " + meeting.getHeldOn() + "; "
                        + AuditLog.values(new GuestForm(guest.getKind(), guest.getName(), guest.getComment())));
        return meeting.getId();
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
        return recordAll(branchId, List.of(new BranchWorkLoader.PlannedMeeting(form, rows, List.of())), by)
                .get(0);
    }

    /**
     * Meetings of one branch as their entities make them, each attendance checked as the attendance
     * screen checks it against the branch's members of its day (read once for all of them), written in
     * plain SQL; their guests as {@link #recordGuest} records them. The meetings' ids, in order.
     */
    List<Long> recordAll(long branchId, List<BranchWorkLoader.PlannedMeeting> planned, String by) {
        List<MemberStay> stays = members.staysIn(branchId);
        List<Meeting> made = new ArrayList<>();
        for (BranchWorkLoader.PlannedMeeting p : planned) {
            Meeting meeting = new Meeting(branchId, p.form(), by);
            if (!p.attendance().isEmpty()) {
                checkAttendance(
                        meeting,
                        p.attendance(),
                        meeting.getKind() == MeetingKind.COMMITTEE
                                ? ids(roster(meeting))
                                : attendingOn(stays, meeting.getHeldOn()));
            }
            made.add(meeting);
        }
        List<Long> ids = attendance.insert(made);
        Map<Long, List<AttendanceForm.Row>> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < made.size(); i++) {
            Meeting meeting = made.get(i);
            BranchWorkLoader.PlannedMeeting p = planned.get(i);
            rows.put(ids.get(i), p.attendance());
            audit.record(null, "UNIT", branchId, "MEETING", meeting.getHeldOn() + ": " + meeting.getTopic());
            if (!p.attendance().isEmpty()) {
                audit.record(
                        null,
                        "UNIT",
                        branchId,
                        "ATTENDANCE",
                        meeting.getHeldOn().toString());
            }
            for (BranchWorkLoader.Guest g : p.guests()) {
                saveGuest(ids.get(i), branchId, g.kind(), g.name(), g.userId(), g.comment());
            }
        }
        attendance.insert(rows);
        return ids;
    }

    void recordGuest(long meetingId, GuestKind kind, String name, Long userId, String comment) {
        saveGuest(meetingId, branchOf(meetingId), kind, name, userId, comment);
    }

    private void saveGuest(long meetingId, long branchId, GuestKind kind, String name, Long userId, String comment) {
        guests.save(new MeetingGuest(meetingId, kind, name, userId, comment));
        if (kind == GuestKind.LIAISON) {
            audit.record(null, "UNIT", branchId, "LIAISON_COMMENT", null);
        }
    }

    /** Attendance is taken on a meeting that has been held, and lists only those attending the branch that day. */
    private void checkAttendance(Meeting meeting, List<AttendanceForm.Row> rows) {
        checkAttendance(meeting, rows, ids(roster(meeting)));
    }

    /**
     * On the attendance screen, "vắng có lý do" says the reason (the minutes name it); loaders may bring
     * older records that named none.
     */
    private static void requireReasons(List<AttendanceForm.Row> rows) {
        for (AttendanceForm.Row row : rows) {
            if (row.status() == AttendanceStatus.EXCUSED
                    && (row.note() == null || row.note().isBlank())) {
                throw new BusinessRuleException("meeting.excusedReasonRequired");
            }
        }
    }

    private static Set<Long> ids(List<MemberSummary> people) {
        return people.stream().map(MemberSummary::id).collect(Collectors.toSet());
    }

    private static void checkAttendance(Meeting meeting, List<AttendanceForm.Row> rows, Set<Long> listed) {
        if (meeting.getHeldOn().isAfter(LocalDate.now())) {
            throw new BusinessRuleException("meeting.notYetHeld");
        }
        for (AttendanceForm.Row row : rows) {
            if (!listed.contains(row.memberId())) {
                throw new NotFoundException();
            }
        }
    }

    /** Who attended the branch on a day, from its stays: the same rule as {@link MemberService#inBranchDuring}. */
    private static Set<Long> attendingOn(List<MemberStay> stays, LocalDate day) {
        return stays.stream()
                .filter(stay -> stay.covers(day))
                .map(MemberStay::memberId)
                .collect(Collectors.toSet());
    }

    /** The meeting of a guest entry the actor may correct (a removed meeting's guests are gone with it). */
    private Meeting guestsMeeting(Actor actor, MeetingGuest guest) {
        Meeting meeting = meetings.findById(guest.getMeetingId()).orElseThrow(NotFoundException::new);
        access.read(actor, meeting.getBranchId());
        access.requireCorrectGuest(
                actor,
                guest.getKind(),
                guest.getUserId(),
                liaisons.existsByUserIdAndBranchId(actor.userId(), meeting.getBranchId()));
        return meeting;
    }

    /**
     * A meeting with attendance moves only to a past day (and kind) whose members are those its attendance
     * lists.
     */
    private void requireSameRoster(Meeting meeting, LocalDate newDate, MeetingKind newKind) {
        Map<Long, AttendanceForm.Row> taken = queries.attendance(meeting.getId());
        if (taken.isEmpty()) {
            return;
        }
        if (newDate.isAfter(LocalDate.now())) {
            throw BusinessRuleException.onField("heldOn", "meeting.takenNotInFuture");
        }
        Set<Long> listed = ids(roster(meeting.getBranchId(), newDate, newKind));
        Set<Long> differ = new HashSet<>(listed);
        differ.addAll(taken.keySet());
        differ.removeIf(member -> listed.contains(member) && taken.containsKey(member));
        if (!differ.isEmpty()) {
            boolean kindChanged = newKind != meeting.getKind();
            throw BusinessRuleException.onField(
                    kindChanged ? "kind" : "heldOn",
                    kindChanged ? "meeting.rosterDiffersKind" : "meeting.rosterDiffers",
                    members.findAll(differ).stream()
                            .map(MemberSummary::fullName)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
    }

    private static long present(Map<Long, AttendanceForm.Row> taken) {
        return taken.values().stream()
                .filter(r -> r.status() == AttendanceStatus.PRESENT)
                .count();
    }

    private static BranchWorkViews.GuestView guestView(MeetingGuest g, boolean correctable) {
        return new BranchWorkViews.GuestView(g.getId(), g.getKind(), g.getName(), g.getComment(), correctable);
    }

    private List<MemberSummary> roster(Meeting meeting) {
        return roster(meeting.getBranchId(), meeting.getHeldOn(), meeting.getKind());
    }

    /** Who is listed: the branch committee's members for a họp chi ủy, else the branch's members that day. */
    private List<MemberSummary> roster(long branchId, LocalDate day, MeetingKind kind) {
        return kind == MeetingKind.COMMITTEE
                ? members.onCommitteeOn(branchId, day)
                : members.inBranchDuring(branchId, day, day);
    }

    /** Present, unless exempt from Party activities: what an untaken attendance shows, and "everyone present" sets. */
    private static AttendanceStatus usualStatus(MemberSummary person) {
        return person.status() == MemberStatus.EXEMPT ? AttendanceStatus.EXEMPT : AttendanceStatus.PRESENT;
    }
}
