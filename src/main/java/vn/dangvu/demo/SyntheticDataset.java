package vn.dangvu.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberGroup;

/**
 * Writes a synthetic Party organisation of a given {@link SyntheticScale} as COPY files, one commune at
 * a time (so that memory does not grow with the scale), and loads them in foreign-key order. Every row
 * keeps the rules the application keeps: one open membership period per member, periods that follow the
 * transfers, attendance only by those attending the branch on the meeting's date, at most one open
 * transfer per member.
 */
final class SyntheticDataset {

    static final String PASSWORD = "dangvu123";

    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    /** A stretch of time a person attends a branch; {@code to} is null while it lasts. */
    private record Stint(long branchId, LocalDate from, LocalDate to, Long transferId) {
        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    private static final class Person {
        long id;
        Gender gender;
        String name;
        LocalDate birth;
        LocalDate admitted;
        LocalDate fullMember;
        MemberGroup group;
        String position;
        String workplace;
        boolean committee;
        boolean keyLeader;
        Long residence;
        String status = "ACTIVE";
        String leftReason;
        LocalDate leftOn;
        final List<Stint> stints = new ArrayList<>();

        long branch() {
            return stints.get(stints.size() - 1).branchId();
        }

        Stint stintOn(LocalDate day) {
            for (Stint s : stints) {
                if (s.covers(day)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** A suggested duty: its field and title. */
    record Template(String field, String title) {}

    private record Unit(long id, String code, String name, String path) {}

    private final SyntheticScale scale;
    private final Random random;
    private final LocalDate today;
    private final int year;
    private final LocalDate windowStart;
    private final String passwordHash;
    private final Map<MemberGroup, List<Template>> templates;
    private final Map<String, CopyFile> files = new LinkedHashMap<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Set<String> siblingNames = new HashSet<>();

    SyntheticDataset(
            SyntheticScale scale,
            long seed,
            LocalDate today,
            Path directory,
            String passwordHash,
            Map<MemberGroup, List<Template>> templates) {
        this.scale = scale;
        this.random = new Random(seed);
        this.today = today;
        this.year = today.getYear();
        this.windowStart = LocalDate.of(year - scale.historyYears + 1, 1, 1);
        this.passwordHash = passwordHash;
        this.templates = templates;
        file(directory, "org_unit", "id, code, name, kind, parent_id, path");
        file(directory, "app_user", "id, username, password_hash, full_name, role, scope_unit_id");
        file(
                directory,
                "member",
                "id, full_name, birth_date, gender, id_number, party_card_number, admitted_on, full_member_on,"
                        + " member_group, position, workplace, commune_committee, key_leader, branch_id,"
                        + " residence_branch_id, status, left_reason, left_on");
        file(directory, "directive", "id, number, issued_on, issuer, title");
        file(directory, "campaign", "id, directive_id, name, deadline, cohort_kind, member_group");
        file(directory, "campaign_commune", "campaign_id, commune_id");
        file(
                directory,
                "transfer",
                "id, kind, direction, member_id, from_branch_id, to_branch_id, other_organisation, campaign_id,"
                        + " reason, letter_number, letter_date, effective_on, state, state_reason, created_by,"
                        + " created_at, proposed_by, proposed_at, approved_by, approved_at, completed_by,"
                        + " completed_at, closed_by, closed_at, in_full_name, in_birth_date, in_gender,"
                        + " in_id_number, in_admitted_on, in_member_group");
        file(directory, "membership_period", "id, member_id, branch_id, started_on, ended_on, transfer_id");
        file(directory, "campaign_member", "id, campaign_id, member_id, from_branch_id, target_branch_id, transfer_id");
        file(
                directory,
                "member_rating",
                "id, member_id, year, rating, self_rating, committee_rating, branch_rating, fail_reason");
        file(directory, "branch_rating", "id, branch_id, year, rating");
        file(
                directory,
                "duty",
                "id, member_id, branch_id, year, field, title, status, result_note, assigned_by, assigned_at");
        file(directory, "meeting", "id, branch_id, held_on, kind, topic, resolution, created_by");
        file(directory, "attendance", "meeting_id, member_id, status, spoke, contributed, directing_tone");
        file(directory, "liaison", "id, user_id, branch_id, assigned_on, assigned_by");
        file(directory, "meeting_guest", "id, meeting_id, kind, name, user_id, comment");
        file(directory, "recognition", "id, kind, member_id, branch_id, decided_on, decided_by, reason, created_by");
        file(
                directory,
                "concern",
                "id, branch_id, resident_name, topic, raised_on, status, forwarded_on, resolved_on, response,"
                        + " created_by");
        file(directory, "engagement_session", "id, kind, unit_id, held_on, title, issues, created_by");
        file(directory, "follow_up", "id, session_id, description, owner, due_on, done_on");
    }

    /** Writes every row. */
    void generate() {
        if (scale.provinces == 0) {
            Unit district = unit("H01", "Huyện Tổng Hợp", "DISTRICT", null);
            topAccounts(district);
            long directive = directive(district, "Huyện ủy");
            district(district, directive);
            return;
        }
        for (int p = 1; p <= scale.provinces; p++) {
            String code = String.format("T%02d", p);
            Unit province = unit(code, "Tỉnh " + placeName(p), "PROVINCE", null);
            if (p == 1) {
                topAccounts(province);
            }
            account(code.toLowerCase() + ".tochuc", "Ban Tổ chức Tỉnh ủy", "DISTRICT_STAFF", province);
            account(code.toLowerCase() + ".lanhdao", "Thường trực Tỉnh ủy", "DISTRICT_LEADER", province);
            long directive = directive(province, "Tỉnh ủy");
            for (int d = 1; d <= scale.districtsPerProvince; d++) {
                Unit district =
                        unit(code + String.format("-H%02d", d), "Huyện " + placeName(p * 31 + d), "DISTRICT", province);
                account(accountName(district.code()) + ".tochuc", "Ban Tổ chức Huyện ủy", "DISTRICT_STAFF", district);
                account(accountName(district.code()) + ".lanhdao", "Thường trực Huyện ủy", "DISTRICT_LEADER", district);
                district(district, directive);
            }
        }
    }

    /** Loads the files, in an order that satisfies every foreign key, then moves the sequences on. */
    Map<String, Long> load(Connection connection) throws SQLException, IOException {
        Map<String, Long> loaded = new LinkedHashMap<>();
        for (CopyFile file : files.values()) {
            loaded.put(file.table(), file.load(connection));
        }
        try (var statement = connection.createStatement()) {
            for (String table : ids.keySet()) {
                statement.execute(
                        "select setval('" + table + "_seq', (select coalesce(max(id), 0) + 100 from " + table + "))");
            }
        }
        return loaded;
    }

    private void topAccounts(Unit root) {
        account("tochuc", "Ban Tổ chức", "DISTRICT_STAFF", root);
        account("lanhdao", "Thường trực", "DISTRICT_LEADER", root);
    }

    private void district(Unit district, long directive) {
        String prefix = accountName(district.code());
        List<Long> liaisons = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            liaisons.add(account(
                    prefix + ".uyvien" + i,
                    VietnameseNames.fullName(random, Gender.MALE),
                    "DISTRICT_LEADER",
                    district));
        }
        long campaign = next("campaign");
        row(
                "campaign",
                campaign,
                directive,
                "Chuyển sinh hoạt đảng viên công an xã bán chuyên trách về chi bộ ấp, khóm — " + district.name(),
                LocalDate.of(year, 12, 31),
                "MEMBER_GROUP",
                MemberGroup.NON_REGULAR_POLICE);
        for (int c = 1; c <= scale.communesPerDistrict; c++) {
            Unit commune = unit(
                    district.code() + String.format("-X%02d", c),
                    "Xã " + placeName((int) district.id() * 17 + c),
                    "COMMUNE",
                    district);
            row("campaign_commune", campaign, commune.id());
            account(accountName(commune.code()), "Đảng ủy " + commune.name(), "COMMUNE_OFFICIAL", commune);
            new CommuneWriter(commune, campaign, liaisons).write();
        }
    }

    /** One commune: its branches, people, their history and the branches' work. */
    private final class CommuneWriter {
        private final Unit commune;
        private final long campaign;
        private final List<Long> liaisons;
        private final List<Unit> hamlets = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private Unit police;

        CommuneWriter(Unit commune, long campaign, List<Long> liaisons) {
            this.commune = commune;
            this.campaign = campaign;
            this.liaisons = liaisons;
        }

        void write() {
            for (int b = 1; b <= scale.branchesPerCommune; b++) {
                Unit hamlet = unit(
                        commune.code() + String.format("-A%02d", b),
                        "Chi bộ Ấp " + placeName((int) commune.id() * 13 + b),
                        "HAMLET",
                        commune);
                hamlets.add(hamlet);
                account(accountName(hamlet.code()), "Bí thư " + hamlet.name(), "BRANCH_SECRETARY", hamlet);
                row("liaison", next("liaison"), liaisons.get(b % liaisons.size()), hamlet.id(), windowStart, "tochuc");
            }
            police = unit(commune.code() + "-QS", "Chi bộ Quân sự - Công an " + commune.name(), "OTHER", commune);
            for (Unit hamlet : hamlets) {
                int size = scale.membersPerBranch * 7 / 10 + random.nextInt(scale.membersPerBranch * 6 / 10 + 1);
                for (int i = 0; i < size; i++) {
                    people.add(hamletMember(hamlet));
                }
            }
            for (int i = 0; i < 5; i++) {
                people.add(policeMember());
            }
            for (Person person : people) {
                writeMember(person);
            }
            for (int y = year - scale.ratedYears; y < year; y++) {
                ratings(y);
            }
            for (int y = windowStart.getYear(); y <= year; y++) {
                duties(y);
            }
            List<Unit> branches = new ArrayList<>(hamlets);
            branches.add(police);
            for (Unit branch : branches) {
                meetings(branch);
            }
            engagement();
        }

        private Person hamletMember(Unit hamlet) {
            Person p = person(pickGroup());
            int roll = random.nextInt(1000);
            p.residence = roll % 20 == 0 ? null : roll % 33 == 0 ? pick(hamlets).id() : hamlet.id();
            if (people.size() < 12) {
                communePost(p, people.size());
            }
            if (roll < 80 && p.admitted.isBefore(windowStart)) {
                Unit origin = otherHamlet(hamlet);
                LocalDate on = dayInWindow();
                long transfer = completedTransfer("INTERNAL", "WITHIN", p, origin.id(), hamlet.id(), null, on);
                p.stints.add(new Stint(origin.id(), p.admitted, on, null));
                p.stints.add(new Stint(hamlet.id(), on, null, transfer));
            } else if (roll < 90 && p.admitted.isBefore(windowStart)) {
                LocalDate on = dayInWindow();
                long transfer = completedTransfer("OFFICIAL", "IN", p, null, hamlet.id(), otherPlace(), on);
                p.stints.add(new Stint(hamlet.id(), on, null, transfer));
            } else {
                p.stints.add(new Stint(hamlet.id(), p.admitted, null, null));
            }
            if (roll >= 90 && roll < 100 && p.admitted.isBefore(windowStart)) {
                leave(p, hamlet, roll < 95);
            } else if (roll >= 100 && roll < 105) {
                openTransfer(p, hamlet);
            }
            if (p.status.equals("ACTIVE") && p.birth.getYear() < 1952 && roll % 2 == 0) {
                p.status = "EXEMPT";
            }
            return p;
        }

        private Person policeMember() {
            Person p = person(MemberGroup.NON_REGULAR_POLICE);
            p.position = "Công an viên";
            Unit home = pick(hamlets);
            p.residence = home.id();
            p.stints.add(new Stint(police.id(), p.admitted, null, null));
            long entry = next("campaign_member");
            int roll = random.nextInt(100);
            Long transfer = null;
            if (roll < 80) {
                LocalDate on = roll < 45 ? today.minusDays(1 + random.nextInt(Math.max(dayOfYear() - 15, 1))) : null;
                if (on != null && !on.isAfter(p.admitted)) {
                    on = null;
                }
                String state = on != null ? "COMPLETED" : roll < 65 ? "APPROVED" : "PROPOSED";
                transfer = transfer("INTERNAL", "WITHIN", state, p, police.id(), home.id(), null, on, campaign);
                if (on != null) {
                    p.stints.set(0, new Stint(police.id(), p.admitted, on, null));
                    p.stints.add(new Stint(home.id(), on, null, transfer));
                }
            }
            row("campaign_member", entry, campaign, p.id, police.id(), home.id(), transfer);
            return p;
        }

        private void communePost(Person p, int rank) {
            String[] posts = {
                "Bí thư Đảng ủy",
                "Phó Bí thư Thường trực Đảng ủy",
                "Chủ tịch UBND",
                "Chủ tịch HĐND",
                "Chủ tịch UBMTTQ Việt Nam",
                "Phó Chủ tịch UBND",
                "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy",
                "Chủ tịch Hội Nông dân",
                "Chủ tịch Hội Liên hiệp Phụ nữ",
                "Bí thư Đoàn Thanh niên",
                "Cán bộ Văn phòng Đảng ủy",
                "Cán bộ Tuyên giáo"
            };
            p.position = posts[rank];
            p.workplace = "Đảng ủy " + commune.name();
            p.committee = rank < 10;
            p.keyLeader = rank < 5;
            p.group = rank < 2 ? MemberGroup.ORGANISATION_CADRE : MemberGroup.COMMUNE_CIVIL_SERVANT;
        }

        private void leave(Person p, Unit hamlet, boolean deceased) {
            Stint last = p.stints.get(p.stints.size() - 1);
            LocalDate on = last.from().isBefore(windowStart)
                    ? dayInWindow()
                    : last.from().plusDays(30);
            if (!on.isBefore(today)) {
                return;
            }
            p.stints.set(p.stints.size() - 1, new Stint(last.branchId(), last.from(), on, last.transferId()));
            p.status = "LEFT";
            p.leftOn = on;
            p.leftReason = deceased ? "DECEASED" : "TRANSFERRED_OUT";
            if (!deceased) {
                completedTransfer("OFFICIAL", "OUT", p, hamlet.id(), null, otherPlace(), on);
            }
        }

        private void openTransfer(Person p, Unit hamlet) {
            String state = random.nextBoolean() ? "PROPOSED" : "APPROVED";
            transfer(
                    "INTERNAL",
                    "WITHIN",
                    state,
                    p,
                    hamlet.id(),
                    otherHamlet(hamlet).id(),
                    null,
                    null,
                    null);
        }

        private long completedTransfer(
                String kind, String direction, Person p, Long from, Long to, String other, LocalDate on) {
            return transfer(kind, direction, "COMPLETED", p, from, to, other, on, null);
        }

        private long transfer(
                String kind,
                String direction,
                String state,
                Person p,
                Long from,
                Long to,
                String other,
                LocalDate on,
                Long campaignId) {
            long id = next("transfer");
            LocalDate created = (on != null ? on : today).minusDays(10 + random.nextInt(20));
            boolean proposed = !state.equals("DRAFT");
            boolean approved = state.equals("APPROVED") || state.equals("COMPLETED");
            boolean in = direction.equals("IN");
            row(
                    "transfer",
                    id,
                    kind,
                    direction,
                    p.id,
                    from,
                    to,
                    other,
                    campaignId,
                    campaignId != null ? "Công văn chuyển sinh hoạt công an xã" : "Chuyển nơi cư trú",
                    String.format("%d-GGT/HU", id),
                    created,
                    on,
                    state,
                    null,
                    "tochuc",
                    at(created),
                    proposed ? "tochuc" : null,
                    proposed ? at(created.plusDays(1)) : null,
                    approved ? "tochuc" : null,
                    approved ? at(created.plusDays(3)) : null,
                    on != null ? "tochuc" : null,
                    on != null ? at(on) : null,
                    null,
                    null,
                    in ? p.name : null,
                    in ? p.birth : null,
                    in ? p.gender : null,
                    in ? idNumber(p) : null,
                    in ? p.admitted : null,
                    in ? p.group : null);
            return id;
        }

        private void writeMember(Person p) {
            row(
                    "member",
                    p.id,
                    p.name,
                    p.birth,
                    p.gender,
                    idNumber(p),
                    String.format("%08d", 10_000_000 + p.id),
                    p.admitted,
                    p.fullMember,
                    p.group,
                    p.position,
                    p.workplace,
                    p.committee,
                    p.keyLeader,
                    p.branch(),
                    p.residence,
                    p.status,
                    p.leftReason,
                    p.leftOn);
            for (Stint s : p.stints) {
                row(
                        "membership_period",
                        next("membership_period"),
                        p.id,
                        s.branchId(),
                        s.from(),
                        s.to(),
                        s.transferId());
            }
        }

        private void ratings(int y) {
            LocalDate end = LocalDate.of(y, 12, 31);
            for (Person p : people) {
                if (p.stintOn(end) == null || p.status.equals("EXEMPT")) {
                    continue;
                }
                int roll = random.nextInt(100);
                String rating = roll < 15
                        ? "EXCELLENT"
                        : roll < 75 ? "GOOD" : roll < 95 ? "PASS" : roll < 97 ? "FAIL" : "NOT_RATED";
                String reason = rating.equals("FAIL") ? "Không hoàn thành nhiệm vụ được giao" : null;
                row("member_rating", next("member_rating"), p.id, y, rating, rating, rating, rating, reason);
            }
            for (Unit hamlet : hamlets) {
                String rating = random.nextInt(100) < 30 ? "EXCELLENT" : "GOOD";
                row("branch_rating", next("branch_rating"), hamlet.id(), y, rating);
            }
        }

        private void duties(int y) {
            LocalDate assigned = LocalDate.of(y, 2, 1).isAfter(today) ? today : LocalDate.of(y, 2, 1);
            boolean current = y == year;
            for (Person p : people) {
                Stint stint = p.stintOn(assigned);
                if (stint == null || p.status.equals("EXEMPT") || (current && random.nextInt(100) < 8)) {
                    continue;
                }
                List<Template> choices = templates.getOrDefault(p.group, List.of());
                if (choices.isEmpty()) {
                    continue;
                }
                Template t = choices.get(random.nextInt(choices.size()));
                int roll = random.nextInt(100);
                String status = current
                        ? (roll < 40 ? "ASSIGNED" : roll < 80 ? "IN_PROGRESS" : "DONE")
                        : (roll < 88 ? "DONE" : "NOT_DONE");
                String note = status.equals("DONE") ? "Đã thực hiện, báo cáo chi bộ" : null;
                row(
                        "duty",
                        next("duty"),
                        p.id,
                        stint.branchId(),
                        y,
                        t.field(),
                        t.title(),
                        status,
                        note,
                        "tochuc",
                        at(assigned));
            }
        }

        private void meetings(Unit branch) {
            List<Person> attending = people.stream()
                    .filter(p -> p.stints.stream().anyMatch(s -> s.branchId() == branch.id()))
                    .toList();
            Long liaison = branch == police ? null : liaisons.get(hamlets.indexOf(branch) % liaisons.size());
            for (LocalDate day = windowStart.withDayOfMonth(8); !day.isAfter(today); day = day.plusMonths(1)) {
                long meeting = next("meeting");
                row(
                        "meeting",
                        meeting,
                        branch.id(),
                        day,
                        "REGULAR",
                        String.format("Sinh hoạt chi bộ định kỳ tháng %02d/%d", day.getMonthValue(), day.getYear()),
                        "Thống nhất nhiệm vụ tháng tới",
                        accountName(branch.code()));
                for (Person p : attending) {
                    Stint s = p.stintOn(day);
                    if (s == null || s.branchId() != branch.id()) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    String status = p.status.equals("EXEMPT")
                            ? "EXEMPT"
                            : roll < 88 ? "PRESENT" : roll < 96 ? "EXCUSED" : "ABSENT";
                    boolean present = status.equals("PRESENT");
                    row(
                            "attendance",
                            meeting,
                            p.id,
                            status,
                            present && roll < 20,
                            present && roll < 14,
                            present && roll < 3);
                }
                if (liaison != null && random.nextInt(4) == 0) {
                    row(
                            "meeting_guest",
                            next("meeting_guest"),
                            meeting,
                            "LIAISON",
                            "Huyện ủy viên phụ trách",
                            liaison,
                            random.nextBoolean() ? "Chi bộ cần phân công nhiệm vụ cụ thể hơn" : null);
                }
            }
        }

        private void engagement() {
            for (int y = windowStart.getYear(); y <= year; y++) {
                for (Unit hamlet : hamlets) {
                    Person p = pick(people);
                    LocalDate decided = dayOfYear(y);
                    if (p.stintOn(decided) != null && p.stintOn(decided).branchId() == hamlet.id()) {
                        row(
                                "recognition",
                                next("recognition"),
                                "COMMENDATION",
                                p.id,
                                hamlet.id(),
                                decided,
                                "Đảng ủy " + commune.name(),
                                "Hoàn thành xuất sắc nhiệm vụ",
                                "tochuc");
                    }
                    for (int i = 0; i < 3; i++) {
                        concern(hamlet, dayOfYear(y));
                    }
                }
                for (int i = 0; i < 5; i++) {
                    LocalDate held = dayOfYear(y);
                    long session = next("engagement_session");
                    row(
                            "engagement_session",
                            session,
                            i == 4 ? "DIALOGUE" : "RECEPTION",
                            commune.id(),
                            held,
                            i == 4 ? "Đối thoại với nhân dân năm " + y : "Tiếp công dân định kỳ",
                            "Đường giao thông nông thôn; cấp giấy chứng nhận quyền sử dụng đất",
                            accountName(commune.code()));
                    for (int f = 0; f < 2; f++) {
                        LocalDate due = held.plusDays(30);
                        row(
                                "follow_up",
                                next("follow_up"),
                                session,
                                "Trả lời kiến nghị của cử tri",
                                "UBND " + commune.name(),
                                due,
                                due.isBefore(today) && random.nextInt(4) > 0 ? due : null);
                    }
                }
            }
        }

        private void concern(Unit hamlet, LocalDate raised) {
            int roll = random.nextInt(100);
            boolean old = raised.isBefore(today.minusDays(60));
            String status = old || roll < 40 ? "RESOLVED" : roll < 70 ? "FORWARDED" : "OPEN";
            LocalDate forwarded = status.equals("OPEN") ? null : raised.plusDays(3);
            LocalDate resolved = status.equals("RESOLVED") ? min(raised.plusDays(20), today) : null;
            forwarded = forwarded == null ? null : min(forwarded, today);
            row(
                    "concern",
                    next("concern"),
                    hamlet.id(),
                    VietnameseNames.fullName(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                    "Kiến nghị sửa đường liên ấp",
                    raised,
                    status,
                    forwarded,
                    resolved,
                    resolved != null ? "Đã đưa vào kế hoạch sửa chữa" : null,
                    accountName(hamlet.code()));
        }

        private Unit otherHamlet(Unit hamlet) {
            Unit other = pick(hamlets);
            return other.id() == hamlet.id() ? hamlets.get((hamlets.indexOf(hamlet) + 1) % hamlets.size()) : other;
        }
    }

    private Person person(MemberGroup group) {
        Person p = new Person();
        p.id = next("member");
        p.gender = random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE;
        p.name = VietnameseNames.fullName(random, p.gender);
        p.group = group;
        boolean recent = random.nextInt(100) < 4;
        p.admitted = recent
                ? today.minusDays(30 + random.nextInt(365 * 3))
                : LocalDate.of(1975 + random.nextInt(year - 1977), 1 + random.nextInt(12), 1 + random.nextInt(28));
        p.birth = p.admitted.minusYears(19 + random.nextInt(25)).minusDays(random.nextInt(300));
        LocalDate full = p.admitted.plusYears(1).plusDays(random.nextInt(20));
        p.fullMember = full.isBefore(today) ? full : null;
        if (group == MemberGroup.COMMUNE_CIVIL_SERVANT || group == MemberGroup.NON_SPECIALISED_WORKER) {
            p.workplace = "UBND xã";
        }
        return p;
    }

    private MemberGroup pickGroup() {
        int roll = random.nextInt(1000);
        if (roll < 450) return MemberGroup.FARMER_OTHER;
        if (roll < 650) return MemberGroup.RETIRED;
        if (roll < 750) return MemberGroup.NON_SPECIALISED_WORKER;
        if (roll < 830) return MemberGroup.SOCIO_POLITICAL_ORGANISATION;
        if (roll < 900) return MemberGroup.COMMUNE_CIVIL_SERVANT;
        if (roll < 940) return MemberGroup.FATHERLAND_FRONT;
        if (roll < 960) return MemberGroup.ORGANISATION_CADRE;
        if (roll < 975) return MemberGroup.INSPECTION_CADRE;
        return MemberGroup.PROPAGANDA_CADRE;
    }

    private Unit unit(String code, String wanted, String kind, Unit parent) {
        long id = next("org_unit");
        String parentKey = parent == null ? "-" : String.valueOf(parent.id());
        String name = wanted;
        for (int n = 2; !siblingNames.add(parentKey + "/" + name.toLowerCase()); n++) {
            name = wanted + " " + n;
        }
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        row("org_unit", id, code, name, kind, parent == null ? null : parent.id(), path);
        return new Unit(id, code, name, path);
    }

    private long account(String username, String fullName, String role, Unit scope) {
        long id = next("app_user");
        row("app_user", id, username, passwordHash, fullName, role, scope.id());
        return id;
    }

    private long directive(Unit owner, String issuer) {
        long id = next("directive");
        row(
                "directive",
                id,
                id + "-CV/" + (owner.code().startsWith("T") ? "TU" : "HU"),
                LocalDate.of(year, 1, 5),
                issuer + " " + owner.name().replaceFirst("^\\S+ ", ""),
                "Chuyển sinh hoạt đảng viên là công an xã bán chuyên trách về chi bộ nơi cư trú");
        return id;
    }

    private String idNumber(Person p) {
        int century = p.birth.getYear() < 2000 ? 0 : 2;
        int sex = p.gender == Gender.MALE ? century : century + 1;
        return String.format(
                "%03d%d%02d%06d", 1 + (p.id / 1_000_000) % 96, sex, p.birth.getYear() % 100, p.id % 1_000_000);
    }

    private LocalDate dayInWindow() {
        int days = (int) (today.toEpochDay() - windowStart.toEpochDay()) - 10;
        return windowStart.plusDays(random.nextInt(Math.max(days, 1)));
    }

    private LocalDate dayOfYear(int y) {
        LocalDate start = LocalDate.of(y, 1, 1);
        int days = y == year ? Math.max(dayOfYear() - 1, 1) : start.lengthOfYear();
        return start.plusDays(random.nextInt(days));
    }

    private int dayOfYear() {
        return today.getDayOfYear();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(9, 0), OFFSET);
    }

    private String otherPlace() {
        return "Đảng bộ xã " + placeName(random.nextInt(10_000)) + ", tỉnh khác";
    }

    private static final String[] SYLLABLES = {
        "An", "Bình", "Hòa", "Phú", "Long", "Tân", "Thạnh", "Mỹ", "Hưng", "Phước", "Thới", "Lợi", "Thuận", "Đông",
        "Tây", "Nam", "Bắc", "Trung", "Hiệp", "Xuân", "Vĩnh", "Khánh", "Hội", "Sơn", "Hải", "Thành", "Lộc", "Quới"
    };

    /** A made-up two-syllable place name, the same for the same number. */
    private static String placeName(int n) {
        int a = Math.floorMod(n * 7 + 3, SYLLABLES.length);
        int b = Math.floorMod(n * 11 + n / SYLLABLES.length, SYLLABLES.length);
        return SYLLABLES[a] + " " + SYLLABLES[b == a ? (b + 1) % SYLLABLES.length : b];
    }

    private static String accountName(String code) {
        return code.toLowerCase().replace('-', '.');
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void file(Path directory, String table, String columns) {
        files.put(table, new CopyFile(directory, table, columns));
    }

    private void row(String table, Object... values) {
        files.get(table).row(values);
    }

    private long next(String table) {
        return ids.merge(table, 1L, Long::sum);
    }
}
