package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.shared.PageView;

/** What the Party badge pages show: members due a badge on an award day, and the badges awarded. */
public final class BadgeViews {

    private BadgeViews() {}

    /**
     * A member who has reached {@code years} of Party age by the award day and has no badge of it (nor a
     * higher one): the highest such milestone. {@code interruptedDays} is the time out of Party activity
     * that the Party age leaves out; {@code awarded} the badges already received ("30, 40"), or null.
     */
    public record Due(
            long memberId,
            String fullName,
            LocalDate birthDate,
            String communeName,
            String branchName,
            LocalDate admittedOn,
            LocalDate fullMemberOn,
            long interruptedDays,
            int partyAge,
            int years,
            LocalDate reachedOn,
            String awarded) {}

    /** A badge awarded, with its member and decision. */
    public record Awarded(
            long id,
            long memberId,
            String fullName,
            String communeName,
            String branchName,
            int years,
            LocalDate awardedOn,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionBody) {}

    /** A milestone for one member: its years, how many months early it may be given, the day it is reached. */
    public record Milestone(int years, int earlyMonths, LocalDate reachedOn) {}

    /** A badge award as a command: which badge, when, by which decision. */
    public record Award(
            int years, LocalDate awardedOn, String decisionNumber, LocalDate decisionDate, String decisionBody) {}

    /** The list of those due on an award day, with what the actor may do there. */
    public record DuePage(
            BadgeOccasion occasion,
            int year,
            LocalDate awardDay,
            List<Integer> milestones,
            PageView<Due> page,
            boolean mayAward) {}

    /** A member to whom a badge is being awarded, as the form names them. */
    public record Recipient(long memberId, String fullName, LocalDate admittedOn, LocalDate fullMemberOn) {}
}
