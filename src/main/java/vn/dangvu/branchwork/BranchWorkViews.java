package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.PageView;

/** The read models of the branch work pages. */
public final class BranchWorkViews {

    private BranchWorkViews() {}

    public record DutyView(
            long id,
            String field,
            String title,
            String description,
            DutyStatus status,
            String resultNote,
            String assessment,
            long version) {}

    public record MemberDuties(MemberSummary member, List<DutyView> duties) {
        public boolean withoutDuty() {
            return duties.isEmpty();
        }
    }

    /** A branch's duties for a year: members without any first, commune leaders and committee members first. */
    public record DutyPage(
            UnitView branch,
            int year,
            List<MemberDuties> members,
            List<TemplateView> templates,
            BranchWorkPolicy.May may) {
        public long withoutDuty() {
            return members.stream().filter(MemberDuties::withoutDuty).count();
        }

        public long leadersWithoutDuty() {
            return members.stream()
                    .filter(m -> m.withoutDuty() && m.member().leader())
                    .count();
        }
    }

    public record TemplateView(
            long id, MemberGroup group, String field, String title, String description, boolean active, long version) {}

    public record MeetingRow(long id, LocalDate heldOn, MeetingKind kind, String topic, long present, long listed) {}

    /** A member's row on the attendance form; {@code usual}: what "everyone present" sets (exempt members stay exempt). */
    public record AttendanceRow(
            MemberSummary member,
            AttendanceStatus status,
            boolean spoke,
            boolean contributed,
            boolean directingTone,
            String note,
            AttendanceStatus usual) {}

    /** A guest at a meeting; {@code correctable}: the actor may correct or remove the entry. */
    public record GuestView(long id, GuestKind kind, String name, String comment, boolean correctable) {}

    public record MeetingView(
            long id,
            UnitView branch,
            LocalDate heldOn,
            MeetingKind kind,
            String topic,
            String resolution,
            boolean taken,
            List<AttendanceRow> attendance,
            List<GuestView> guests,
            long version,
            BranchWorkPolicy.May may) {}

    /**
     * The totals the minutes of a meeting need (biên bản sinh hoạt chi bộ), as of its date: of those listed,
     * full and probationary members (the branch's members), members attending temporarily from elsewhere,
     * exempt members, members away on a temporary transfer; and, once attendance is taken ({@code taken}),
     * those present, absent with a reason (names and reasons) and absent without one (names).
     */
    public record MinutesTotals(
            long full,
            long probationary,
            long temporary,
            long exempt,
            long away,
            boolean taken,
            long present,
            List<Absence> excused,
            List<String> absent) {

        /** Tổng số đảng viên of the branch: full and probationary (temporary attendees are not counted). */
        public long members() {
            return full + probationary;
        }
    }

    /** One absent member and why (vắng có lý do). */
    public record Absence(String name, String reason) {}

    /** A meeting with its minutes' totals: the meeting page and its printable minutes. */
    public record Minutes(MeetingView meeting, MinutesTotals totals) {}

    public record MeetingsPage(UnitView branch, PageView<MeetingRow> meetings, BranchWorkPolicy.May may) {}

    /**
     * A member's own line of a meeting they were listed at (a committee meeting only if they sat on the
     * committee that day): where and when, how they attended, and the note (the reason of an excused absence).
     */
    public record OwnAttendanceLine(
            LocalDate heldOn,
            MeetingKind kind,
            String topic,
            String branchName,
            AttendanceStatus status,
            String note) {}

    /** How a member attended their branch meetings of a year (committee meetings count in no figure). */
    public record AttendanceTotals(long present, long excused, long absent, long exempt) {

        public long meetings() {
            return present + excused + absent + exempt;
        }
    }

    /** A member's own attendance of a year: a page of their lines, the newest first, and the year's totals. */
    public record OwnAttendance(int year, PageView<OwnAttendanceLine> lines, AttendanceTotals totals) {}

    /** A meeting being corrected: as it is stored, and whether its attendance has been taken. */
    public record MeetingEdit(
            long id, UnitView branch, LocalDate heldOn, boolean taken, long version, MeetingForm form) {}

    /** What removing a meeting takes out of the lists and figures. */
    public record MeetingRemoval(
            long id,
            UnitView branch,
            LocalDate heldOn,
            MeetingKind kind,
            String topic,
            String resolution,
            long listed,
            long present,
            long guests,
            long version) {}

    /** A duty being corrected or removed, with whom it was given to. */
    public record DutyRecord(UnitView branch, int year, MemberSummary member, DutyView duty) {}

