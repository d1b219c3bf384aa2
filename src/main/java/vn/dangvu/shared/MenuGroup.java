package vn.dangvu.shared;

/** The groups of the main menu, in the order they are shown; each has a message key {@code nav.group.<name>}. */
public enum MenuGroup {
    /** A member's own pages: the only group a member's own account sees. */
    MINE,
    /** Members, transfers and the organisation tree: what most users open every day. */
    MEMBERS,
    /** Branch work: duties, meetings, ratings, liaisons, residents' concerns, commendations. */
    BRANCH_WORK,
    /** Directives and their transfer campaigns. */
    DIRECTIVES,
    /** Summaries and exports for leaders. */
    REPORTS,
    /** Imports, accounts and other administration. */
    ADMINISTRATION
}
