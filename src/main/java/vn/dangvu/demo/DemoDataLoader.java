package vn.dangvu.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DataLoading;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.db.DeploymentMode;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;

/**
 * Loads the Tân Hồng demo district once, into an empty database, in one transaction, through the same
 * services users call: the tree, the members in their agency branches as of 2018, their moves to the
 * hamlet/quarter branches where they live (January 2019, and the commune police in July 2021), their
 * branch work, the demo accounts, and then the reform of 1/7/2025 ({@link DemoReform}) unless
 * {@code dangvu.demo.reform} is false (the tests' fixture is the district as it stood before it). Until
 * it is done, sign-in answers that the data is loading ({@link DataLoading}).
 */
@Component
@Order(10)
@RequiredArgsConstructor
class DemoDataLoader implements ApplicationRunner, SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "dangvu123";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Positions at the commune, most senior first: position, group, commune committee member, key leader. */
    private record Post(String title, MemberGroup group, boolean committee, boolean keyLeader) {

        /** The post's roles in the commune's committee and among its key leaders. */
        List<CommitteeRole> roles() {
            List<CommitteeRole> roles = new ArrayList<>();
            if (committee) {
                roles.add(
                        title.startsWith("Bí thư Đảng ủy")
                                ? CommitteeRole.SECRETARY
                                : title.startsWith("Phó Bí thư")
                                        ? CommitteeRole.DEPUTY_SECRETARY
                                        : CommitteeRole.COMMITTEE_MEMBER);
            }
            if (keyLeader) {
                roles.add(CommitteeRole.KEY_LEADER);
            }
            return roles;
        }
    }

    /**
     * The members the district leaders' accounts stand for as liaisons (cấp ủy viên cấp trên dự sinh hoạt chi
     * bộ), chosen among the communes' committee posts in order, of the gender of the name given (none: any),
     * each with a seat on the district committee.
     */
    private record DistrictSeat(String account, String name, Gender gender, CommitteeRole role) {}

    private static final List<DistrictSeat> DISTRICT_SEATS = List.of(
            new DistrictSeat("lanhdao", null, null, CommitteeRole.DEPUTY_SECRETARY),
            new DistrictSeat("huyenuy.an", "Trần Văn An", Gender.MALE, CommitteeRole.COMMITTEE_MEMBER),
            new DistrictSeat("huyenuy.binh", "Lê Thị Bình", Gender.FEMALE, CommitteeRole.COMMITTEE_MEMBER));

    private static final List<Post> POSTS = List.of(
            new Post("Bí thư Đảng ủy", MemberGroup.ORGANISATION_CADRE, true, true),
            new Post("Phó Bí thư Thường trực Đảng ủy", MemberGroup.ORGANISATION_CADRE, true, true),
            new Post("Chủ tịch UBND", MemberGroup.COMMUNE_CIVIL_SERVANT, true, true),
            new Post("Chủ tịch HĐND", MemberGroup.COMMUNE_CIVIL_SERVANT, true, true),
            new Post("Chủ tịch UBMTTQ Việt Nam", MemberGroup.FATHERLAND_FRONT, true, true),
            new Post("Phó Chủ tịch UBND", MemberGroup.COMMUNE_CIVIL_SERVANT, true, false),
            new Post("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", MemberGroup.INSPECTION_CADRE, true, false),
            new Post("Chủ tịch Hội Nông dân", MemberGroup.SOCIO_POLITICAL_ORGANISATION, true, false),
            new Post("Chủ tịch Hội Liên hiệp Phụ nữ", MemberGroup.SOCIO_POLITICAL_ORGANISATION, true, false),
            new Post("Bí thư Đoàn Thanh niên", MemberGroup.SOCIO_POLITICAL_ORGANISATION, true, false),
            new Post("Chủ tịch Hội Cựu chiến binh", MemberGroup.SOCIO_POLITICAL_ORGANISATION, false, false),
            new Post("Cán bộ Văn phòng Đảng ủy", MemberGroup.ORGANISATION_CADRE, false, false),
            new Post("Cán bộ Tuyên giáo", MemberGroup.PROPAGANDA_CADRE, false, false),
            new Post("Phó Chủ tịch UBMTTQ Việt Nam", MemberGroup.FATHERLAND_FRONT, false, false),
            new Post("Công chức Tư pháp - Hộ tịch", MemberGroup.COMMUNE_CIVIL_SERVANT, false, false),
            new Post("Công chức Địa chính - Xây dựng", MemberGroup.COMMUNE_CIVIL_SERVANT, false, false),
            new Post("Công chức Văn hóa - Xã hội", MemberGroup.COMMUNE_CIVIL_SERVANT, false, false),
            new Post("Công chức Tài chính - Kế toán", MemberGroup.COMMUNE_CIVIL_SERVANT, false, false),
            new Post("Công chức Văn phòng - Thống kê", MemberGroup.COMMUNE_CIVIL_SERVANT, false, false));

    private final DeploymentMode mode;
    private final OrganisationService organisation;
    private final OrganisationLoader units;
    private final MemberLoader members;
    private final AccountLoader accounts;
    private final EvaluationLoader evaluations;
    private final DirectiveService directives;
    private final CampaignService campaigns;
    private final DemoBranchWork branchWork;
    private final DemoEngagement engagement;
    private final DemoDues dues;
    private final DemoNotices notices;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final DataLoading loading;
    private final DemoReform reform;

    /** Whether the demo lives through the reform of 1/7/2025 (off: the district as it stood before it). */
    @Value("${dangvu.demo.reform:true}")
    private final boolean reformed;

    private final vn.dangvu.member.MemberService memberService;

    /** Chi bộ Ấp Bình Thạnh, the demo branch whose members have their own accounts; set while loading. */
    private long binhThanhBranchId;

    /** This start loads the demo: the database is empty and demo mode is on. */
    private boolean due;

    /**
     * Decides whether this start loads the demo before the web server opens (it opens before application
     * runners run): from then until the load is done, sign-in says the data is loading.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!mode.demo()) {
            return;
        }
        List<UnitView> roots = organisation.roots();
        // after the reform the district lies under the province, the root
        if (roots.stream()
                .anyMatch(u ->
                        u.code().equals(DemoDistrict.DISTRICT_CODE) || u.code().equals(DemoReform.PROVINCE_CODE))) {
            log.info("Demo district already loaded");
        } else if (!roots.isEmpty()) {
            // Real data, e.g. restored from a backup into a new embedded database: never mix the demo in.
            log.warn(
                    "Demo mode is on, but the database holds '{}': the demo district is not loaded",
                    roots.get(0).name());
        } else {
            due = true;
            loading.begin();
            log.info("Loading the demo district Tân Hồng; sign-in waits until it is loaded");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!due) {
            return;
        }
        try {
            long started = System.currentTimeMillis();
            transaction.executeWithoutResult(status -> load());
            // Autovacuum analyzes the freshly written tables only a while later: until then the planner
            // takes them for empty and nests loops, and the district's branch-work view took 1-2 s a request
            // instead of 0.1 s (3-5 s on a loaded machine, e.g. for the tests that start on the demo).
            transaction.executeWithoutResult(
                    status -> entityManager.createNativeQuery("analyze").executeUpdate());
            log.info("Loaded the demo district Tân Hồng in {} ms", System.currentTimeMillis() - started);
        } finally {
            due = false;
            loading.end();
        }
    }

    private void load() {
        PeopleFactory people = new PeopleFactory(2018);
        UnitView district =
                units.registerRoot(DemoDistrict.DISTRICT_CODE, DemoDistrict.DISTRICT_NAME, UnitKind.DISTRICT);
        long staffId = accounts.createSystemAccount(
                "tochuc", DEMO_PASSWORD, "Ban Tổ chức Huyện ủy", Role.DISTRICT_STAFF, district.id());
        long leaderId = accounts.createSystemAccount(
                "lanhdao", DEMO_PASSWORD, "Thường trực Huyện ủy", Role.DISTRICT_LEADER, district.id());
        List<Long> communes = new ArrayList<>();
        Map<String, Long> communeByCode = new HashMap<>();
        Map<String, Long> securityByCode = new HashMap<>();
        List<Long> policeCommunes = new ArrayList<>();
        List<Long> agencies = new ArrayList<>();
        Map<String, Long> districtMembers = new HashMap<>();
        for (DemoDistrict.Commune spec : DemoDistrict.COMMUNES) {
            UnitView commune = loadCommune(district, spec, people, agencies, securityByCode, districtMembers);
            writeAndForget();
            communes.add(commune.id());
            communeByCode.put(spec.code(), commune.id());
            if (spec.police() > 0) {
                policeCommunes.add(commune.id());
            }
        }
        Actor staff = new Actor(
                staffId, "tochuc", "Ban Tổ chức Huyện ủy", Role.DISTRICT_STAFF, district.id(), district.path());
        replayCampaigns(staff, communes, policeCommunes, agencies);
        writeAndForget();
        branchWork.load(district, leaderId, districtMembers, LocalDate.now(), this::writeAndForget);
        engagement.load(staff, district, LocalDate.now());
        writeAndForget();
        dues.load(district, LocalDate.now());
        notices.load(district, LocalDate.now());
        loadMemberAccounts();
        if (reformed) {
            // last: every step before works on the district's tree of its own time, through its staff's scope
            writeAndForget();
            reform.replay(district, communeByCode, securityByCode);
        }
    }

    /**
     * The two waves of the report, through the services a user calls: 21-HD/BTCTU moved the agency
     * branches' members home and dissolved the branches by 20/01/2019; 314-CV/TU moved the non-regular
     * commune police in 2021.
     */
    private void replayCampaigns(Actor staff, List<Long> communes, List<Long> policeCommunes, List<Long> agencies) {
        long agencyWave = carryOut(
                staff,
                new DirectiveForm(
                        "21-HD/BTCTU",
                        LocalDate.of(2018, 11, 21),
                        "Ban Tổ chức Tỉnh ủy Đồng Tháp",
                        "Hướng dẫn một số nội dung về tiếp công dân, dự sinh hoạt chi bộ ấp, khóm và chuyển đảng viên công tác"
                                + " tại xã, phường, thị trấn về sinh hoạt đảng chi bộ ấp, khóm",
                        "Giải thể chi bộ cơ quan xã, thị trấn; chuyển đảng viên công tác tại xã, thị trấn về sinh hoạt đảng"
                                + " tại chi bộ ấp, khóm nơi cư trú sau khi hoàn thành kiểm điểm, đánh giá, xếp loại năm 2018."),
                directive -> new CampaignForm(
                        directive,
                        "Chuyển đảng viên chi bộ cơ quan xã, thị trấn về chi bộ ấp, khóm",
                        LocalDate.of(2019, 1, 20),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        communes),
                LocalDate.of(2019, 1, 7));
        for (int i = 0; i < agencies.size(); i++) {
            campaigns.dissolveAgency(
                    staff,
                    agencyWave,
                    agencies.get(i),
                    new DissolveForm(String.format("%02d-QĐ/ĐU", 100 + i), LocalDate.of(2019, 1, 8 + i)));
        }
        carryOut(
                staff,
                new DirectiveForm(
                        "314-CV/TU",
                        LocalDate.of(2021, 6, 23),
                        "Ban Thường vụ Tỉnh ủy Đồng Tháp",
                        "Về việc chuyển đảng viên là công an xã không chính quy về sinh hoạt đảng chi bộ ấp",
                        null),
                directive -> new CampaignForm(
                        directive,
                        "Chuyển đảng viên công an xã không chính quy về chi bộ ấp",
                        LocalDate.of(2021, 9, 30),
                        CohortKind.MEMBER_GROUP,
                        MemberGroup.NON_REGULAR_POLICE,
                        policeCommunes),
                LocalDate.of(2021, 7, 20));
    }

    /** A directive registered and its campaign proposed, approved and completed in full; the campaign's id. */
    private long carryOut(
            Actor staff, DirectiveForm directive, LongFunction<CampaignForm> campaign, LocalDate effectiveOn) {
        long id = campaigns.create(staff, campaign.apply(directives.register(staff, directive)));
        campaigns.proposeAll(staff, id);
        campaigns.approveAll(staff, id);
        campaigns.completeAll(staff, id, effectiveOn);
        return id;
    }

    private UnitView loadCommune(
            UnitView district,
            DemoDistrict.Commune spec,
            PeopleFactory people,
            List<Long> agencies,
            Map<String, Long> securityByCode,
            Map<String, Long> districtMembers) {
        String prefix = DemoDistrict.DISTRICT_CODE + "-" + spec.code();
        String communeName = (spec.town() ? "" : "Xã ") + spec.name();
        UnitView commune =
                units.registerChild(district.id(), prefix, communeName, spec.town() ? UnitKind.TOWN : UnitKind.COMMUNE);
        UnitView agency = units.registerChild(
                commune.id(), prefix + "-CQ", "Chi bộ Cơ quan " + (spec.town() ? "thị trấn" : "xã"), UnitKind.AGENCY);
        UnitView security = units.registerChild(
                commune.id(),
                prefix + "-QS",
                spec.town() ? "Chi bộ Quân sự thị trấn" : "Chi bộ Quân sự - Công an xã",
                UnitKind.OTHER);
        securityByCode.put(spec.code(), security.id());
        List<UnitView> hamlets = new ArrayList<>();
        for (int h = 0; h < spec.hamlets().size(); h++) {
            hamlets.add(units.registerChild(
                    commune.id(),
                    prefix + "-" + (spec.town() ? "K" : "A") + (h + 1),
                    "Chi bộ " + spec.hamlets().get(h),
                    spec.town() ? UnitKind.QUARTER : UnitKind.HAMLET));
        }

        // People who live and attend in their hamlet.
        for (UnitView hamlet : hamlets) {
            int residents = 10 + people.nextInt(12);
            for (int i = 0; i < residents; i++) {
                MemberGroup group = people.nextInt(10) < 7 ? MemberGroup.FARMER_OTHER : MemberGroup.RETIRED;
                String position = i == 0 ? "Bí thư chi bộ" : i == 1 ? "Trưởng " + hamletWord(spec) : null;
                register(people.person(group, position, 1975, 2023, hamlet.id(), hamlet.id()));
            }
        }
        for (int i = 0; i < 3 + people.nextInt(3); i++) {
            MemberForm soldier = people.person(
                    MemberGroup.FARMER_OTHER,
                    i == 0 ? "Chỉ huy trưởng Quân sự" : "Dân quân thường trực",
                    2000,
                    2022,
                    security.id(),
                    hamlets.get(people.nextInt(hamlets.size())).id());
            register(soldier);
        }

        // The agency branch as of 2018, its members rated for 2018 and living in the receiving hamlets.
        agencies.add(agency.id());
        for (int i = 0; i < spec.agencyMembers(); i++) {
            Post post = i < POSTS.size()
                    ? POSTS.get(i)
                    : new Post("Người hoạt động không chuyên trách", MemberGroup.NON_SPECIALISED_WORKER, false, false);
            UnitView home = hamlets.get(i % spec.receivingHamlets());
            MemberForm form = people.atWork(
                    people.person(post.group(), post.title(), 1990, 2017, agency.id(), home.id()),
                    "UBND " + communeName);
            DistrictSeat seat = post.committee() ? districtSeatFor(form, districtMembers) : null;
            if (seat != null && seat.name() != null) {
                form = PeopleFactory.named(form, seat.name());
            }
            long id = register(form);
            recordCommitteeTerms(id, form.admittedOn(), commune.id(), post);
            if (seat != null) {
                districtMembers.put(seat.account(), id);
                recordDistrictTerms(id, form.admittedOn(), district.id(), seat.role());
            }
            evaluations.recordRating(id, 2018, rating(people));
        }

        // The non-regular commune police, in the commune's security branch until 2021.
        for (int i = 0; i < spec.police(); i++) {
            UnitView home = hamlets.get(i % hamlets.size());
            MemberForm form = people.person(
                    MemberGroup.NON_REGULAR_POLICE,
                    i == 0 ? "Trưởng Công an xã" : "Công an viên",
                    2005,
                    2019,
                    security.id(),
                    home.id());
            evaluations.recordRating(register(form), 2020, rating(people));
        }

        if (spec.code().equals("TB")) {
            accounts.createSystemAccount(
                    "xa.thongbinh",
                    DEMO_PASSWORD,
                    "Văn phòng Đảng ủy xã Thông Bình",
                    Role.COMMUNE_OFFICIAL,
                    commune.id());
            binhThanhBranchId = hamlets.get(0).id();
            accounts.createSystemAccount(
                    "bithu",
                    DEMO_PASSWORD,
                    "Bí thư " + hamlets.get(0).name(),
                    Role.BRANCH_SECRETARY,
                    hamlets.get(0).id());
        } else if (spec.code().equals("THC")) {
            accounts.createSystemAccount(
                    "xa.tanhoco", DEMO_PASSWORD, "Văn phòng Đảng ủy xã Tân Hộ Cơ", Role.COMMUNE_OFFICIAL, commune.id());
        }
        return commune;
    }

    /** The demo branch Ấp Bình Thạnh's members' own accounts (issue 21), activated or waiting for a code. */
    static final String MEMBER_ACCOUNT = "dangvien";

    static final String WAITING_MEMBER_ACCOUNT = "kichhoat";

    /** The code of {@link #WAITING_MEMBER_ACCOUNT}, fixed so that the README can tell it. */
    static final String WAITING_CODE = "DANGVU2345";

    private void loadMemberAccounts() {
        List<Long> active = memberService.attending(List.of(binhThanhBranchId), null).stream()
                .filter(m -> m.status() == vn.dangvu.member.MemberStatus.ACTIVE)
                .map(vn.dangvu.member.MemberSummary::id)
                .sorted()
                .toList();
        // not the branch's first member, whom many tests take as "a member of the branch" and change
        accounts.createMemberAccount(MEMBER_ACCOUNT, active.get(1), DEMO_PASSWORD, null);
        accounts.createMemberAccount(WAITING_MEMBER_ACCOUNT, active.get(2), null, WAITING_CODE);
        writeAndForget();
    }

    /**
     * Writes what the services changed and empties the persistence context, so that a load of
     * thousands of rows in one transaction does not slow down as it grows.
     */
    private void writeAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    private static Rating rating(PeopleFactory people) {
        int roll = people.nextInt(100);
        return roll < 15 ? Rating.EXCELLENT : roll < 80 ? Rating.GOOD : Rating.PASS;
    }

    /**
     * A post's seats in the commune Party committee and as a key leader, for the 2015–2020 term (from the
     * congress of autumn 2015, or the member's admission if later) and the 2020–2025 term, still open: the
     * 2025 reform that ends the old communes' committees is replayed after this.
     */
    private void recordCommitteeTerms(long memberId, LocalDate admittedOn, long communeId, Post post) {
        LocalDate firstTerm = LocalDate.of(2015, 10, 1);
        LocalDate from = admittedOn.isAfter(firstTerm) ? admittedOn : firstTerm;
        for (CommitteeRole role : post.roles()) {
            members.recordCommitteePeriod(memberId, communeId, role, "2015–2020", from, LocalDate.of(2020, 9, 30));
            members.recordCommitteePeriod(memberId, communeId, role, "2020–2025", LocalDate.of(2020, 10, 1), null);
        }
    }

    /** The first district seat still to fill that this member fits, if any. */
    private static DistrictSeat districtSeatFor(MemberForm form, Map<String, Long> filled) {
        return DISTRICT_SEATS.stream()
                .filter(seat -> !filled.containsKey(seat.account()))
                .filter(seat -> seat.gender() == null || seat.gender() == form.gender())
                .findFirst()
                .orElse(null);
    }

    /**
     * A seat on the district committee, terms 2015–2020 and 2020–2025 (still open: the reform ends it with
     * the district), which makes the member a cấp ủy viên cấp trên of every branch of the district.
     */
    private void recordDistrictTerms(long memberId, LocalDate admittedOn, long districtId, CommitteeRole role) {
        LocalDate firstTerm = LocalDate.of(2015, 10, 1);
        LocalDate from = admittedOn.isAfter(firstTerm) ? admittedOn : firstTerm;
        members.recordCommitteePeriod(memberId, districtId, role, "2015–2020", from, LocalDate.of(2020, 9, 30));
        members.recordCommitteePeriod(memberId, districtId, role, "2020–2025", LocalDate.of(2020, 10, 1), null);
    }

    private long register(MemberForm form) {
        return members.register(form, form.admittedOn());
    }

    private static String hamletWord(DemoDistrict.Commune spec) {
        return spec.town() ? "khóm" : "ấp";
    }
}
