package vn.dangvu.member;

/**
 * Filters of the member list; all optional. {@code status} null means members who still attend
 * (ACTIVE and EXEMPT).
 */
public record MemberSearch(String q, Long commune, Long branch, MemberGroup group, MemberStatus status) {

    public static MemberSearch all() {
        return new MemberSearch(null, null, null, null, null);
    }
}
