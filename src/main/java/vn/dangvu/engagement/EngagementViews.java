package vn.dangvu.engagement;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.shared.PageView;

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

    /**
     * A concern as the member who raised it reads it on their own pages: what and for whom, and how far it
     * has gone (forwarded to the commune, resolved with the answer).
     */
    public record OwnConcernRow(
            long id,
            String topic,
            String residentName,
            String branchName,
            LocalDate raisedOn,
            ConcernStatus status,
            LocalDate forwardedOn,
            LocalDate resolvedOn,
            String response) {}

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
            List<FollowUpView> followUps,
            long version) {}

    /** A follow-up in the list of every session's follow-ups, with the session it belongs to. */
    public record FollowUpRow(
            long id,
            String description,
            String owner,
            LocalDate dueOn,
            LocalDate doneOn,
            boolean overdue,
            long version,
            long sessionId,
            SessionKind sessionKind,
            String sessionTitle,
            LocalDate sessionHeldOn,
            String unitName) {}

    /** A filter box whose text the list could not use, and the message that says why. */
    public record FilterProblem(String field, String messageKey, String typed) {}

    /**
     * One page of a filtered list, or, when a filter could not be read, no rows and the problems, so that
     * the page shows the filter again with a message beside each box.
     */
    public record Listing<T>(PageView<T> page, List<FilterProblem> problems) {

        public static <T> Listing<T> refused(List<FilterProblem> problems) {
            return new Listing<>(new PageView<>(List.of(), 0, PageView.DEFAULT_SIZE, 0), problems);
        }

        /** The problem of one filter box, or null. */
        public FilterProblem problem(String field) {
            return problems.stream()
                    .filter(p -> p.field().equals(field))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A record about to be removed, as its confirmation page shows it, and the version the removal must meet. */
    public record ToRemove<T>(T record, long version) {}
}
