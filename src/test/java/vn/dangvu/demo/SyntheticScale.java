package vn.dangvu.demo;

import java.util.Locale;

/**
 * The shape of a synthetic dataset. {@code provinces == 0} means a single district is the root of the
 * tree. Each commune has {@code branches} hamlet/quarter branches of about {@code membersPerBranch}
 * members, plus a commune police/military branch; meetings, duties and concerns cover the last
 * {@code historyYears} years, ratings the last {@code ratedYears} finished years.
 */
enum SyntheticScale {
    DISTRICT(0, 1, 8, 10, 37, 4, 3),
    PROVINCE(1, 10, 15, 12, 38, 4, 3),
    NATION(63, 11, 15, 12, 40, 1, 2);

    final int provinces;
    final int districtsPerProvince;
    final int communesPerDistrict;
    final int branchesPerCommune;
    final int membersPerBranch;
    final int historyYears;
    final int ratedYears;

    SyntheticScale(
            int provinces,
            int districtsPerProvince,
            int communesPerDistrict,
            int branchesPerCommune,
            int membersPerBranch,
            int historyYears,
            int ratedYears) {
        this.provinces = provinces;
        this.districtsPerProvince = districtsPerProvince;
        this.communesPerDistrict = communesPerDistrict;
        this.branchesPerCommune = branchesPerCommune;
        this.membersPerBranch = membersPerBranch;
        this.historyYears = historyYears;
        this.ratedYears = ratedYears;
    }

    static SyntheticScale parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The scale must be district, province or nation, not '" + value + "'", e);
        }
    }
}
