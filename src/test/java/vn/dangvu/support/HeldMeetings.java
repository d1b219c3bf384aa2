package vn.dangvu.support;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.shared.Actor;

/** A branch's regular meeting held and its attendance taken, as the secretary records both through the app. */
@Component
public class HeldMeetings {

    private final MeetingService meetings;

    HeldMeetings(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** The meeting's id. */
    public long held(Actor actor, long branch, LocalDate heldOn, String topic, AttendanceForm.Row... attendance) {
        long meeting = meetings.create(actor, branch, new MeetingForm(heldOn, MeetingKind.REGULAR, topic, null));
        meetings.saveAttendance(
                actor, meeting, new AttendanceForm(meetings.get(actor, meeting).version(), List.of(attendance)));
        return meeting;
    }

    /** A member's line with only their presence marked. */
    public static AttendanceForm.Row row(long member, AttendanceStatus status) {
        return new AttendanceForm.Row(member, status, false, false, false, null);
    }
}
