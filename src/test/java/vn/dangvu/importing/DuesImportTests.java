package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.dues.AssignmentForm;
import vn.dangvu.dues.DuesService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/** A dues sheet through the import: checked row by row into a preview, then recorded all or nothing. */
@IntegrationTest
class DuesImportTests extends DemoDistrictTest {

    private static final String HEADER =
            "Số định danh cá nhân hoặc số thẻ đảng viên,Tháng,Số tiền đã nộp,Ngày nộp,Hình thức nộp,Mã giao dịch\n";

    @Autowired
    ImportService imports;

    @Autowired
    DuesService dues;

    long an;
    long binh;
    String anId;
    String binhCard;

    @BeforeEach
    void setUp() {
        Fixtures.Commune commune = fixtures.commune(1);
        an = fixtures.member("Lê Văn Sổ", commune.hamlet(0), commune.hamlet(0), null);
        binh = fixtures.member("Trần Thị Phí", commune.hamlet(0), commune.hamlet(0), null);
        // 1% of 2,500,000 đ: 25,000 đ a month from 01/2026
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        anId = jdbc.sql("select id_number from member where id = ?")
                .param(an)
                .query(String.class)
                .single();
        binhCard = "TP" + binh;
        jdbc.sql("update member set party_card_number = ? where id = ?")
                .params(binhCard, binh)
                .update();
    }

    @Test
    void shouldRecordAGoodSheetOnConfirmationAndSeeItRecordedWhenSentAgain() throws Exception {
        String sheet = HEADER
                + anId + ",01/2026,25000,05/01/2026,Tiền mặt,\n"
                + binhCard + ",1/2026,25.000,20/01/2026,Trực tuyến,DVC0001\n"
                + anId + ",02/2026,0,05/02/2026,tien mat,\n";

        ImportPreview preview = upload(staff, sheet);
        assertThat(preview.errors()).as("%s", preview.rows().items()).isZero();
        assertThat(preview.newRows()).isEqualTo(2);
        assertThat(preview.unchanged()).as("a row paying 0 records nothing").isEqualTo(1);
        assertThat(preview.rows().items())
                .extracting(RowOutcome::label)
                .containsExactly("Lê Văn Sổ — 01/2026", "Trần Thị Phí — 01/2026", "Lê Văn Sổ — 02/2026");
        assertThat(payments()).as("nothing is written before confirmation").isZero();

        assertThat(imports.commit(staff, preview.token())).isEqualTo(2);

        assertThat(jdbc.sql("""
                        select member_id, to_char(month, 'MM/YYYY'), amount, due, to_char(paid_on, 'DD/MM/YYYY'),
                               channel, coalesce(reference, '-'), recorded_by
                        from dues_payment where member_id in (?, ?) order by member_id""")
                        .params(an, binh)
                        .query((rs, i) -> tuple(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8)))
                        .list())
                .containsExactly(
                        tuple(an, "01/2026", 25_000L, 25_000L, "05/01/2026", "CASH", "-", "tochuc"),
                        tuple(binh, "01/2026", 25_000L, 25_000L, "20/01/2026", "ONLINE", "DVC0001", "tochuc"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORT_DUES' and username = 'tochuc'"
                                + " and details like 'so-thu.csv: 2'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DUES_PAID' and entity_id in (?, ?)"
                                + " and details like '%(so-thu.csv)'")
                        .params(an, binh)
                        .query(Long.class)
                        .single())
                .as("one entry for each member paid")
                .isEqualTo(2);

        ImportPreview again = upload(staff, sheet);
        assertThat(again.errors()).isZero();
        assertThat(again.unchanged()).as("every row is recorded already").isEqualTo(3);
        assertThat(again.committable()).isFalse();
    }

    @Test
    void shouldRefuseTheWholeSheetForOneBadRowWithEachRowsMessageAndChangeNothing() throws Exception {
        String next = YearMonth.now().plusMonths(1).format(DateTimeFormatter.ofPattern("MM/yyyy"));
        String sheet = HEADER
                + anId + ",01/2026,25000,05/01/2026,Tiền mặt,\n"
                + anId + ",02/2026,-5000,05/02/2026,Tiền mặt,\n"
                + anId + "," + next + ",25000,05/01/2026,Tiền mặt,\n"
                + binhCard + ",01/2026,25000,20/01/2026,Trực tuyến,\n"
                + binhCard + ",03/2026,25000,20/03/2026,Chuyển khoản,\n"
                + binhCard + ",04/2026,30000,20/04/2026,Tiền mặt,\n"
                + anId + ",1/2026,25000,06/01/2026,Tiền mặt,\n"
                + "000000000000,01/2026,25000,05/01/2026,Tiền mặt,\n"
                + binhCard + ",05/2026,25000,32/05/2026,Tiền mặt,\n";
        long paymentsBefore = payments();
        long auditBefore = auditEntries();

        ImportPreview preview = upload(staff, sheet);

        assertThat(preview.newRows()).isEqualTo(1);
        assertThat(preview.errors()).isEqualTo(8);
        assertThat(preview.committable()).isFalse();
        assertThat(preview.rows().items())
                .filteredOn(r -> r.outcome() == RowOutcome.Outcome.ERROR)
                .extracting(
                        RowOutcome::rowNumber,
                        r -> r.errors().stream()
                                .map(e -> e.column() + ": " + e.messageKey())
                                .toList())
                .containsExactly(
                        tuple(3, java.util.List.of("Số tiền đã nộp: dues.import.amount")),
                        tuple(4, java.util.List.of("Tháng: dues.import.futureMonth")),
                        tuple(5, java.util.List.of("Mã giao dịch: dues.import.referenceRequired")),
                        tuple(6, java.util.List.of("Hình thức nộp: dues.import.channel")),
                        tuple(7, java.util.List.of("Số tiền đã nộp: dues.import.tooMuch")),
                        tuple(8, java.util.List.of("Tháng: import.error.duplicateInFile")),
                        tuple(
                                9,
                                java.util.List.of(
                                        "Số định danh cá nhân hoặc số thẻ đảng viên: dues.import.memberNotFound")),
                        tuple(10, java.util.List.of("Ngày nộp: import.error.date")));
        assertThat(preview.rows().items().get(5).errors().get(0).arguments())
                .as("what April still owes, and the month")
                .containsExactly("25.000", "04/2026");

        assertThatThrownBy(() -> imports.commit(staff, preview.token()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.failedOnCommit"));
        assertThat(payments()).isEqualTo(paymentsBefore);
        assertThat(auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void shouldRefuseAMemberOutsideTheImportersScope() throws Exception {
        Actor tanHoCo = users.actor("xa.tanhoco");
        ImportPreview preview = upload(tanHoCo, HEADER + anId + ",01/2026,25000,05/01/2026,Tiền mặt,\n");

        assertThat(preview.rows().items())
                .singleElement()
                .satisfies(r -> assertThat(r.errors())
                        .extracting(e -> e.column() + ": " + e.messageKey())
                        .containsExactly("Số định danh cá nhân hoặc số thẻ đảng viên: dues.import.otherScope"));
        assertThatThrownBy(() -> upload(users.actor("lanhdao"), HEADER))
                .as("a leader reads the ledgers and keeps none")
                .isInstanceOf(ForbiddenException.class);
    }

    private ImportPreview upload(Actor actor, String csv) throws Exception {
        return imports.upload(
                actor, ImportKind.DUES, "so-thu.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private long payments() {
        return jdbc.sql("select count(*) from dues_payment where member_id in (?, ?)")
                .params(an, binh)
                .query(Long.class)
                .single();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
