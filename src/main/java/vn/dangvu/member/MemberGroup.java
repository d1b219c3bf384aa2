package vn.dangvu.member;

/** The member groups the district suggests duties for (DESIGN.md §1.3), and the rest. */
public enum MemberGroup {
    ORGANISATION_CADRE,
    INSPECTION_CADRE,
    PROPAGANDA_CADRE,
    COMMUNE_CIVIL_SERVANT,
    NON_SPECIALISED_WORKER,
    NON_REGULAR_POLICE,
    SOCIO_POLITICAL_ORGANISATION,
    FATHERLAND_FRONT,
    RETIRED,
    FARMER_OTHER;

    /** Works at the commune (the cohort of the 2019 and 2021 transfers). */
    public boolean worksAtCommune() {
        return this != RETIRED && this != FARMER_OTHER;
    }
}
