package vn.dangvu.branchwork.loading;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.MeetingForm;

/**
 * Meetings, guests, duties and liaisons recorded by the system. Each passes the rules of its form (a
 * trimmed topic, attendance only for a meeting held and only of those attending the branch that day, a
 * duty with a field and title for someone attending the branch that year, one liaison per leader and
 * branch) and leaves the audit entries the form leaves. A meeting's form is validated as the meeting
 * form is (bean validation of the argument).
 */
public interface BranchWorkLoader {

    /** A meeting with its attendance (none for a meeting still to come); its id. */
    long recordMeeting(long branchId, @Valid MeetingForm form, List<AttendanceForm.Row> attendance, String by);

    /** A guest's presence and comment at a meeting. */
    void recordGuest(long meetingId, GuestKind kind, String name, Long userId, String comment);

    /**
     * A branch's meetings, each with its attendance and guests, as {@link #recordMeeting} and
     * {@link #recordGuest} would record them one by one (the same rules, the same audit entries), written
     * together: the branch's members are read once and the rows go in a few statements. Their ids, in order.
     */
    List<Long> recordMeetings(long branchId, List<@Valid PlannedMeeting> meetings, String by);

    /** A meeting to record with its attendance (none for one still to come) and its guests. */
    record PlannedMeeting(@Valid MeetingForm form, List<AttendanceForm.Row> attendance, List<Guest> guests) {}

    /** A guest at a planned meeting: a liaison's comment names the liaison's account ({@code userId}). */
    record Guest(GuestKind kind, String name, Long userId, String comment) {}

    /** A branch's duties of a year, each already at its status. */
    void recordDuties(long branchId, int year, List<AssignedDuty> duties, String by);

    /** A duty given to a member, and how far it has come. */
    record AssignedDuty(long memberId, String field, String title, DutyStatus status) {}

    /** A district leader assigned as a branch's liaison since {@code on}, standing for no member. */
    void assignLiaison(long userId, long branchId, LocalDate on);

    /**
     * A district leader assigned as a branch's liaison since {@code on}, standing for {@code memberId}, who must
     * hold that day a seat on the committee of a unit above the branch (null: no member named).
     */
    void assignLiaison(long userId, long branchId, Long memberId, LocalDate on);
}
