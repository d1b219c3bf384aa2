package vn.dangvu.organisation;

/** PREPARED: may be edited and committed; COMMITTED: its steps changed the tree; CANCELLED: with a reason. */
public enum ReorganisationState {
    PREPARED,
    COMMITTED,
    CANCELLED
}
