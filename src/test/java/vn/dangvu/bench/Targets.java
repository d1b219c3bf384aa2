package vn.dangvu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.demo.SyntheticDataGenerator;

/**
 * What the virtual users ask for, read from the database once before the run: members, branches,
 * meetings and campaigns inside each account's scope, picked in a fixed pseudo-random order.
 */
final class Targets {

    /** The {@code index}-th simulated user of a page: its account and the branches and meetings it may open. */
    record User(int index, String username, List<Long> branches, List<Long> meetings) {
        long branch(int i) {
            return branches.get(Math.floorMod(i, branches.size()));
        }

        long meeting(int i) {
            return meetings.get(Math.floorMod(i, meetings.size()));
        }
    }

    /** What people type to find someone: a full name, with or without diacritics. */
    private static final List<String> SEARCHES = List.of(
            "nguyen van hung",
            "tran thi lan",
            "Lê Minh Tuấn",
            "pham thi thu trang",
            "vo thanh phuc",
            "huynh van nam",
            "Đặng Hữu Nghĩa",
            "bui thi mai",
            "do kim hoa",
            "truong cong thang",
            "ngo quoc dung",
            "Lý Thị Hạnh",
            "phan minh tam",
            "duong thi ngoc yen",
            "mai van long");

    private final List<User> staff;
    private final List<User> leaders;
    private final List<User> communeOfficials;
    private final List<User> districtStaff;
    private final List<User> secretaries;
    private final List<Long> members;
    private final List<Long> campaigns;

    private Targets(
            List<User> staff,
            List<User> leaders,
            List<User> communeOfficials,
            List<User> districtStaff,
            List<User> secretaries,
            List<Long> members,
            List<Long> campaigns) {
        this.staff = staff;
        this.leaders = leaders;
        this.communeOfficials = communeOfficials;
        this.districtStaff = districtStaff;
        this.secretaries = secretaries;
        this.members = members;
        this.campaigns = campaigns;
    }

    static Targets load(Connection db, int users) throws SQLException {
        String top = scopePath(db, "tochuc");
        List<Long> members = ids(
                db,
                "select m.id from member m join org_unit b on b.id = m.branch_id where b.path like ?"
                        + " order by hashtext(m.id::text) limit 2000",
                top + "%");
        List<Long> campaigns = ids(
                db,
                "select c.id from campaign c where exists (select 1 from campaign_commune cc join org_unit u"
                        + " on u.id = cc.commune_id where cc.campaign_id = c.id and u.path like ?) order by c.id",
                top + "%");
        Benchmark.check(!members.isEmpty() && !campaigns.isEmpty(), "No members or campaigns: is the dataset loaded?");
        return new Targets(
                copies(db, "tochuc", users),
                copies(db, "lanhdao", users),
                accounts(db, "COMMUNE_OFFICIAL", null, users),
                accounts(db, "DISTRICT_STAFF", "DISTRICT", users),
                accounts(db, "BRANCH_SECRETARY", null, users),
                members,
                campaigns);
    }

    List<User> staff() {
        return staff;
    }

    List<User> leaders() {
        return leaders;
    }

    List<User> communeOfficials() {
        return communeOfficials;
    }

    /**
     * Staff whose scope is one district: in the district dataset the top accounts' copies, in the province
     * and nation datasets the districts' own.
     */
    List<User> districtStaff() {
        return districtStaff;
    }

    List<User> secretaries() {
        return secretaries;
    }

    /**
     * The {@code i}-th member a user opens: the users take turns through the list (in hash order), so that
     * no two of them open the same member until the list is used up.
     */
    long member(User user, int i) {
        return members.get(Math.floorMod(i * staff.size() + user.index(), members.size()));
    }

    long campaign(int i) {
        return campaigns.get(Math.floorMod(i, campaigns.size()));
    }

    static String searchTerm(int i) {
        return java.net.URLEncoder.encode(
                SEARCHES.get(Math.floorMod(i, SEARCHES.size())), java.nio.charset.StandardCharsets.UTF_8);
    }

    String describe(Connection db) throws SQLException {
        return count(db, "select count(*) from member where status <> 'LEFT'") + " members, "
                + count(db, "select count(*) from org_unit where kind in ('HAMLET', 'QUARTER', 'AGENCY', 'OTHER')")
                + " branches, " + count(db, "select count(*) from org_unit where kind in ('COMMUNE', 'TOWN', 'WARD')")
                + " communes, " + count(db, "select count(*) from meeting") + " meetings, "
                + count(db, "select count(*) from attendance") + " attendance rows, "
                + count(db, "select count(*) from duty") + " duties, " + count(db, "select count(*) from transfer")
                + " transfers";
    }

    /**
     * Distinct accounts of a role (scoped to a unit of {@code kind}, if not null), with the branches under their
     * scope and those branches' latest meetings.
     */
    private static List<User> accounts(Connection db, String role, String kind, int users) throws SQLException {
        List<User> accounts = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select a.username, u.path from app_user a join org_unit u"
                + " on u.id = a.scope_unit_id where a.role = ? and a.enabled and u.kind = coalesce(?, u.kind)"
                + " order by hashtext(a.username) limit ?")) {
            s.setString(1, role);
            s.setString(2, kind);
            s.setInt(3, users);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String path = rs.getString(2) + "%";
                    List<Long> branches = ids(
                            db,
                            "select id from org_unit where path like ? and kind in ('HAMLET', 'QUARTER', 'AGENCY',"
                                    + " 'OTHER') and status = 'ACTIVE' order by id",
                            path);
                    List<Long> meetings = ids(
                            db,
                            "select m.id from meeting m join org_unit b on b.id = m.branch_id where b.path like ?"
                                    + " order by m.held_on desc, m.id limit 12",
                            path);
                    accounts.add(new User(accounts.size(), rs.getString(1), branches, meetings));
                }
            }
        }
        Benchmark.check(!accounts.isEmpty(), "No " + role + " accounts");
        return accounts;
    }

    private static String scopePath(Connection db, String username) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select u.path from app_user a join org_unit u on u.id = a.scope_unit_id where a.username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                Benchmark.check(rs.next(), "No account " + username);
                return rs.getString(1);
            }
        }
    }

    /** The ids a statement with one parameter selects (in its first column). */
    static List<Long> ids(Connection db, String sql, Object parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * One account per user: the generator's copies of a top account ({@code tochuc.01} …), so that every
     * simulated user has a session and a login of their own. A dataset made before the copies existed has
     * none: its users then share the one account, and the report says so.
     */
    private static List<User> copies(Connection db, String account, int users) throws SQLException {
        List<User> copies = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String copy = SyntheticDataGenerator.benchAccount(account, i + 1);
            boolean exists = count(db, "select count(*) from app_user where username = '" + copy + "'") > 0;
            copies.add(new User(i, exists ? copy : account, List.of(), List.of()));
        }
        return copies;
    }

    /** How many distinct accounts the simulated users of each role log in as. */
    String accountsUsed() {
        return "distinct accounts: staff " + distinct(staff) + ", leaders " + distinct(leaders)
                + ", commune officials " + distinct(communeOfficials) + ", district staff " + distinct(districtStaff)
                + ", branch secretaries " + distinct(secretaries)
                + " (of " + staff.size() + " simulated users a page)";
    }

    private static long distinct(List<User> users) {
        return users.stream().map(User::username).distinct().count();
    }
}
