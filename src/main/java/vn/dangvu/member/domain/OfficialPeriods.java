package vn.dangvu.member.domain;

/**
 * The membership periods that make a member count for a unit: official ones. A temporary period at a
 * host is attended there but counted at the origin, so the counting queries of this module read periods
 * through this one subquery.
 */
public final class OfficialPeriods {

    /** A subquery over {@code membership_period}'s columns, to be aliased by the query that uses it. */
    public static final String SQL = "(select * from membership_period where kind = 'OFFICIAL')";

    private OfficialPeriods() {}
}
