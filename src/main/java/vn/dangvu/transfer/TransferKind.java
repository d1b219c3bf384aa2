package vn.dangvu.transfer;

/**
 * The kinds of transfer letter (RULES.md, Transfers). Moving a whole organisation is a reorganisation, not a
 * transfer: a campaign's transfers are internal transfers that name their campaign (the COLLECTIVE kind of
 * earlier versions was migrated to INTERNAL by V19; audit entries that name it keep its label).
 */
public enum TransferKind {
    /** Nội bộ: between branches of one grassroots organisation on the transfer's date. */
    INTERNAL,
    /** Chính thức: to another grassroots organisation, or to or from outside the tree. */
    OFFICIAL,
    /** Tạm thời: the official membership stays at the origin; the member attends at the host. */
    TEMPORARY
}
