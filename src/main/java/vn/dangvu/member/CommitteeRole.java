package vn.dangvu.member;

/**
 * A member's place in a Party committee (cấp ủy) or among the key leaders of a level, in the words of the
 * Party documents; the names are in the message bundle ({@code enum.CommitteeRole.*}).
 */
public enum CommitteeRole {
    /** Bí thư. */
    SECRETARY,
    /** Phó Bí thư. */
    DEPUTY_SECRETARY,
    /** Ủy viên Ban Thường vụ. */
    STANDING_MEMBER,
    /** Ủy viên Ban Chấp hành (cấp ủy viên). */
    COMMITTEE_MEMBER,
    /** Lãnh đạo chủ chốt: a leader of the level, who need not sit on the committee. */
    KEY_LEADER;

    /** Whether the role is a seat on the committee (a cấp ủy viên), which a key leader as such is not. */
    public boolean seat() {
        return this != KEY_LEADER;
    }
}
