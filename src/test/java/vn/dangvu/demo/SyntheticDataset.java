package vn.dangvu.demo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangvu.account.domain.UserAccount;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.domain.AttendanceRecords;
import vn.dangvu.branchwork.domain.Duty;
import vn.dangvu.branchwork.domain.Liaison;
import vn.dangvu.branchwork.domain.Meeting;
import vn.dangvu.branchwork.domain.MeetingGuest;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.engagement.domain.Concern;
import vn.dangvu.engagement.domain.EngagementSession;
import vn.dangvu.engagement.domain.FollowUp;
import vn.dangvu.engagement.domain.Recognition;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.RatingPeriod;
import vn.dangvu.evaluation.domain.BranchRating;
import vn.dangvu.evaluation.domain.MemberRating;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LeftReason;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.PartyCardKind;
import vn.dangvu.member.domain.CommitteeMembership;
import vn.dangvu.member.domain.Member;
import vn.dangvu.member.domain.MembershipPeriod;
import vn.dangvu.member.domain.PartyCard;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.domain.OrgUnit;
import vn.dangvu.shared.Role;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.domain.Campaign;
import vn.dangvu.transfer.domain.CampaignMember;
import vn.dangvu.transfer.domain.Directive;
import vn.dangvu.transfer.domain.IncomingMember;
import vn.dangvu.transfer.domain.Transfer;

/**
 * Writes a synthetic Party organisation of a given {@link SyntheticScale} as COPY files, one commune at
 * a time (so that memory does not grow with the scale), and loads them in foreign-key order. Every row
 * is made the way the application makes it: by the entity's constructor and lifecycle methods (a
 * transfer proposed, approved and completed; a member who leaves; a concern forwarded and resolved),
 * from forms that pass the forms' validation, and attendance through {@link AttendanceRecords#stored}.
 * Only ids and the times of past steps are set by hand. Across rows it keeps what the services keep:
 * one open membership period per member, periods that follow the transfers, attendance only by those
 * attending the branch on the meeting's date, at most one open transfer per member.
 */
final class SyntheticDataset {

    static final String PASSWORD = "dangvu123";

    /**
     * The triggers on member that write rows of other tables, off while the members are copied in: a
     * member's Party card (V21), which the dataset holds already, and the members' search text by top unit
     * (V61), filled from the members in one statement afterwards ({@link #MEMBER_SEARCH}); and the one that looks up
     * a new member's top unit (V53), which the dataset writes itself ({@link #topUnits}).
     */
    private static final List<String> OFF_WHILE_LOADING = List.of(
            "tg_member_party_card", "tg_member_search_insert_delete", "tg_member_search_update", "tg_member_top_unit");

    private static final CopyTables.Derived MEMBER_SEARCH = new CopyTables.Derived(
            "member_search",
            "insert into member_search (member_id, top_unit_id, branch_id, status, member_group, admitted_on,"
                    + " full_member_on, sort_key, search_text)"
                    + " select id, top_unit_id, branch_id, status, member_group, admitted_on, full_member_on,"
                    + " sort_key, search_text from member where top_unit_id is not null"
                    // in the order of the text, as V63 writes them: a fragment's matches on neighbouring pages
                    + " order by search_text collate \"C\"");

    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
    private static final String STAFF = "tochuc";

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
        /** The commune whose committee a commune post sits on. */
        Long committeeUnit;

        Long residence;
        MemberStatus status = MemberStatus.ACTIVE;
        LeftReason leftReason;
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

    private record Unit(long id, String code, String name, OrgUnit entity) {}

    private final SyntheticScale scale;
    private final Random random;
    private final LocalDate today;
    private final int year;
    private final LocalDate windowStart;
    private final String passwordHash;
    private final Map<MemberGroup, List<Template>> templates;
    private final CopyTables tables;
    private final Validator validator;
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Set<String> siblingNames = new HashSet<>();
    /** Each unit's top unit, the first of its path, as V53's trigger would look it up for a member. */
    private final Map<Long, Long> topUnits = new HashMap<>();

