package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MembershipChanges;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * Tăng, giảm đảng viên of a commune built by hand for 2024: who was there on 31/12/2023, who came, who
 * went and why, who is there on 31/12/2024. The expected table is written out below, member by member.
 */
@IntegrationTest
class MemberChangesTests extends DemoDistrictTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

    @Autowired
    ReportService reports;

    @Autowired
    MemberLoader loader;

    @Autowired
    MemberService members;

    @Autowired
    AccountLoader accounts;

    Fixtures.Commune c;
    Fixtures.Commune d;
    String official;

    /*
     * Commune C (agency CQ, hamlets A1 and A2) and commune D (hamlet D1), members by number:
     *  1 A1 since 2010, stays                          opening, closing
     *  2 CQ since 2010, moved to A2 on 01/03/2024      opening, closing (internal: neither)
     *  3 admitted and joined A1 on 15/04/2024          admitted, closing
     *  4 admitted 10/02/2023, full member 10/02/2024   opening, recognised, closing
     *  5 D1 since 2010, moved to A2 on 01/06/2024      C: transferred in, closing; D: opening, transferred out
     *  6 A1 since 2010, moved to D1 on 01/07/2024      C: opening, transferred out; D: transferred in, closing
     *  7 A2 since 2010, transferred out of the tree 01/08/2024   opening, transferred out
     *  8 A1 since 2010, died 05/09/2024                opening, died
     *  9 A1 since 2010, removed (xóa tên) 10/10/2024   opening, removed
     * 10 A2 since 2010, resigned (xin ra) 11/11/2024   opening, resigned
     * 11 A2 since 2010, expelled (khai trừ) 12/12/2024 opening, expelled
     * 12 A1 since 2010, died 20/12/2023                nothing
     * 13 admitted 2005, joins A1 on 15/01/2025         nothing
     * 14 admitted 2000, recorded in A2 on 01/05/2024 without a transfer: other increase, closing
     * 15 came by a transfer from outside the tree into A1 on 01/09/2024: transferred in, closing
     * 16 D1 since 2010, stays                          D: opening, closing
     */
    @BeforeEach
    void buildTwoCommunes() {
        c = fixtures.commune(2);
        d = fixtures.commune(1);
        UnitView a1 = c.hamlet(0);
        UnitView a2 = c.hamlet(1);
        UnitView d1 = d.hamlet(0);
        member("Một", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO);
        long two = member("Hai", c.agency(), LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO);
        members.moveToBranch(two, a2.id(), LocalDate.of(2024, 3, 1), null);
        LocalDate admitted = LocalDate.of(2024, 4, 15);
        member("Ba", a1, admitted, null, admitted);
        LocalDate admitted4 = LocalDate.of(2023, 2, 10);
        member("Bốn", a1, admitted4, LocalDate.of(2024, 2, 10), admitted4);
        long five = member("Năm", d1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO);
        members.moveToBranch(five, a2.id(), LocalDate.of(2024, 6, 1), null);
        long six = member("Sáu", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO);
        members.moveToBranch(six, d1.id(), LocalDate.of(2024, 7, 1), null);
        long seven = member("Bảy", a2, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO);
        members.transferOut(seven, LocalDate.of(2024, 8, 1));
        leave(member("Tám", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO), "DECEASED", 2024, 9, 5);
        leave(
                member("Chín", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO),
                "REMOVED",
                2024,
                10,
                10);
        leave(
                member("Mười", a2, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO),
                "RESIGNED",
                2024,
                11,
                11);
        leave(
                member("Mười Một", a2, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO),
                "EXPELLED",
                2024,
                12,
                12);
        leave(
                member("Mười Hai", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO),
                "DECEASED",
                2023,
                12,
                20);
        member("Mười Ba", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LocalDate.of(2025, 1, 15));
        member("Mười Bốn", a2, LocalDate.of(2000, 6, 7), LocalDate.of(2001, 6, 7), LocalDate.of(2024, 5, 1));
        long incoming =
                jdbc.sql("select nextval('transfer_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into transfer (id, kind, direction, to_branch_id, other_organisation, reason, state,
                                              created_by, created_at, effective_on, in_full_name)
                        values (?, 'OFFICIAL', 'IN', ?, 'Đảng bộ xã X, tỉnh Y', 'Chuyển nơi ở', 'COMPLETED',
                                'tochuc', ?, ?, 'Đảng Viên Mười Lăm')""")
                .params(incoming, a1.id(), Timestamp.from(Instant.now()), LocalDate.of(2024, 9, 1))
                .update();
        members.register(
                form("Mười Lăm", a1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LocalDate.of(2024, 9, 1)),
                LocalDate.of(2024, 9, 1),
                incoming);
        member("Mười Sáu", d1, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), LONG_AGO);

        official = "xa.tanggiam" + SERIAL.incrementAndGet();
        accounts.createSystemAccount(
                official,
                "mat-khau-123",
                "Cán bộ xã",
                Role.COMMUNE_OFFICIAL,
                c.commune().id());
    }

    @Test
    void shouldCountTheCommuneOf2024ByHandAndAddUp() {
        Summary summary = reports.summary(users.actor(official), FROM, TO);

        assertThat(summary.memberChanges().from()).isEqualTo(FROM);
        assertThat(summary.memberChanges().to()).isEqualTo(TO);
        assertThat(summary.memberChanges().rows()).singleElement().satisfies(row -> {
            assertThat(row.whole()).isTrue();
            assertThat(row.unitId()).isEqualTo(c.commune().id());
            // opening 9 (1, 2, 4, 6, 7, 8, 9, 10, 11) + in 4 (3; 5, 15; 14) − out 6 (6, 7; 9; 10; 11; 8) = 7
            assertThat(figures(row)).containsExactly(9L, 1L, 2L, 1L, 2L, 1L, 1L, 1L, 1L, 0L, 7L, 1L);
            assertThat(row.opening() + row.increases() - row.decreases()).isEqualTo(row.closing());
        });
    }

    @Test
    void shouldCountEachCommuneOfTheDistrictForItself() {
        Summary summary = reports.summary(users.actor("tochuc"), FROM, TO);

        List<MembershipChanges.Row> rows = summary.memberChanges().rows();
        assertThat(rows.get(0).whole()).isTrue();
        assertThat(rows.stream().filter(r -> r.unitId() == c.commune().id()))
                .singleElement()
                .satisfies(row ->
                        assertThat(figures(row)).containsExactly(9L, 1L, 2L, 1L, 2L, 1L, 1L, 1L, 1L, 0L, 7L, 1L));
        // D: 5 and 16 at the start; 6 came, 5 went; 6 and 16 at the end
        assertThat(rows.stream().filter(r -> r.unitId() == d.commune().id()))
                .singleElement()
                .satisfies(row ->
                        assertThat(figures(row)).containsExactly(2L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 2L, 0L));
        // the moves between C and D are inside the district: for it, only 7 (out of the tree) and 15 (in) crossed
        for (MembershipChanges.Row row : rows) {
            assertThat(row.opening() + row.increases() - row.decreases())
                    .as(row.name())
                    .isEqualTo(row.closing());
        }
    }

    @Test
    void shouldCountHalfTheYearAsOfItsLastDay() {
        Summary summary = reports.summary(users.actor(official), FROM, LocalDate.of(2024, 6, 30));

        // by 30/06: 3 admitted, 5 came from D, 14 recorded; nobody went: 9 + 3 = 12
        assertThat(summary.memberChanges().rows())
                .singleElement()
                .satisfies(row ->
                        assertThat(figures(row)).containsExactly(9L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 12L, 1L));
    }

    @Test
    void shouldShowTheTableAndWriteItsSheet() throws Exception {
        MvcResult page = mvc.perform(get("/reports/summary")
                        .param("asOf", "31/12/2024")
                        .param("from", "01/01/2024")
                        .with(users.as(official)))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Tăng, giảm đảng viên từ 01/01/2024 đến 31/12/2024")
                .contains("Công nhận chính thức");

        MvcResult file = mvc.perform(get("/reports/summary.xlsx")
                        .param("asOf", "31/12/2024")
                        .param("from", "01/01/2024")
                        .with(users.as(official)))
                .andReturn();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Row header = book.getSheet("Tăng, giảm đảng viên").getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Cuối kỳ");
            Row row = book.getSheet("Tăng, giảm đảng viên").getRow(3);
            assertThat(row.getCell(0).getStringCellValue())
                    .isEqualTo(c.commune().name());
            List<Long> cells = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                Cell cell = row.getCell(i);
                cells.add((long) cell.getNumericCellValue());
            }
            assertThat(cells).containsExactly(9L, 1L, 2L, 1L, 2L, 1L, 1L, 1L, 1L, 0L, 7L, 1L);
        }
    }

    @Test
    void shouldCountFromTheFirstOfTheYearWhenTheStartCannotBeUsed() throws Exception {
        MvcResult page = mvc.perform(get("/reports/summary")
                        .param("asOf", "30/06/2024")
                        .param("from", "01/07/2024")
                        .with(users.as(official)))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        Periods.AsOf from = (Periods.AsOf) page.getModelAndView().getModel().get("fromInput");
        assertThat(from.date()).isEqualTo(FROM);
        assertThat(from.problem().key()).isEqualTo("period.start.afterEnd");
        assertThat(page.getResponse().getContentAsString())
                .contains("Ngày 01/07/2024 ở sau ngày cuối kỳ 30/06/2024.")
                .contains("Tăng, giảm đảng viên dưới đây tính từ ngày 01/01/2024.");
    }

    /** Opening, admitted, transferred in, other in, transferred out, removed, resigned, expelled, died, other out, closing, recognised. */
    private static List<Long> figures(MembershipChanges.Row r) {
        return List.of(
                r.opening(),
                r.admitted(),
                r.transferredIn(),
                r.otherIn(),
                r.transferredOut(),
                r.removed(),
                r.resigned(),
                r.expelled(),
                r.died(),
                r.otherOut(),
                r.closing(),
                r.recognised());
    }

    private long member(String name, UnitView branch, LocalDate admitted, LocalDate full, LocalDate joined) {
        return loader.register(form(name, branch, admitted, full, joined), joined);
    }

    private static MemberForm form(String name, UnitView branch, LocalDate admitted, LocalDate full, LocalDate joined) {
        MemberForm base = MemberForms.form("Đảng Viên " + name, branch.id());
        return new MemberForm(
                base.fullName(),
                LocalDate.of(1970, 1, 1),
                base.gender(),
                base.idNumber(),
                null,
                admitted,
                full,
                base.group(),
                base.position(),
                base.workplace(),
                branch.id(),
                joined,
                null,
                base.status(),
                null);
    }

    /** A member leaves on a day, as the leaving procedure records it: the open period closes, the member is LEFT. */
    private void leave(long member, String reason, int year, int month, int day) {
        LocalDate on = LocalDate.of(year, month, day);
        jdbc.sql("update membership_period set ended_on = ? where member_id = ? and ended_on is null")
                .params(on, member)
                .update();
        jdbc.sql("update member set status = 'LEFT', left_reason = ?, left_on = ? where id = ?")
                .params(reason, on, member)
                .update();
    }
}
