package vn.dangvu.engagement;

import java.time.LocalDate;
import java.util.List;

/** The read models of the engagement pages. */
public final class EngagementViews {

    private EngagementViews() {}

    public record RecognitionRow(
            long id,
            RecognitionKind kind,
            String memberName,
            Long memberId,
            String branchName,
            String communeName,
            LocalDate decidedOn,
            String decidedBy,
            String decision,
            String reason) {}

    public record ConcernRow(
            long id,
            String branchName,
            String communeName,
            String memberName,
            String residentName,
            String topic,
            String details,
            LocalDate raisedOn,
            ConcernStatus status,
            LocalDate forwardedOn,
            LocalDate resolvedOn,
            String response,
            boolean overdue,
            long version) {}

    public record SessionRow(
            long id,
            SessionKind kind,
            String unitName,
            LocalDate heldOn,
            String title,
            long followUps,
            long openFollowUps) {}

    public record FollowUpView(
            long id,
            String description,
            String owner,
            LocalDate dueOn,
            LocalDate doneOn,
            boolean overdue,
            long version) {}

    public record SessionView(
            long id,
            SessionKind kind,
            String unitName,
            LocalDate heldOn,
            String title,
            String attendees,
            String issues,
            List<FollowUpView> followUps) {}
}
