package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * The register's Party-life columns (probation, the exemption, the leaving): checked by the rules of the
 * member page's procedures, every problem of a row at once, and a file with one bad row writes nothing.
 */
@IntegrationTest
class ImportLifeTests extends DemoDistrictTest {

    private static final String HEADER = "Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Ngày vào Đảng,"
            + "Ngày chính thức,Xã/Thị trấn,Chi bộ đang sinh hoạt,Nhóm đảng viên,Dự bị/Chính thức,"
            + "Miễn sinh hoạt: loại,Miễn sinh hoạt từ ngày,Miễn sinh hoạt đến ngày,Số nghị quyết miễn sinh hoạt,"
            + "Ngày nghị quyết miễn sinh hoạt,Cơ quan quyết định miễn sinh hoạt,"
            + "Hình thức giảm đảng viên,Ngày ra khỏi Đảng,Căn cứ xóa tên,Số quyết định giảm,Ngày quyết định giảm,"
            + "Cơ quan quyết định giảm\n";

    private static final String PLACE =
            "01/01/1980,Nam,%s,01/01/2005,%s,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,Nông dân khác,";

    @Autowired
    ImportService imports;

    @Autowired
    RegisterExport export;

    @Test
    void shouldWriteNothingWhileOneRowBreaksARuleAndWriteEveryRecordOnceItIsMended() throws Exception {
        Actor staff = users.actor("tochuc");
        String exempt = MemberForms.form("x", 1).idNumber();
        String removed = MemberForms.form("x", 1).idNumber();
        String probationary = MemberForms.form("x", 1).idNumber();
        String exemptRow = "Ngô Văn Miễn," + PLACE.formatted(exempt, "01/01/2006")
                + "Chính thức,Lý do khác,01/02/2026,31/01/2027,4-NQ/ĐU,20/01/2026,Đảng ủy xã Thông Bình,,,,,,\n";
        String removedRow = "Ngô Văn Xóa," + PLACE.formatted(removed, "01/01/2006")
                + ",,,,,,,Xóa tên,01/03/2026,%s,12-QĐ/HU,25/02/2026,Huyện ủy Tân Hồng\n";
        String probationRow = "Ngô Văn Dự Bị," + PLACE.formatted(probationary, "") + "Dự bị,,,,,,,,,,,,\n";

        ImportPreview bad = upload(staff, HEADER + exemptRow + removedRow.formatted("") + probationRow);
        assertThat(bad.errors()).isEqualTo(1);
        assertThat(errorsOf(bad)).containsExactly("Căn cứ xóa tên:leaving.groundRequired");
        assertThatThrownBy(() -> imports.commit(staff, bad.token())).isInstanceOf(ImportFailedException.class);
        assertThat(demo.count(
                        "select count(*) from member where id_number in (?, ?, ?)", exempt, removed, probationary))
                .isZero();

        String mended = HEADER + exemptRow + removedRow.formatted("Tự ý bỏ sinh hoạt") + probationRow;
        ImportPreview good = upload(staff, mended);
        assertThat(good.errors()).as("%s", good.rows().items()).isZero();
        assertThat(imports.commit(staff, good.token())).isEqualTo(3);

        assertThat(demo.text("""
                        select e.kind || ' ' || e.starts_on || ' ' || e.ends_on || ' ' || e.resolution_number
                        from member_exemption e join member m on m.id = e.member_id where m.id_number = ?""", exempt)).isEqualTo("OTHER 2026-02-01 2027-01-31 4-NQ/ĐU");
        assertThat(demo.text("""
                        select m.status || ' ' || m.left_reason || ' ' || m.left_on || ' ' || l.ground
                        from member m join member_leaving l on l.member_id = m.id where m.id_number = ?""", removed)).isEqualTo("LEFT REMOVED 2026-03-01 Tự ý bỏ sinh hoạt");
        assertThat(demo.count("""
                        select count(*) from membership_period p join member m on m.id = p.member_id
                        where m.id_number = ? and p.ended_on is null""", removed)).isZero();

        // the same file again changes nothing: the same exemption, the same leaving
        ImportPreview again = upload(staff, mended);
        assertThat(again.errors()).as("%s", again.rows().items()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void shouldReportEveryLifeProblemOfARowWithItsColumn() throws Exception {
        Actor official = users.actor("xa.thongbinh");
        String id = MemberForms.form("x", 1).idNumber();
        String row = "Ngô Văn Lỗi," + PLACE.formatted(id, "01/01/2006")
                + "Dự bị,Lý do khác,01/02/2026,01/02/2027,,20/01/2026,Đảng ủy xã,Khai trừ,30/13/2026,,,25/02/2026,Huyện ủy\n";
        ImportPreview preview = upload(official, HEADER + row);
        assertThat(errorsOf(preview))
                .containsExactlyInAnyOrder(
                        "Dự bị/Chính thức:import.error.membershipDiffers",
                        "Số nghị quyết miễn sinh hoạt:import.error.required",
                        "Ngày ra khỏi Đảng:import.error.date",
                        "Hình thức giảm đảng viên:import.error.leavingNotAllowed");
    }

    @Test
    void shouldRefuseAnImportedLeavingWhileTheMemberHasAnOpenTransfer(
            @Autowired vn.dangvu.transfer.TransferService transfers) throws Exception {
        Actor staff = users.actor("tochuc");
        String id = MemberForms.form("x", 1).idNumber();
        String plain = "Ngô Văn Đang Chuyển," + PLACE.formatted(id, "01/01/2006") + "Chính thức,,,,,,,,,,,,\n";
        ImportPreview registered = upload(staff, HEADER + plain);
        assertThat(registered.errors()).as("%s", registered.rows().items()).isZero();
        imports.commit(staff, registered.token());
        long member = demo.count("select id from member where id_number = ?", id);
        transfers.create(
                staff,
                new vn.dangvu.transfer.TransferForm(
                        member,
                        vn.dangvu.transfer.TransferKind.OFFICIAL,
                        null,
                        "Đảng bộ huyện Hồng Ngự",
                        "Chuyển công tác",
                        null,
                        null));

        String leaving = "Ngô Văn Đang Chuyển," + PLACE.formatted(id, "01/01/2006")
                + "Chính thức,,,,,,,Xóa tên,01/03/2026,Tự ý bỏ sinh hoạt,13-QĐ/HU,25/02/2026,Huyện ủy Tân Hồng\n";
        ImportPreview preview = upload(staff, HEADER + leaving);
        assertThat(errorsOf(preview)).containsExactly("Hình thức giảm đảng viên:leaving.openTransfer");
        assertThat(demo.text("select status from member where id = ?", member)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldExportTheExemptionOfTodayAndImportItBackUnchanged() throws Exception {
        Actor staff = users.actor("tochuc");
        String id = MemberForms.form("x", 1).idNumber();
        String row = "Ngô Thị Xuất," + PLACE.formatted(id, "")
                + "Dự bị,Tuổi cao sức khỏe yếu,01/01/2026,,5-NQ/CB,01/01/2026,Chi bộ Ấp Bình Thạnh,,,,,,\n";
        ImportPreview preview = upload(staff, HEADER + row);
        assertThat(preview.errors()).as("%s", preview.rows().items()).isZero();
        imports.commit(staff, preview.token());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.members(staff, new MemberSearch(id, null, null, null, null), ImportFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .endsWith(",Dự bị,"
                        + "\"Tuổi cao, sức khỏe yếu\",01/01/2026,,5-NQ/CB,01/01/2026,Chi bộ Ấp Bình Thạnh,,,,,,,");
        ImportPreview back =
                imports.upload(staff, ImportKind.MEMBERS, "xuat.csv", new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.errors()).as("%s", back.rows().items()).isZero();
        assertThat(back.unchanged()).isEqualTo(1);
    }

    private ImportPreview upload(Actor actor, String csv) throws Exception {
        return imports.upload(
                actor, ImportKind.MEMBERS, "ds.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each error of the preview's rows as "column:message key". */
    private static List<String> errorsOf(ImportPreview preview) {
        return preview.rows().items().stream()
                .flatMap(r -> r.errors().stream())
                .map(e -> e.column() + ":" + e.messageKey())
                .toList();
    }
}
