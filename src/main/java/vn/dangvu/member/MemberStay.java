package vn.dangvu.member;

import java.time.LocalDate;

/** A member's stay in a branch (one membership period): [from, to), to null while it lasts. */
public record MemberStay(long memberId, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }
}
