package vn.dangvu.member;

/**
 * A membership period's kind: the official membership (counted in member totals, with every right), or a
 * temporary attendance at a host branch (attends; not counted; no vote, no standing or electing).
 */
public enum PeriodKind {
    OFFICIAL,
    TEMPORARY
}
