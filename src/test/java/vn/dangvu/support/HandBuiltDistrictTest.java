package vn.dangvu.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.Reorganiser;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;

/**
 * A {@link DemoDistrictTest} on a district built by hand under the demo root before each test, so that
 * tests of unit history and of the 2025 reform read figures they wrote themselves: {@code Huyện <place> n}
 * (code {@code <code>n}) with communes Xã A, Xã B and Xã C, and one hamlet branch under each (Chi bộ Ấp A1,
 * B1, C1). {@link #addFourMembers()} adds members since 2010; {@link #reform()} plays the reform of 1/7/2025 as
 * the real one went: a new province {@code Đảng bộ tỉnh <place> n}, A and B merged into Xã Hợp Nhất under
 * it, C moved under it, the district ended. Decisions are issued by {@code Tỉnh ủy <place>}.
 */
public abstract class HandBuiltDistrictTest extends DemoDistrictTest {

    protected static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    protected OrganisationLoader loader;

    @Autowired
    protected OrganisationService organisation;

    @Autowired
    protected Reorganiser reorganiser;

    private final String code;
    private final String place;

    /** This test's serial, in the district's name and code (codes of units a test adds: its own prefix + n). */
    protected int n;

    protected UnitView district;
    protected UnitView a;
    protected UnitView b;
    protected UnitView c;
    protected UnitView a1;
    protected UnitView b1;
    protected UnitView c1;

    /** After {@link #addFourMembers()}: the four members' ids. */
    protected List<Long> members;

    /** After {@link #reform()}: the new province and the commune A and B merged into, as they stand now. */
    protected UnitView province;

    protected UnitView merged;

    /** {@code code}: a prefix no other test uses for unit codes; {@code place}: the district's name. */
    protected HandBuiltDistrictTest(String code, String place) {
        this.code = code;
        this.place = place;
    }

    @BeforeEach
    void buildTheDistrict() {
        n = SERIAL.incrementAndGet();
        district = loader.registerChild(demo.unit("TH"), code + n, "Huyện " + place + " " + n, UnitKind.DISTRICT);
        a = loader.registerChild(district.id(), code + n + "-A", "Xã A", UnitKind.COMMUNE);
        b = loader.registerChild(district.id(), code + n + "-B", "Xã B", UnitKind.COMMUNE);
        c = loader.registerChild(district.id(), code + n + "-C", "Xã C", UnitKind.COMMUNE);
        a1 = loader.registerChild(a.id(), code + n + "-A1", "Chi bộ Ấp A1", UnitKind.HAMLET);
        b1 = loader.registerChild(b.id(), code + n + "-B1", "Chi bộ Ấp B1", UnitKind.HAMLET);
        c1 = loader.registerChild(c.id(), code + n + "-C1", "Chi bộ Ấp C1", UnitKind.HAMLET);
    }

    /**
     * Four members attending and living in the hamlet branches since 2010, two in A1, one in B1 and one in
     * C1, kept in {@link #members}.
     */
    protected void addFourMembers() {
        members = List.of(
                fixtures.member("Nguyễn Văn Một", a1, a1, null),
                fixtures.member("Trần Thị Hai", a1, a1, null),
                fixtures.member("Lê Văn Ba", b1, b1, null),
                fixtures.member("Phạm Thị Bốn", c1, c1, null));
    }

    /** The membership periods of {@link #members}, one line each: member, branch, start and end. */
    protected List<String> periods() {
        return jdbc.sql(
                        "select member_id || ':' || branch_id || ':' || started_on || ':' || coalesce(ended_on::text, '-')"
                                + " from membership_period where member_id in (:members) order by member_id, started_on")
                .param("members", members)
                .query(String.class)
                .list();
    }

    /** A change on {@code day} by decision {@code number} of the province committee. */
    protected Reorganiser.Step on(LocalDate day, String number) {
        return new Reorganiser.Step(day, new Decision(number, day, "Tỉnh ủy " + place), null);
    }

    /** The reform of 1/7/2025 by decision 1-QĐ/TU; sets {@link #province} and {@link #merged}. */
    protected void reform() {
        Reorganiser.Step step = on(REFORM, "1-QĐ/TU");
        UnitView newProvince = reorganiser.establish(
                staff,
                step,
                code + "P" + n,
                "Đảng bộ tỉnh " + place + " " + n,
                UnitKind.PROVINCE,
                LevelRole.PROVINCE,
                demo.unit("TH"));
        UnitView newCommune = reorganiser.establish(
                staff,
                step,
                code + "P" + n + "-N",
                "Xã Hợp Nhất",
                UnitKind.COMMUNE,
                LevelRole.GRASSROOTS,
                newProvince.id());
        reorganiser.merge(staff, step, List.of(a.id(), b.id()), newCommune.id());
        reorganiser.move(staff, step, c.id(), newProvince.id());
        reorganiser.end(staff, step, district.id(), newProvince.id());
        province = organisation.find(newProvince.id()).orElseThrow();
        merged = organisation.find(newCommune.id()).orElseThrow();
    }
}
