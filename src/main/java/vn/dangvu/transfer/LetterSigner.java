package vn.dangvu.transfer;

import vn.dangvu.organisation.LevelRole;

/**
 * For whom a letter is signed (Hướng dẫn 12-HD/BTCTW 2022 §II.4.2), from the level role and kind of the
 * handling committee as they stood on the transfer's date, never from today's tree: a grassroots Party
 * committee signs "T/M ĐẢNG ỦY", a grassroots branch "T/M CHI ỦY", the committee directly above the
 * grassroots "T/M BAN THƯỜNG VỤ", and for a grassroots organisation directly under the province the
 * province's organisation board signs in its own name ("BAN TỔ CHỨC TỈNH ỦY …", named from the data).
 */
public enum LetterSigner {
    PARTY_COMMITTEE,
    BRANCH_COMMITTEE,
    STANDING_COMMITTEE,
    ORGANISATION_BOARD;

    /** Null when the transfer has no handling committee (a record between two outside organisations). */
    public static LetterSigner of(TransferHandling handling) {
        if (handling == null) {
            return null;
        }
        LevelRole level = handling.unit().level();
        if (level == LevelRole.PROVINCE) {
            return ORGANISATION_BOARD;
        }
        if (level == LevelRole.ABOVE_GRASSROOTS) {
            return STANDING_COMMITTEE;
        }
        return handling.unit().kind().isBranch() ? BRANCH_COMMITTEE : PARTY_COMMITTEE;
    }

    /** Whether the letter names the board (its own name) rather than a committee "T/M". */
    public boolean board() {
        return this == ORGANISATION_BOARD;
    }
}
