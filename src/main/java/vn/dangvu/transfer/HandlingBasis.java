package vn.dangvu.transfer;

/**
 * Why a committee handles a transfer, from the level roles on the transfer's date (RULES.md, Transfers):
 * an internal transfer by the grassroots committee; an official one by the committee directly above the
 * member's grassroots organisation (Quy định 294-QĐ/TW 6.3.1), or, for a grassroots organisation directly
 * under the province, by the provincial organisation board.
 */
public enum HandlingBasis {
    GRASSROOTS,
    ABOVE_GRASSROOTS,
    PROVINCE_BOARD
}