    SyntheticDataset(
            SyntheticScale scale,
            long seed,
            LocalDate today,
            CopyTables tables,
            Validator validator,
            String passwordHash,
            Map<MemberGroup, List<Template>> templates) {
        this.scale = scale;
        this.random = new Random(seed);
        this.today = today;
        this.year = today.getYear();
        this.windowStart = LocalDate.of(year - scale.historyYears() + 1, 1, 1);
        this.passwordHash = passwordHash;
        this.templates = templates;
        this.tables = tables;
        this.validator = validator;
    }

    /** Writes every row, ending a part of the files where one may end: after a commune. */
    void generate() {
        if (scale.provinces() == 0) {
            Unit district = unit("H01", "Huyện Tổng Hợp", UnitKind.DISTRICT, null);
            topAccounts(district);
            long directive = directive(district, "Huyện ủy");
            district(district, directive);
            return;
        }
        for (int p = 1; p <= scale.provinces(); p++) {
            String code = String.format("T%02d", p);
            Unit province = unit(code, "Tỉnh " + placeName(p), UnitKind.PROVINCE, null);
            if (p == 1) {
                topAccounts(province);
            }
            account(code.toLowerCase() + ".tochuc", "Ban Tổ chức Tỉnh ủy", Role.DISTRICT_STAFF, province);
            account(code.toLowerCase() + ".lanhdao", "Thường trực Tỉnh ủy", Role.DISTRICT_LEADER, province);
            long directive = directive(province, "Tỉnh ủy");
            for (int d = 1; d <= scale.districtsPerProvince(); d++) {
                Unit district = unit(
                        code + String.format("-H%02d", d),
                        "Huyện " + placeName(p * 31 + d),
                        UnitKind.DISTRICT,
                        province);
                account(
                        accountName(district.code()) + ".tochuc",
                        "Ban Tổ chức Huyện ủy",
                        Role.DISTRICT_STAFF,
                        district);
                account(
                        accountName(district.code()) + ".lanhdao",
                        "Thường trực Huyện ủy",
                        Role.DISTRICT_LEADER,
                        district);
                district(district, directive);
            }
        }
    }

    /**
     * Writes every row ({@link #generate}) and loads the files as they are written, part after part, each
     * in an order that satisfies every foreign key, then moves the sequences on. The triggers that write
     * other tables' rows for each member are off while the members are copied in, as in a restore: five
     * million calls of the Party card's, one per member, took over four minutes of the nation's load.
     */
    Map<String, Long> writeAndLoad(Connection connection) throws SQLException, IOException {
        Map<String, Long> loaded;
        try (var statement = connection.createStatement()) {
            for (String trigger : OFF_WHILE_LOADING) {
                statement.execute("alter table member disable trigger " + trigger);
            }
            loaded = tables.load(connection, List.of(MEMBER_SEARCH), this::generate);
            for (String trigger : OFF_WHILE_LOADING) {
                statement.execute("alter table member enable trigger " + trigger);
            }
            for (String table : ids.keySet()) {
                statement.execute(
                        "select setval('" + table + "_seq', (select coalesce(max(id), 0) + 100 from " + table + "))");
            }
        }
        return loaded;
    }

    private void topAccounts(Unit root) {
        account(STAFF, "Ban Tổ chức", Role.DISTRICT_STAFF, root);
        account("lanhdao", "Thường trực", Role.DISTRICT_LEADER, root);
        // one account per simulated user, so that the benchmark's sessions are not one person's
        for (int i = 1; i <= SyntheticDataGenerator.BENCH_ACCOUNTS; i++) {
            account(SyntheticDataGenerator.benchAccount(STAFF, i), "Ban Tổ chức " + i, Role.DISTRICT_STAFF, root);
            account(SyntheticDataGenerator.benchAccount("lanhdao", i), "Thường trực " + i, Role.DISTRICT_LEADER, root);
        }
    }

