package vn.dangvu.engagement;

/** What the follow-up list is filtered by, as of a date: not done yet, done, or past its due date and not done. */
public enum FollowUpState {
    OPEN,
    DONE,
    OVERDUE
}
