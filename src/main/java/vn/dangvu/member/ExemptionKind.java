package vn.dangvu.member;

/**
 * Why a member is exempt from Party work and meetings (Hướng dẫn 12-HD/BTCTW 2022 §IV.1): age or weak
 * health, on the member's request, by the branch's resolution; or another reason (long illness, work far
 * away, maternity…), decided by the grassroots committee for at most 12 months.
 */
public enum ExemptionKind {
    AGE_HEALTH,
    OTHER;

    /** The longest an exemption of this kind may last, in months; null: no limit. */
    public Integer maxMonths() {
        return this == OTHER ? 12 : null;
    }
}
