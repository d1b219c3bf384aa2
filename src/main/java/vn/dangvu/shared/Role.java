package vn.dangvu.shared;

/** The four kinds of user of DESIGN.md §4, with what each may write. */
public enum Role {
    DISTRICT_STAFF,
    DISTRICT_LEADER,
    COMMUNE_OFFICIAL,
    BRANCH_SECRETARY;

    public boolean canManageUnits() {
        return this == DISTRICT_STAFF;
    }

    public boolean canManageAccounts() {
        return this == DISTRICT_STAFF;
    }

    public boolean canWriteMembers() {
        return this == DISTRICT_STAFF || this == COMMUNE_OFFICIAL;
    }
}
