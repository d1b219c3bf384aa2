package vn.dangvu.member;

import java.time.LocalDate;

/**
 * The anniversaries on which Party badges are awarded (Hướng dẫn 01-HD/TW 2021, point 18): the Party's
 * founding (3/2), President Hồ Chí Minh's birthday (19/5), National Day (2/9) and the October Revolution
 * (7/11).
 */
public enum BadgeOccasion {
    PARTY_FOUNDING(2, 3),
    HO_CHI_MINH_BIRTHDAY(5, 19),
    NATIONAL_DAY(9, 2),
    OCTOBER_REVOLUTION(11, 7);

    private final int month;
    private final int day;

    BadgeOccasion(int month, int day) {
        this.month = month;
        this.day = day;
    }

    public LocalDate in(int year) {
        return LocalDate.of(year, month, day);
    }

    /** The first occasion on or after {@code day}, for the list's default. */
    public static BadgeOccasion nextOnOrAfter(LocalDate day) {
        for (BadgeOccasion occasion : values()) {
            if (!occasion.in(day.getYear()).isBefore(day)) {
                return occasion;
            }
        }
        return PARTY_FOUNDING;
    }

    /** The year of the first occasion on or after {@code day} (next year after 7/11). */
    public static int yearOfNext(LocalDate day) {
        return OCTOBER_REVOLUTION.in(day.getYear()).isBefore(day) ? day.getYear() + 1 : day.getYear();
    }
}
