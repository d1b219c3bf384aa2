package vn.dangvu.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Violation;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * Dues on a hand-built commune of the demo district: amounts under the 2010 and 2026 rules at their
 * boundary, partial and advance payments, every bad value at once, arrears as of days, and what was
 * collected as the sum of what members paid. Expected amounts are written out by hand.
 */
@IntegrationTest
class DuesServiceTests extends DemoDistrictTest {

    static final String RULE_2010 = "Quyết định 342-QĐ/TW (28/12/2010)";
    static final String RULE_2026 = "Quy định 01-QĐ/TW (03/02/2026)";

    @Autowired
    DuesService dues;

    @Autowired
    DuesReports reports;

    Fixtures.Commune commune;
    long hamlet;
    long an;
    long binh;
    long chi;

    @BeforeEach
    void setUp() {
        commune = fixtures.commune(1);
        hamlet = commune.hamlet(0).id();
        // listed in Vietnamese name order: by given name, so An, Bình, Chi
        an = fixtures.member("Lê Văn An", commune.hamlet(0), commune.hamlet(0), null);
        binh = fixtures.member("Trần Thị Bình", commune.hamlet(0), commune.hamlet(0), null);
        chi = fixtures.member("Phạm Minh Chi", commune.hamlet(0), commune.hamlet(0), null);
    }

