package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.domain.AttendanceRecords;
import vn.dangvu.branchwork.domain.Duty;
import vn.dangvu.branchwork.domain.DutyRepository;
import vn.dangvu.branchwork.domain.Liaison;
import vn.dangvu.branchwork.domain.LiaisonRepository;
import vn.dangvu.branchwork.domain.Meeting;
import vn.dangvu.branchwork.domain.MeetingGuest;
import vn.dangvu.branchwork.domain.MeetingGuestRepository;
import vn.dangvu.branchwork.domain.MeetingRepository;
import vn.dangvu.branchwork.loading.BranchWorkLoader;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;

/**
 * Writes through the entities and the checks of {@link MeetingService}, {@link DutyService} and
 * {@link LiaisonService}; a meeting as its entity made it, in plain SQL so that its attendance follows.
 */
@Component
@Transactional
class DefaultBranchWorkLoader implements BranchWorkLoader {

    private final MeetingRepository meetings;
    private final MeetingGuestRepository guests;
    private final AttendanceRecords attendance;
    private final MeetingService meetingService;
    private final DutyRepository duties;
    private final DutyService dutyService;
    private final LiaisonRepository liaisons;
    private final AuditLog audit;

    DefaultBranchWorkLoader(
            MeetingRepository meetings,
            MeetingGuestRepository guests,
            AttendanceRecords attendance,
            MeetingService meetingService,
            DutyRepository duties,
            DutyService dutyService,
            LiaisonRepository liaisons,
            AuditLog audit) {
        this.meetings = meetings;
        this.guests = guests;
        this.attendance = attendance;
        this.meetingService = meetingService;
        this.duties = duties;
        this.dutyService = dutyService;
        this.liaisons = liaisons;
        this.audit = audit;
    }

    @Override
    public long recordMeeting(long branchId, MeetingForm form, List<AttendanceForm.Row> rows, String by) {
        Meeting meeting = new Meeting(branchId, form, by);
        if (!rows.isEmpty()) {
            meetingService.checkAttendance(meeting, rows);
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

    @Override
    public void recordGuest(long meetingId, GuestKind kind, String name, Long userId, String comment) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        guests.save(new MeetingGuest(meetingId, kind, name, userId, comment));
        if (kind == GuestKind.LIAISON) {
            audit.record(null, "UNIT", meeting.getBranchId(), "LIAISON_COMMENT", null);
        }
    }

    @Override
    public void recordDuties(long branchId, int year, List<AssignedDuty> assigned, String by) {
        dutyService.requireListed(assigned.stream().map(AssignedDuty::memberId).toList(), branchId, year);
        for (AssignedDuty a : assigned) {
            Duty duty = new Duty(a.memberId(), branchId, year, a.field(), a.title(), null, by);
            audit.record(null, "MEMBER", a.memberId(), "DUTY_ASSIGNED", year + ": " + duty.getTitle());
            if (a.status() != DutyStatus.ASSIGNED) {
                duty.progress(a.status(), null, null);
                audit.record(null, "MEMBER", a.memberId(), "DUTY_" + a.status(), duty.getTitle());
            }
            duties.save(duty);
        }
    }

    @Override
    public void assignLiaison(long userId, long branchId, LocalDate on) {
        if (liaisons.existsByUserIdAndBranchId(userId, branchId)) {
            throw new BusinessRuleException("liaison.alreadyAssigned");
        }
        liaisons.save(new Liaison(userId, branchId, on, AuditLog.SYSTEM));
        audit.record(null, "UNIT", branchId, "LIAISON_ASSIGNED", String.valueOf(userId));
    }
}
