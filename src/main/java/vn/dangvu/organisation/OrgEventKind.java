package vn.dangvu.organisation;

/** What happened to units on a date (sắp xếp tổ chức): each event makes new versions of the units it names. */
public enum OrgEventKind {
    ESTABLISHED,
    RENAMED,
    MOVED,
    MERGED,
    SPLIT,
    ENDED,
    DISSOLVED,
    LEVEL_CHANGED
}
