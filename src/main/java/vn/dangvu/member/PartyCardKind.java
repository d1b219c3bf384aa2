package vn.dangvu.member;

/** How a member came by a Party card number. */
public enum PartyCardKind {
    /** A number found in the register before its history was kept (V21), or typed on the form. */
    RECORDED,
    /** The first card, after admission. */
    FIRST,
    /** The Party-wide renewal of 2025 (Chỉ thị 51-CT/TW, 8/8/2025). */
    RENEWAL_2025,
    /** A card issued again: lost or damaged. */
    REISSUE
}