    /** A meeting's guest being corrected or removed. */
    public record GuestRecord(long meetingId, UnitView branch, LocalDate heldOn, GuestView guest, long version) {}

    /** A branch's figures for a year, for the commune and district views. */
    public record BranchFigures(
            long branchId,
            String branchName,
            String communeName,
            long members,
            long withoutDuty,
            long leadersWithoutDuty,
            long meetings,
            long attendanceRate,
            long liaisonVisits,
            long directingTone) {}

    public record LiaisonBranch(long liaisonId, UnitView branch, MeetingRow lastMeeting, MeetingRow nextMeeting) {}

    public record LiaisonAssignment(
            long id, String userName, String memberName, String branchName, String communeName, LocalDate assignedOn) {}

    /** A member's year on one page. */
    public record MemberYear(
            long memberId,
            String fullName,
            int year,
            List<DutyView> duties,
            long meetingsListed,
            long present,
            long spoke,
            long contributed,
            long directingTone,
            vn.dangvu.evaluation.EvaluationView evaluation,
            List<vn.dangvu.dues.MonthLine> dues) {

        public long attendanceRate() {
            return meetingsListed == 0 ? 0 : Math.round(100.0 * present / meetingsListed);
        }
    }

    public record DutyCoverage(long members, long withDuty, long leaders, long leadersWithDuty) {
        public long withoutDuty() {
            return members - withDuty;
        }

        public long leadersWithoutDuty() {
            return leaders - leadersWithDuty;
        }
    }

    public record MeetingFigures(
            long meetings,
            long cadreListed,
            long cadrePresent,
            long othersListed,
            long othersPresent,
            long directingTone,
            long contributed,
            long cadreContributed,
            long liaisonVisits) {

        public long cadreAttendanceRate() {
            return percent(cadrePresent, cadreListed);
        }

        public long othersAttendanceRate() {
            return percent(othersPresent, othersListed);
        }
    }

    public record CommuneFigures(
            long communeId,
            String name,
            long members,
            long withDuty,
            long meetings,
            long listed,
            long present,
            long directingTone,
            LocalDate since) {

        public long dutyCoverage() {
            return percent(withDuty, members);
        }

        public long attendanceRate() {
            return percent(present, listed);
        }
    }

    /** A commune's members in a period and how many hold a duty of the year: one half of {@link CommuneFigures}. */
    public record CommuneMembers(long communeId, String name, long members, long withDuty, LocalDate since) {}

    /** A commune's meetings and attendance in a period: the other half of {@link CommuneFigures}. */
    public record CommuneMeetings(long communeId, long meetings, long listed, long present, long directingTone) {}

    public record YearFigures(int year, long meetings, long listed, long present) {
        public long attendanceRate() {
            return percent(present, listed);
        }
    }

    /**
     * A branch's meetings missed in the year of the day read: the months without a regular meeting and the
     * quarters without a thematic one, as "4, 7" (empty: none), and how many.
     */
    public record BranchCompliance(
            long branchId,
            String branchName,
            Long communeId,
            String communeName,
            String missingMonths,
            long monthsMissed,
            String missingQuarters,
            long quartersMissed) {

        public boolean complies() {
            return monthsMissed == 0 && quartersMissed == 0;
        }
    }

    /**
     * A commune's branches' missed meetings: months without a regular meeting and quarters without a
     * thematic one, summed over its branches, and how many branches missed any.
     */
    public record CommuneCompliance(
            Long communeId,
            String name,
            long branches,
            long monthsMissed,
            long branchesMissingMonths,
            long quartersMissed,
            long branchesMissingQuarters) {}

    /** Missed meetings as of a date, per branch (only those that missed any) and per commune. */
    public record Compliance(LocalDate asOf, List<BranchCompliance> branches, List<CommuneCompliance> communes) {

        public List<BranchCompliance> missing() {
            return branches.stream().filter(b -> !b.complies()).toList();
        }
    }

    /**
     * A branch's meetings still due today: this month's regular meeting and this quarter's thematic one,
     * held already or not, and the day one is planned later in the month (quarter), if any.
     */
    public record MeetingsDue(
            boolean regularHeld,
            LocalDate regularPlanned,
            boolean thematicHeld,
            LocalDate thematicPlanned,
            LocalDate monthEnd,
            LocalDate quarterEnd) {}

    /** A whole-number percentage, 0 when there is nothing to divide by. */
    public static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
