package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.dangvu.branchwork.loading.BranchWorkLoader;

/**
 * The doorway to what {@link MeetingService}, {@link DutyService} and {@link LiaisonService} record for
 * loaders, next to their screens' rules.
 */
@Component
@Validated
@Transactional
@RequiredArgsConstructor
class DefaultBranchWorkLoader implements BranchWorkLoader {

    private final MeetingService meetings;
    private final DutyService duties;
    private final LiaisonService liaisons;

    @Override
    public long recordMeeting(long branchId, MeetingForm form, List<AttendanceForm.Row> attendance, String by) {
        return meetings.record(branchId, form, attendance, by);
    }

    @Override
    public void recordGuest(long meetingId, GuestKind kind, String name, Long userId, String comment) {
        meetings.recordGuest(meetingId, kind, name, userId, comment);
    }

    @Override
    public List<Long> recordMeetings(long branchId, List<PlannedMeeting> planned, String by) {
        return meetings.recordAll(branchId, planned, by);
    }

    @Override
    public void recordDuties(long branchId, int year, List<AssignedDuty> assigned, String by) {
        duties.record(branchId, year, assigned, by);
    }

    // declared here, not as the interface's default method, so that the class's transaction covers it
    @Override
    public void assignLiaison(long userId, long branchId, LocalDate on) {
        liaisons.record(userId, branchId, null, on);
    }

    @Override
    public void assignLiaison(long userId, long branchId, Long memberId, LocalDate on) {
        liaisons.record(userId, branchId, memberId, on);
    }
}