    @Test
    void shouldComputeDuesUnderTheRuleOfEachMonthAtTheBoundary() {
        dues.assign(staff, an, new AssignmentForm("SALARY", "7.345.678", 0, "12/2025", ""));
        dues.assign(staff, binh, new AssignmentForm("PENSION", "4.321.099", 0, "12/2025", ""));
        dues.assign(staff, chi, new AssignmentForm("STUDENT", "", 0, "12/2025", ""));

        Map<Long, MonthLine> january = lines(YearMonth.of(2026, 1));
        // 1% of 7,345,678 = 73,456.78; 0.5% of 4,321,099 = 21,605.495
        assertThat(january.get(an).due()).isEqualTo(73_457L);
        assertThat(january.get(an).rule()).isEqualTo(RULE_2010);
        assertThat(january.get(binh).due()).isEqualTo(21_605L);
        assertThat(january.get(binh).rule()).isEqualTo(RULE_2010);
        assertThat(january.get(chi).due())
                .as("the 2010 amount for students was not seeded")
                .isNull();

        Map<Long, MonthLine> february = lines(YearMonth.of(2026, 2));
        assertThat(february.get(an).due()).isEqualTo(73_457L);
        assertThat(february.get(an).rule()).isEqualTo(RULE_2026);
        assertThat(february.get(binh).due()).isEqualTo(21_605L);
        assertThat(february.get(chi).due()).isEqualTo(5_000L);
        assertThat(february.get(chi).rule()).isEqualTo(RULE_2026);

        // staff enter the 2010 amount for students later (3,000 đ here, an example): it fills the time
        // before the 2026 rate, so January follows it and February does not
        dues.addRate(
                staff, new RateForm("STUDENT", RULE_2010, RateKind.AMOUNT, "3.000", LocalDate.of(2011, 1, 1), null));
        assertThat(lines(YearMonth.of(2026, 1)).get(chi).due()).isEqualTo(3_000L);
        assertThat(lines(YearMonth.of(2026, 2)).get(chi).due()).isEqualTo(5_000L);
        assertThat(jdbc.sql("select valid_to from dues_rate where category = 'STUDENT' and valid_from = ?")
                        .param(LocalDate.of(2011, 1, 1))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void shouldTakeAHardshipReductionForItsMonthsOnly() {
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 30, "03/2026", "05/2026"));
        assertThat(lines(YearMonth.of(2026, 3)).get(an).due()).isEqualTo(17_500L);
        assertThat(lines(YearMonth.of(2026, 5)).get(an).due()).isEqualTo(17_500L);
        assertThat(lines(YearMonth.of(2026, 6)).get(an).due()).isEqualTo(25_000L);
        assertThatThrownBy(() ->
                        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.500.000", 50, "01/2026", "01/2027")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(fields(e)).containsExactly("toMonth"));
    }

    @Test
    void shouldRecordPartialAndAdvancePayments() {
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        save(YearMonth.of(2026, 3), "05/03/2026", row(an, "10.000"));
        MonthLine march = lines(YearMonth.of(2026, 3)).get(an);
        assertThat(march.paid()).isEqualTo(10_000);
        assertThat(march.remaining()).isEqualTo(15_000);
        assertThat(march.partial()).isTrue();

        // 90,000: the 15,000 March still owes, then April, May and June ahead
        save(YearMonth.of(2026, 3), "06/03/2026", row(an, "90.000"));
        assertThat(ledger(an))
                .containsExactly(
                        "03/2026 10000 05/03/2026",
                        "03/2026 15000 06/03/2026",
                        "04/2026 25000 06/03/2026",
                        "05/2026 25000 06/03/2026",
                        "06/2026 25000 06/03/2026");
        assertThat(dues.paidThrough(an, LocalDate.of(2026, 3, 31)))
                .as("January is unpaid")
                .isEmpty();

        save(YearMonth.of(2026, 1), "07/03/2026", row(an, "50.000"));
        assertThat(dues.paidThrough(an, LocalDate.of(2026, 3, 31))).contains(YearMonth.of(2026, 6));
        assertThat(dues.paidThrough(an, LocalDate.of(2026, 3, 6)))
                .as("as of the day before, January and February were not yet paid")
                .isEmpty();
        assertThat(dues.paidThrough(binh, LocalDate.of(2026, 3, 31)))
                .as("no category: the letter leaves the blank to fill by hand")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'MEMBER' and entity_id = ?"
                                + " and action = 'DUES_PAID'")
                        .param(an)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void shouldReportEveryBadValueAtOnceAndWriteNothing() {
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        MonthForm form = new MonthForm(
                "31/02/2026",
                List.of(
                        new MonthForm.Row(an, true, "abc", "CASH", ""),
                        new MonthForm.Row(chi, true, "5.000", "CASH", ""),
                        new MonthForm.Row(binh, true, "25.000", "ONLINE", " ")));
        assertThatThrownBy(() -> dues.saveMonth(staff, hamlet, YearMonth.of(2026, 3), form))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(fields(e))
                                .containsExactlyInAnyOrder(
                                        "paidOn", "rows[0].amount", "rows[1].amount", "rows[2].reference"));
        assertThat(payments()).isZero();

        MonthForm tooMuch = new MonthForm("05/03/2026", List.of(new MonthForm.Row(an, true, "10.000.000", "CASH", "")));
        assertThatThrownBy(() -> dues.saveMonth(staff, hamlet, YearMonth.of(2026, 3), tooMuch))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.all().get(0).messageKey()).isEqualTo("dues.row.tooMuch");
                    // March to March 2028: 25 months of 25,000
                    assertThat(e.all().get(0).arguments()).containsExactly("Lê Văn An", 625_000L);
                });
        assertThat(payments()).isZero();
    }

    @Test
    void shouldCountArrearsAsOfADay() {
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        save(YearMonth.of(2026, 1), "10/02/2026", row(an, "25.000"));
        save(YearMonth.of(2026, 1), "10/01/2026", row(binh, "125.000"));
        long communeId = commune.commune().id();

        assertThat(arrears(communeId, "01/02/2026")).containsExactly("Lê Văn An [01/2026] 25000 1");
        assertThat(arrears(communeId, "15/03/2026")).containsExactly("Lê Văn An [02/2026] 25000 1");
        assertThat(arrears(communeId, "15/05/2026")).containsExactly("Lê Văn An [02/2026, 03/2026, 04/2026] 75000 3");
        assertThat(arrears(communeId, "15/07/2026"))
                .containsExactly(
                        "Lê Văn An [02/2026, 03/2026, 04/2026, 05/2026, 06/2026] 125000 5",
                        "Trần Thị Bình [06/2026] 25000 1");

        var onGround = reports.arrears(staff, communeId, LocalDate.of(2026, 7, 15), true, 0);
        assertThat(onGround.page().items())
                .extracting(DuesPages.ArrearsRow::fullName)
                .containsExactly("Lê Văn An");
        assertThat(onGround.members()).isEqualTo(2);
        assertThat(onGround.membersOnGround()).isEqualTo(1);
        assertThat(onGround.owed()).isEqualTo(150_000);

        Actor otherCommune = users.actor("xa.thongbinh");
        assertThatThrownBy(() -> reports.arrears(otherCommune, communeId, LocalDate.of(2026, 7, 15), false, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dues.month(otherCommune, hamlet, YearMonth.of(2026, 3)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldCollectTheSumOfWhatMembersPaidAndShareItByTheSharesOfTheMonth() {
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.000.000", 0, "01/2015", ""));
        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.000.000", 0, "01/2015", ""));
        dues.assign(staff, chi, new AssignmentForm("PENSION", "3.000.000", 0, "01/2015", ""));
        YearMonth march = YearMonth.of(2015, 3);
        save(march, "10/03/2015", row(an, "20.000"));
        save(march, "12/03/2015", row(binh, "60.000"));
        save(march, "20/03/2015", row(chi, "15.000"));
        save(YearMonth.of(2015, 4), "02/04/2015", row(an, "20.000"));
        dues.addShare(staff, new ShareForm(ShareLevel.BRANCH, "30", LocalDate.of(2015, 1, 1)));
        dues.addShare(staff, new ShareForm(ShareLevel.GRASSROOTS, "50", LocalDate.of(2015, 1, 1)));

        var list = reports.collectionList(staff, hamlet, march);
        assertThat(list.rows())
                .extracting(r -> r.fullName() + " " + r.due() + " " + r.received() + " " + r.months())
                .containsExactly(
                        "Lê Văn An 20000 20000 [2015-03]",
                        "Trần Thị Bình 20000 60000 [2015-03, 2015-04, 2015-05]",
                        "Phạm Minh Chi 15000 15000 [2015-03]");
        assertThat(list.collected()).isEqualTo(95_000);
        assertThat(list.totalDue()).isEqualTo(55_000);

        var year = reports.collection(staff, commune.commune().id(), 2015);
        // March: 95,000 collected; the branch keeps 30% = 28,500 and sends 66,500; the commune keeps half,
        // 33,250, and sends 33,250 upward. April: 20,000 → 6,000 kept, 14,000 → 7,000 and 7,000.
        assertThat(year.months().get(2))
                .isEqualTo(new DuesPages.CollectionMonth(march, 95_000, 28_500, 33_250, 33_250));
        assertThat(year.months().get(3))
                .isEqualTo(new DuesPages.CollectionMonth(YearMonth.of(2015, 4), 20_000, 6_000, 7_000, 7_000));
        assertThat(year.total()).isEqualTo(new DuesPages.CollectionMonth(null, 115_000, 34_500, 40_250, 40_250));
        assertThat(year.branches())
                .containsExactly(new DuesPages.CollectionBranch(hamlet, "Chi bộ Ấp 1", 115_000, 34_500, 80_500));
    }

    private Map<Long, MonthLine> lines(YearMonth month) {
        return dues.month(staff, hamlet, month).rows().stream()
                .filter(r -> r.line() != null)
                .collect(Collectors.toMap(r -> r.member().id(), DuesPages.MonthRow::line));
    }

    private MonthForm.Row row(long member, String amount) {
        return new MonthForm.Row(member, true, amount, "CASH", "");
    }

    /** Saves a month with the given rows ticked (the others left as they are). */
    private void save(YearMonth month, String paidOn, MonthForm.Row... rows) {
        dues.saveMonth(staff, hamlet, month, new MonthForm(paidOn, List.of(rows)));
    }

    private List<String> ledger(long member) {
        return jdbc.sql("select to_char(month, 'MM/YYYY') || ' ' || amount || ' ' || to_char(paid_on, 'DD/MM/YYYY')"
                        + " from dues_payment where member_id = ? order by month, id")
                .param(member)
                .query(String.class)
                .list();
    }

    private long payments() {
        return jdbc.sql("select count(*) from dues_payment where member_id = any(?)")
                .param(new Long[] {an, binh, chi})
                .query(Long.class)
                .single();
    }

    private List<String> arrears(long communeId, String asOf) {
        LocalDate day = LocalDate.parse(asOf, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return reports.arrears(staff, communeId, day, false, 0).page().items().stream()
                .map(r -> r.fullName() + " "
                        + r.unpaidMonths().stream()
                                .map(m -> String.format("%02d/%d", m.getMonthValue(), m.getYear()))
                                .toList()
                        + " " + r.owed() + " " + r.inLastYear())
                .toList();
    }

    private static List<String> fields(BusinessRuleException e) {
        return e.violations().stream().map(Violation::field).toList();
    }
}
