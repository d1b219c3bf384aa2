package vn.dangvu.demo;

import java.util.Locale;

/**
 * The shape of a synthetic dataset. {@code provinces == 0} means a single district is the root of the
 * tree. Each commune has {@code branchesPerCommune} hamlet/quarter branches of about {@code
 * membersPerBranch} members, plus a commune police/military branch; meetings, duties and concerns cover
 * the last {@code historyYears} years, ratings the last {@code ratedYears} finished years. The COPY files
 * are written and loaded in parts of about {@code rowsPerPart} rows (see {@link CopyTables}): several even
 * for the district, so that its tests load it the way the nation is loaded.
 */
record SyntheticScale(
        String name,
        int provinces,
        int districtsPerProvince,
        int communesPerDistrict,
        int branchesPerCommune,
        int membersPerBranch,
        int historyYears,
        int ratedYears,
        long rowsPerPart) {

    static final SyntheticScale DISTRICT = new SyntheticScale("district", 0, 1, 8, 10, 37, 4, 3, 50_000);
    static final SyntheticScale PROVINCE = new SyntheticScale("province", 1, 10, 15, 12, 38, 4, 3, 1_000_000);
    static final SyntheticScale NATION = new SyntheticScale("nation", 63, 11, 15, 12, 40, 1, 2, 2_000_000);

    static SyntheticScale parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "district" -> DISTRICT;
            case "province" -> PROVINCE;
            case "nation" -> NATION;
            default ->
                throw new IllegalArgumentException(
                        "The scale must be district, province or nation, not '" + value + "'");
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