    private void district(Unit district, long directive) {
        String prefix = accountName(district.code());
        List<Long> liaisons = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            liaisons.add(account(
                    prefix + ".uyvien" + i,
                    VietnameseNames.fullName(random, Gender.MALE),
                    Role.DISTRICT_LEADER,
                    district));
        }
        long campaign = next("campaign");
        tables.into("campaign")
                .from(new Campaign(
                        directive,
                        "Chuyển sinh hoạt đảng viên công an xã bán chuyên trách về chi bộ ấp, khóm — "
                                + district.name(),
                        LocalDate.of(year, 12, 31),
                        CohortKind.MEMBER_GROUP,
                        MemberGroup.NON_REGULAR_POLICE,
                        Set.of()))
                .set("id", campaign)
                .add();
        for (int c = 1; c <= scale.communesPerDistrict(); c++) {
            Unit commune = child(district, "X", c, "Xã ", 17, UnitKind.COMMUNE);
            tables.into("campaign_commune")
                    .set("campaign_id", campaign)
                    .set("commune_id", commune.id())
                    .add();
            account(accountName(commune.code()), "Đảng ủy " + commune.name(), Role.COMMUNE_OFFICIAL, commune);
            new CommuneWriter(commune, campaign, liaisons).write();
            tables.endPartIfFull();
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
            for (int b = 1; b <= scale.branchesPerCommune(); b++) {
                Unit hamlet = child(commune, "A", b, "Chi bộ Ấp ", 13, UnitKind.HAMLET);
                hamlets.add(hamlet);
                account(accountName(hamlet.code()), "Bí thư " + hamlet.name(), Role.BRANCH_SECRETARY, hamlet);
                tables.into("liaison")
                        .from(new Liaison(liaisons.get(b % liaisons.size()), hamlet.id(), null, windowStart, STAFF))
                        .set("id", next("liaison"))
                        .add();
            }
            police =
                    unit(commune.code() + "-QS", "Chi bộ Quân sự - Công an " + commune.name(), UnitKind.OTHER, commune);
            for (Unit hamlet : hamlets) {
                int size = scale.membersPerBranch() * 7 / 10 + random.nextInt(scale.membersPerBranch() * 6 / 10 + 1);
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
            for (int y = year - scale.ratedYears(); y < year; y++) {
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
                long transfer = transfer(within(p, origin.id(), hamlet.id(), null), Until.COMPLETED, on);
                p.stints.add(new Stint(origin.id(), p.admitted, on, null));
                p.stints.add(new Stint(hamlet.id(), on, null, transfer));
            } else if (roll < 90 && p.admitted.isBefore(windowStart)) {
                LocalDate on = dayInWindow();
                long transfer = transfer(incoming(p, hamlet.id()), Until.COMPLETED, on);
                p.stints.add(new Stint(hamlet.id(), on, null, transfer));
            } else {
                p.stints.add(new Stint(hamlet.id(), p.admitted, null, null));
            }
            if (roll >= 90 && roll < 100 && p.admitted.isBefore(windowStart)) {
                leave(p, hamlet, roll < 95);
            } else if (roll >= 100 && roll < 105) {
                openTransfer(p, hamlet);
            }
            if (p.status == MemberStatus.ACTIVE && p.birth.getYear() < 1952 && roll % 2 == 0) {
                p.status = MemberStatus.EXEMPT;
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
            CampaignMember cohort = new CampaignMember(campaign, p.id, police.id(), home.id());
            if (roll < 80) {
                LocalDate on = roll < 45 ? today.minusDays(1 + random.nextInt(Math.max(dayOfYear() - 15, 1))) : null;
                if (on != null && !on.isAfter(p.admitted)) {
                    on = null;
                }
                Until last = on != null ? Until.COMPLETED : roll < 65 ? Until.APPROVED : Until.PROPOSED;
                long transfer = transfer(within(p, police.id(), home.id(), campaign), last, on);
                cohort.proposedAs(transfer);
                if (on != null) {
                    p.stints.set(0, new Stint(police.id(), p.admitted, on, null));
                    p.stints.add(new Stint(home.id(), on, null, transfer));
                }
            }
            tables.into("campaign_member").from(cohort).set("id", entry).add();
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
            p.committeeUnit = commune.id();
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
            p.status = MemberStatus.LEFT;
            p.leftOn = on;
            p.leftReason = deceased ? LeftReason.DECEASED : LeftReason.TRANSFERRED_OUT;
            if (!deceased) {
                transfer(Transfer.out(p.id, hamlet.id(), otherPlace(), letter(null), STAFF), Until.COMPLETED, on);
            }
        }

        private void openTransfer(Person p, Unit hamlet) {
            Until last = random.nextBoolean() ? Until.PROPOSED : Until.APPROVED;
            transfer(within(p, hamlet.id(), otherHamlet(hamlet).id(), null), last, null);
        }

        private Transfer within(Person p, long from, long to, Long campaignId) {
            return Transfer.within(TransferKind.INTERNAL, p.id, from, to, campaignId, letter(campaignId), STAFF);
        }

        private Transfer incoming(Person p, long to) {
            Transfer in = Transfer.in(IncomingMember.of(form(p, to)), to, otherPlace(), letter(null), STAFF);
            in.registeredAs(p.id);
            return in;
        }

        /** The transfer taken up to its last step, with the times of its steps in the past. */
        private long transfer(Transfer transfer, Until last, LocalDate on) {
            long id = next("transfer");
            LocalDate created = (on != null ? on : today).minusDays(10 + random.nextInt(20));
            transfer.propose(STAFF);
            if (last != Until.PROPOSED) {
                transfer.approve(STAFF);
            }
            if (last == Until.COMPLETED) {
                transfer.complete(STAFF, on);
            }
            CopyFile.Row row = tables.into("transfer")
                    .from(transfer)
                    .set("id", id)
                    .set("letter_number", String.format("%d-GGT/HU", id))
                    .set("letter_date", created)
                    .set("created_at", at(created))
                    .set("proposed_at", at(created.plusDays(1)));
            if (last != Until.PROPOSED) {
                row.set("approved_at", at(created.plusDays(3)));
            }
            if (on != null) {
                row.set("completed_at", at(on));
            }
            row.add();
            return id;
        }

        /** The reason; the letter's number and date follow from the transfer's id and creation. */
        private Transfer.Letter letter(Long campaignId) {
            return new Transfer.Letter(
                    campaignId != null ? "Công văn chuyển sinh hoạt công an xã" : "Chuyển nơi cư trú", null, null);
        }

        private void writeMember(Person p) {
            MemberForm form = form(p, p.branch());
            Member member = Member.create(form, p.branch());
            if (p.status == MemberStatus.LEFT) {
                member.leave(p.leftReason, p.leftOn);
            }
            tables.into("member")
                    .from(member)
                    .set("id", p.id)
                    .set("top_unit_id", topUnits.get(p.branch()))
                    .add();
            if (member.getPartyCardNumber() != null) {
                // the card row V21's trigger records for a member registered with a number, which is off
                // while loading (see load)
                tables.into("party_card")
                        .from(PartyCard.issue(
                                p.id, PartyCardKind.RECORDED, member.getPartyCardNumber(), null, null, "register"))
                        .set("id", next("party_card"))
                        .add();
            }
            writeCommitteeSeats(p);
            for (Stint s : p.stints) {
                MembershipPeriod period = MembershipPeriod.open(p.id, s.branchId(), s.from(), s.transferId());
                if (s.to() != null) {
                    period.close(s.to());
                }
                tables.into("membership_period")
                        .from(period)
                        .set("id", next("membership_period"))
                        .add();
            }
        }

        /** A commune post's seat and key leadership for the 2020–2025 term, from its congress (or admission). */
        private void writeCommitteeSeats(Person p) {
            List<CommitteeRole> roles = new ArrayList<>();
            if (p.committee) {
                roles.add(CommitteeRole.COMMITTEE_MEMBER);
            }
            if (p.keyLeader) {
                roles.add(CommitteeRole.KEY_LEADER);
            }
            LocalDate congress = LocalDate.of(2020, 10, 1);
            LocalDate from = p.admitted.isAfter(congress) ? p.admitted : congress;
            for (CommitteeRole role : roles) {
                CommitteeMembership seat = CommitteeMembership.open(
                        p.id,
                        new CommitteeMembership.Values(p.committeeUnit, role, "2020–2025", from, null, null),
                        STAFF);
                tables.into("committee_membership")
                        .from(seat)
                        .set("id", next("committee_membership"))
                        .add();
            }
        }

        private void ratings(int y) {
            LocalDate end = LocalDate.of(y, 12, 31);
            for (Person p : people) {
                if (p.stintOn(end) == null || p.status == MemberStatus.EXEMPT) {
                    continue;
                }
                int roll = random.nextInt(100);
                Rating rating = roll < 15
                        ? Rating.EXCELLENT
                        : roll < 75
                                ? Rating.GOOD
                                : roll < 95 ? Rating.PASS : roll < 97 ? Rating.FAIL : Rating.NOT_RATED;
                String reason = rating == Rating.FAIL ? "Không hoàn thành nhiệm vụ được giao" : null;
                MemberRating stages = new MemberRating(p.id, y, RatingPeriod.Y, ruleBasis(y));
                stages.rateInBranch(rating, rating, rating, reason);
                stages.rateInCommune(rating, reason);
                tables.into("member_rating")
                        .from(stages)
                        .set("id", next("member_rating"))
                        .add();
            }
            for (Unit hamlet : hamlets) {
                BranchRating rating = new BranchRating(hamlet.id(), y, ruleBasis(y));
                rating.rate(random.nextInt(100) < 30 ? Rating.EXCELLENT : Rating.GOOD, null);
                tables.into("branch_rating")
                        .from(rating)
                        .set("id", next("branch_rating"))
                        .add();
            }
        }

        /** The rule of a year's ratings, as table rating_rule holds it (V35). */
        private static String ruleBasis(int y) {
            return y >= 2025 ? "366-QĐ/TW" : y >= 2023 ? "124-QĐ/TW" : y >= 2018 ? "132-QĐ/TW" : null;
        }

        private void duties(int y) {
            LocalDate assigned = LocalDate.of(y, 2, 1).isAfter(today) ? today : LocalDate.of(y, 2, 1);
            boolean current = y == year;
            for (Person p : people) {
                Stint stint = p.stintOn(assigned);
                if (stint == null || p.status == MemberStatus.EXEMPT || (current && random.nextInt(100) < 8)) {
                    continue;
                }
                List<Template> choices = templates.getOrDefault(p.group, List.of());
                if (choices.isEmpty()) {
                    continue;
                }
                Template t = choices.get(random.nextInt(choices.size()));
                int roll = random.nextInt(100);
                DutyStatus status = current
                        ? (roll < 40 ? DutyStatus.ASSIGNED : roll < 80 ? DutyStatus.IN_PROGRESS : DutyStatus.DONE)
                        : (roll < 88 ? DutyStatus.DONE : DutyStatus.NOT_DONE);
                Duty duty = new Duty(p.id, stint.branchId(), y, t.field(), t.title(), null, STAFF);
                duty.progress(status, status == DutyStatus.DONE ? "Đã thực hiện, báo cáo chi bộ" : null, null);
                tables.into("duty")
                        .from(duty)
                        .set("id", next("duty"))
                        .set("assigned_at", at(assigned))
                        .add();
            }
        }

        private void meetings(Unit branch) {
            List<Person> attending = people.stream()
                    .filter(p -> p.stints.stream().anyMatch(s -> s.branchId() == branch.id()))
                    .toList();
            Long liaison = branch == police ? null : liaisons.get(hamlets.indexOf(branch) % liaisons.size());
            for (LocalDate day = windowStart.withDayOfMonth(8); !day.isAfter(today); day = day.plusMonths(1)) {
                long meeting = next("meeting");
                MeetingForm form = valid(new MeetingForm(
                        day,
                        MeetingKind.REGULAR,
                        String.format("Sinh hoạt chi bộ định kỳ tháng %02d/%d", day.getMonthValue(), day.getYear()),
                        "Thống nhất nhiệm vụ tháng tới"));
                tables.into("meeting")
                        .from(new Meeting(branch.id(), form, accountName(branch.code())))
                        .set("id", meeting)
                        .add();
                for (Person p : attending) {
                    Stint s = p.stintOn(day);
                    if (s == null || s.branchId() != branch.id()) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    AttendanceStatus status = p.status == MemberStatus.EXEMPT
                            ? AttendanceStatus.EXEMPT
                            : roll < 88
                                    ? AttendanceStatus.PRESENT
                                    : roll < 96 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
                    AttendanceForm.Row row = AttendanceRecords.stored(new AttendanceForm.Row(
                            p.id,
                            status,
                            roll < 20,
                            roll < 14,
                            roll < 3,
                            // an absence with a reason has its reason, as the attendance form asks
                            status == AttendanceStatus.EXCUSED ? "Bận việc gia đình" : null));
                    tables.into("attendance")
                            .set("meeting_id", meeting)
                            .set("member_id", row.memberId())
                            .set("status", row.status())
                            .set("spoke", row.spoke())
                            .set("contributed", row.contributed())
                            .set("directing_tone", row.directingTone())
                            .set("note", row.note())
                            .add();
                }
                if (liaison != null && random.nextInt(4) == 0) {
                    tables.into("meeting_guest")
                            .from(new MeetingGuest(
                                    meeting,
                                    GuestKind.LIAISON,
                                    "Huyện ủy viên phụ trách",
                                    liaison,
                                    random.nextBoolean() ? "Chi bộ cần phân công nhiệm vụ cụ thể hơn" : null))
                            .set("id", next("meeting_guest"))
                            .add();
                }
            }
        }

        private void engagement() {
            for (int y = windowStart.getYear(); y <= year; y++) {
                for (Unit hamlet : hamlets) {
                    Person p = pick(people);
                    LocalDate decided = dayOfYear(y);
                    if (p.stintOn(decided) != null && p.stintOn(decided).branchId() == hamlet.id()) {
                        tables.into("recognition")
                                .from(new Recognition(
                                        RecognitionKind.COMMENDATION,
                                        p.id,
                                        hamlet.id(),
                                        decided,
                                        "Đảng ủy " + commune.name(),
                                        null,
                                        "Hoàn thành xuất sắc nhiệm vụ",
                                        STAFF))
                                .set("id", next("recognition"))
                                .add();
                    }
                    for (int i = 0; i < 3; i++) {
                        concern(hamlet, dayOfYear(y));
                    }
                }
                for (int i = 0; i < 5; i++) {
                    LocalDate held = dayOfYear(y);
                    long session = next("engagement_session");
                    tables.into("engagement_session")
                            .from(new EngagementSession(
                                    new EngagementSession.Held(
                                            i == 4 ? SessionKind.DIALOGUE : SessionKind.RECEPTION,
                                            commune.id(),
                                            held,
                                            i == 4 ? "Đối thoại với nhân dân năm " + y : "Tiếp công dân định kỳ",
                                            null,
                                            "Đường giao thông nông thôn; cấp giấy chứng nhận quyền sử dụng đất"),
                                    accountName(commune.code())))
                            .set("id", session)
                            .add();
                    for (int f = 0; f < 2; f++) {
                        LocalDate due = held.plusDays(30);
                        FollowUp followUp =
                                new FollowUp(session, "Trả lời kiến nghị của cử tri", "UBND " + commune.name(), due);
                        if (due.isBefore(today) && random.nextInt(4) > 0) {
                            followUp.done(
                                    due,
                                    accountName(commune.code()),
                                    at(min(due, today)).toInstant());
                        }
                        tables.into("follow_up")
                                .from(followUp)
                                .set("id", next("follow_up"))
                                .add();
                    }
                }
            }
        }

        private void concern(Unit hamlet, LocalDate raised) {
            int roll = random.nextInt(100);
            boolean old = raised.isBefore(today.minusDays(60));
            Concern concern = new Concern(
                    hamlet.id(),
                    null,
                    VietnameseNames.fullName(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                    "Kiến nghị sửa đường liên ấp",
                    null,
                    raised,
                    accountName(hamlet.code()));
            if (!old && roll >= 70) {
                // still open
            } else if (!old && roll >= 40) {
                concern.forward(
                        min(raised.plusDays(3), today),
                        accountName(hamlet.code()),
                        at(min(raised.plusDays(3), today)).toInstant());
            } else {
                concern.forward(
                        min(raised.plusDays(3), today),
                        accountName(hamlet.code()),
                        at(min(raised.plusDays(3), today)).toInstant());
                concern.resolve(
                        min(raised.plusDays(20), today),
                        "Đã đưa vào kế hoạch sửa chữa",
                        accountName(hamlet.code()),
                        at(min(raised.plusDays(20), today)).toInstant());
            }
            tables.into("concern").from(concern).set("id", next("concern")).add();
        }

        private Unit otherHamlet(Unit hamlet) {
            Unit other = pick(hamlets);
            return other.id() == hamlet.id() ? hamlets.get((hamlets.indexOf(hamlet) + 1) % hamlets.size()) : other;
        }
    }

    /** The last step a transfer is taken to. */
    private enum Until {
        PROPOSED,
        APPROVED,
        COMPLETED
    }

    /** The member form a user would have typed for this person, checked as the form checks it. */
    private MemberForm form(Person p, long branchId) {
        return valid(new MemberForm(
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
                branchId,
                null,
                p.residence,
                p.status == MemberStatus.EXEMPT ? MemberStatus.EXEMPT : MemberStatus.ACTIVE,
                null));
    }

    private <T> T valid(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("A generated " + form.getClass().getSimpleName() + " breaks its rules: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        return form;
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

    private Unit unit(String code, String wanted, UnitKind kind, Unit parent) {
        long id = next("org_unit");
        String parentKey = parent == null ? "-" : String.valueOf(parent.id());
        String name = wanted;
        for (int n = 2; !siblingNames.add(parentKey + "/" + name.toLowerCase()); n++) {
            name = wanted + " " + n;
        }
        LevelRole level = LevelRole.usualFor(kind);
        OrgUnit unit = OrgUnit.create(id, code, name, kind, level, parent == null ? null : parent.entity());
        tables.into("org_unit").from(unit).add();
        topUnits.put(id, Long.valueOf(unit.getPath().split("/")[1]));
        // its only version, since before the records (V14)
        tables.into("org_unit_version")
                .set("id", next("org_unit_version"))
                .set("unit_id", id)
                .set("name", name)
                .set("kind", kind.name())
                .set("parent_id", parent == null ? null : parent.id())
                .set("path", unit.getPath())
                .set("level_role", level.name())
                .set("status", "ACTIVE")
                .add();
        return new Unit(id, code, name, unit);
    }

    /** The n-th unit of a kind under a parent: code "PARENT-X07", a place name that depends on both. */
    private Unit child(Unit parent, String letter, int n, String title, int spread, UnitKind kind) {
        return unit(
                parent.code() + String.format("-%s%02d", letter, n),
                title + placeName((int) parent.id() * spread + n),
                kind,
                parent);
    }

    private long account(String username, String fullName, Role role, Unit scope) {
        long id = next("app_user");
        tables.into("app_user")
                .from(new UserAccount(username, passwordHash, fullName, role, scope.id()))
                .set("id", id)
                .add();
        return id;
    }

    private long directive(Unit owner, String issuer) {
        long id = next("directive");
        DirectiveForm form = valid(new DirectiveForm(
                id + "-CV/" + (owner.code().startsWith("T") ? "TU" : "HU"),
                LocalDate.of(year, 1, 5),
                issuer + " " + owner.name().replaceFirst("^\\S+ ", ""),
                "Chuyển sinh hoạt đảng viên là công an xã bán chuyên trách về chi bộ nơi cư trú",
                null));
        tables.into("directive").from(new Directive(form)).set("id", id).add();
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

    private long next(String table) {
        return ids.merge(table, 1L, Long::sum);
    }
}
