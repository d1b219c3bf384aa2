package vn.dangvu.engagement;

/**
 * The filters of the engagement lists, as the query string carries them. Dates stay text as typed, so
 * that a mistyped one comes back beside its box with a message instead of a bad-request page; the
 * service reads them (see {@link FilterDates}). Each filter is exactly what a figure of the summary
 * counts, so that the figure's link lists its rows.
 */
public final class EngagementFilters {

    private EngagementFilters() {}

    /** Commendations or reminders decided in a year, or between two dates. */
    public record RecognitionFilter(RecognitionKind kind, String year, String from, String to) {

        public static RecognitionFilter none() {
            return new RecognitionFilter(null, null, null, null);
        }
    }

    /**
     * Concerns by status, raised or resolved between two dates, or overdue as of a date (today when none
     * is given).
     */
    public record ConcernFilter(
            ConcernStatus status,
            Boolean overdue,
            String asOf,
            String raisedFrom,
            String raisedTo,
            String resolvedFrom,
            String resolvedTo) {

        public static ConcernFilter none() {
            return new ConcernFilter(null, null, null, null, null, null, null);
        }

        public boolean overdueOnly() {
            return Boolean.TRUE.equals(overdue);
        }
    }

    /** Receptions or dialogues held between two dates. */
    public record SessionFilter(SessionKind kind, String from, String to) {

        public static SessionFilter none() {
            return new SessionFilter(null, null, null);
        }
    }

    /** Follow-ups of every session in scope, open, done or overdue as of a date (today when none is given). */
    public record FollowUpFilter(FollowUpState state, String asOf) {

        public static FollowUpFilter none() {
            return new FollowUpFilter(null, null);
        }
    }
}
