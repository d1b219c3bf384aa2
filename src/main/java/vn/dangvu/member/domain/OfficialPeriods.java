package vn.dangvu.member.domain;

/**
 * The membership periods that make a member count for a unit: official ones. A temporary period at a
 * host (issue 18, item 1) is attended there but counted at the origin, so the counting queries read
 * periods only through this one subquery: when {@code membership_period} gains its kind column, add
 * {@code where kind = 'OFFICIAL'} here and every figure follows.
 */
public final class OfficialPeriods {

    /** A subquery over {@code membership_period}'s columns, to be aliased by the query that uses it. */
    public static final String SQL = "(select * from membership_period)";

    private OfficialPeriods() {}
}
