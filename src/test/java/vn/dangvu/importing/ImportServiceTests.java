package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

@IntegrationTest
class ImportServiceTests extends DemoDistrictTest {

    private static final String HEADER =
            "Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Số thẻ đảng viên,Ngày vào Đảng,"
                    + "Ngày chính thức,Xã/Thị trấn,Chi bộ đang sinh hoạt,Ấp/Khóm nơi cư trú,Chức vụ,Nơi công tác,Nhóm đảng viên,"
                    + "Ủy viên BCH Đảng bộ xã,Lãnh đạo chủ chốt\n";

    @Autowired
    ImportService imports;

    @Autowired
    RegisterExport export;

    @Autowired
    MemberService members;

    @Autowired
    MemberLoader loader;

    @Test
    void shouldImportAnExportBackUnchanged() throws Exception {
        Actor staff = users.actor("tochuc");
        MemberSearch thongBinh = new MemberSearch(null, demo.unit("TH-TB"), null, null, null);
        long attending = demo.count("""
                select count(*) from member m join org_unit b on b.id = m.branch_id
                where b.parent_id = ? and m.status in ('ACTIVE', 'EXEMPT')""", demo.unit("TH-TB"));
        assertThat(attending).isGreaterThan(100);
        for (ImportFormat format : ImportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.members(staff, thongBinh, format, out);
            ImportPreview preview = imports.upload(
                    staff,
                    ImportKind.MEMBERS,
                    "dang-vien." + format.name().toLowerCase(),
                    new ByteArrayInputStream(out.toByteArray()));
            assertThat(preview.errors())
                    .as(format + " errors: %s", preview.rows().items())
                    .isZero();
            assertThat(preview.newRows() + preview.updates()).isZero();
            assertThat(preview.unchanged()).isEqualTo(attending);
            assertThat(preview.committable()).isFalse();
        }
    }

    @Test
    void shouldExportTheSeatsHeldTodayInTheLastColumnAndImportItBackIgnored() throws Exception {
        Actor staff = users.actor("tochuc");
        var commune = fixtures.commune(1);
        String place = commune.commune().name().substring("Xã ".length());
        // a commune seat of term 2010–2015 still open, and key leadership (not a seat), from the fixture
        long leader = fixtures.leader("Võ Văn Cấp Ủy", commune.hamlet(0), commune.hamlet(0));
        loader.recordCommitteePeriod(
                leader,
                commune.hamlet(0).id(),
                vn.dangvu.member.CommitteeRole.SECRETARY,
                "2022–2025",
                LocalDate.of(2022, 1, 1),
                null);
        loader.recordCommitteePeriod(
                leader,
                demo.unit("TH"),
                vn.dangvu.member.CommitteeRole.COMMITTEE_MEMBER,
                null,
                LocalDate.of(2020, 10, 1),
                null);
        // a seat that ended is not held today
        loader.recordCommitteePeriod(
                leader,
                demo.unit("TH"),
                vn.dangvu.member.CommitteeRole.STANDING_MEMBER,
                "2015–2020",
                LocalDate.of(2015, 10, 1),
                LocalDate.of(2020, 9, 30));
        fixtures.member("Võ Thị Không Ghế", commune.hamlet(0), commune.hamlet(0), null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.members(staff, new MemberSearch(null, commune.commune().id(), null, null, null), ImportFormat.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0))
                .endsWith(
                        ",Nhóm đảng viên,Dự bị/Chính thức,Miễn sinh hoạt: loại,Miễn sinh hoạt từ ngày,Miễn sinh hoạt đến ngày,"
                                + "Số nghị quyết miễn sinh hoạt,Ngày nghị quyết miễn sinh hoạt,Cơ quan quyết định miễn sinh hoạt,"
                                + "Hình thức giảm đảng viên,Ngày ra khỏi Đảng,Căn cứ xóa tên,Số quyết định giảm,Ngày quyết định giảm,"
                                + "Cơ quan quyết định giảm,Cấp ủy");
        assertThat(lines)
                .filteredOn(l -> l.startsWith("Võ Văn Cấp Ủy,"))
                .singleElement()
                .satisfies(l -> assertThat(l.replace("\"", ""))
                        .endsWith(",Ủy viên BCH Huyện ủy Tân Hồng; Ủy viên BCH Đảng ủy xã " + place
                                + " (2010–2015); Bí thư Chi bộ Ấp 1 (2022–2025)"));
        assertThat(lines)
                .filteredOn(l -> l.startsWith("Võ Thị Không Ghế,"))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(","));

        // derived data: the import ignores the column, whatever it says
        String edited = String.join("\n", lines).replace("Bí thư Chi bộ Ấp 1", "Phó Bí thư Chi bộ Ấp 1");
        ImportPreview back = upload(staff, edited);
        assertThat(back.errors()).as("%s", back.rows().items()).isZero();
        assertThat(back.unchanged()).isEqualTo(2);
        assertThat(back.newRows() + back.updates()).isZero();
    }

    @Test
    void shouldMatchHeadersAndNamesWithoutDiacriticsAndImportNewAndChangedMembers() throws Exception {
        Actor staff = users.actor("tochuc");
        String id = MemberForms.form("x", 1).idNumber();
        String csv =
                "\uFEFFho va ten;NGAY SINH;gioi tinh;so dinh danh ca nhan;ngay vao dang;xa/thi tran;chi bo dang sinh hoat;"
                        + "ap/khom noi cu tru;nhom dang vien;lanh dao chu chot\n"
                        + "Lê Văn Nhập;3.4.80;nam;" + id
                        + ";15-06-2005;xa thong binh;AP BINH THANH;ấp cả găng;Cong chuc xa;co\n";
        ImportPreview preview = upload(staff, csv);
        assertThat(preview.errors()).as("%s", preview.rows().items()).isZero();
        assertThat(preview.newRows()).isEqualTo(1);

        assertThat(imports.commit(staff, preview.token())).isEqualTo(1);
        var stored = loader.findByIdNumbers(List.of(id)).get(id);
        assertThat(stored.branchId()).isEqualTo(demo.unit("TH-TB-A1"));
        assertThat(stored.form().residenceBranchId()).isEqualTo(demo.unit("TH-TB-A2"));
        assertThat(stored.form().birthDate()).isEqualTo(LocalDate.of(1980, 4, 3));
        // an older register's yes/no "Lãnh đạo chủ chốt" column is ignored: a seat is a dated period
        assertThat(members.get(staff, stored.id()).committees()).isEmpty();
        assertThat(members.get(staff, stored.id()).periods())
                .singleElement()
                .satisfies(p -> assertThat(p.startedOn()).isEqualTo(LocalDate.of(2005, 6, 15)));

        ImportPreview again = upload(staff, csv.replace("Lê Văn Nhập", "Lê Văn Đã Sửa"));
        assertThat(again.updates()).isEqualTo(1);
        imports.commit(staff, again.token());
        assertThat(members.get(staff, stored.id()).fullName()).isEqualTo("Lê Văn Đã Sửa");

        // each imported record has its own entry in its trail, naming the file
        assertThat(demo.text(
                        "select string_agg(action || ' ' || username || ' ' || details, ' | ' order by id)"
                                + " from audit_event where entity_type = 'MEMBER' and entity_id = ?",
                        stored.id()))
                .isEqualTo("IMPORTED tochuc ds.csv: Lê Văn Nhập — Chi bộ Ấp Bình Thạnh"
                        + " | IMPORT_UPDATED tochuc ds.csv: fullName: Lê Văn Nhập → Lê Văn Đã Sửa");
    }

    @Test
    void shouldReportEveryKindOfErrorWithItsColumn() throws Exception {
        Actor staff = users.actor("tochuc");
        String existingElsewhere = demoIdNumber("TH-THC-A1");
        String ok = MemberForms.form("x", 1).idNumber();
        String csv = HEADER
                + ",01/01/1980,Nam," + MemberForms.form("x", 1).idNumber()
                + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n"
                + "A,32/01/1980,Nam,12345,,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n"
                + "B,01/01/1980,Khác,123456789012,,01/01/2099,01/01/2004,Xã Không Có,,,,,Nhóm lạ,có lẽ,\n"
                + "C,01/01/1980,Nam," + ok
                + ",,01/01/2005,,Xã Thông Bình,Chi bộ Không Có,Ấp Không Có,,,Nông dân khác,,\n"
                + "D,01/01/1980,Nam," + ok + ",,01/01/1990,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n"
                + "E,01/01/1980,Nam," + existingElsewhere
                + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n";
        ImportPreview preview = upload(staff, csv);
        List<String> errors = preview.rows().items().stream()
                .flatMap(r -> r.errors().stream().map(e -> r.rowNumber() + ":" + e.column() + ":" + e.messageKey()))
                .toList();
        // a rule of the member form reads as on the form: its key and the form's message codes; the old
        // register's "Ủy viên BCH Đảng bộ xã" column is ignored, so row 4's "có lẽ" there is no error
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "2:Họ và tên:NotBlank",
                        "3:Ngày sinh:import.error.date",
                        "3:Số định danh cá nhân:Pattern.idNumber",
                        "4:Giới tính:import.error.gender",
                        "4:Ngày vào Đảng:PastOrPresent",
                        "4:Ngày chính thức:member.fullBeforeAdmission",
                        "4:Xã/Thị trấn:import.error.communeNotFound",
                        "4:Nhóm đảng viên:import.error.group",
                        "5:Chi bộ đang sinh hoạt:import.error.branchNotFound",
                        "5:Ấp/Khóm nơi cư trú:import.error.residenceNotFound",
                        "6:Số định danh cá nhân:import.error.duplicateInFile",
                        "6:Ngày vào Đảng:member.tooYoungAtAdmission",
                        "7:Chi bộ đang sinh hoạt:import.error.branchChanged");
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void shouldReportEveryBrokenRuleOfARowAtOnce() throws Exception {
        Actor staff = users.actor("tochuc");
        String csv = HEADER + "A".repeat(121) + ",01/01/1990,Nam,12ab,thẻ lạ!,01/01/2005,01/01/2004,Xã Thông Bình,"
                + "Chi bộ Ấp Bình Thạnh,,," + "B".repeat(201) + ",Nông dân khác,,\n";

        ImportPreview preview = upload(staff, csv);

        assertThat(preview.rows().items())
                .singleElement()
                .satisfies(row -> assertThat(row.errors())
                        .extracting(e -> e.column() + ":" + e.messageKey() + e.arguments())
                        .containsExactlyInAnyOrder(
                                "Họ và tên:Size[fullName, 120, 0]",
                                "Số định danh cá nhân:Pattern.idNumber[idNumber, [], \\d{12}]",
                                "Số thẻ đảng viên:Pattern.partyCardNumber[partyCardNumber, [], [0-9A-Za-z./-]*]",
                                "Ngày chính thức:member.fullBeforeAdmission[]",
                                "Ngày vào Đảng:member.tooYoungAtAdmission[18]",
                                "Nơi công tác:Size[workplace, 200, 0]"));
    }

    @Test
    void shouldGiveEachImportedBranchItsOwnAuditEntry() throws Exception {
        Actor staff = users.actor("tochuc");
        var commune = fixtures.commune(1);
        String csv = "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\n" + commune.commune().name() + ",Chi bộ Ấp Mới Nhập,Ấp\n"
                + commune.commune().name() + ",Chi bộ Khu Mới Nhập,Khác\n";
        ImportPreview preview = imports.upload(
                staff,
                ImportKind.BRANCHES,
                "chi-bo-moi.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.newRows()).isEqualTo(2);

        assertThat(imports.commit(staff, preview.token())).isEqualTo(2);

        String code = commune.commune().code();
        assertThat(demo.text(
                        "select string_agg(a.action || ' ' || a.details, ' | ' order by u.code) from org_unit u"
                                + " join audit_event a on a.entity_type = 'UNIT' and a.entity_id = u.id"
                                + " where u.parent_id = ? and u.name like '%Mới Nhập'",
                        commune.commune().id()))
                .isEqualTo("IMPORTED chi-bo-moi.csv: " + code + "-B1 — Chi bộ Ấp Mới Nhập"
                        + " | IMPORTED chi-bo-moi.csv: " + code + "-B2 — Chi bộ Khu Mới Nhập");
    }

    @Test
    void shouldSayThatAnExpiredPreviewHasExpiredAndWriteNothing() throws Exception {
        Actor staff = users.actor("tochuc");
        String id = MemberForms.form("x", 1).idNumber();
        ImportPreview preview = upload(
                staff,
                HEADER + "Trần Văn Quá Hạn,01/01/1980,Nam," + id
                        + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n");
        assertThat(preview.newRows()).isEqualTo(1);
        jdbc.sql("update import_preview set created_at = now() - interval '2 hours 1 minute' where token = ?::uuid")
                .param(preview.token())
                .update();

        assertThatThrownBy(() -> imports.commit(staff, preview.token()))
                .isInstanceOfSatisfying(
                        PreviewExpiredException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.expired"));
        assertThatThrownBy(() -> imports.preview(staff, preview.token(), 0, false))
                .isInstanceOf(PreviewExpiredException.class);
        assertThatThrownBy(() -> imports.commit(staff, "not-a-token")).isInstanceOf(PreviewExpiredException.class);
        assertThat(loader.findByIdNumbers(List.of(id))).isEmpty();

        // the next upload, by anyone, clears the expired previews away with their files and rows
        upload(users.actor("xa.thongbinh"), HEADER);
        assertThat(demo.count("select count(*) from import_preview where token = ?::uuid", preview.token()))
                .isZero();
        assertThat(demo.count("select count(*) from import_preview_chunk where token = ?::uuid", preview.token()))
                .isZero();
    }

    @Test
    void shouldWriteNothingWhenALateRowFailsOnCommit() throws Exception {
        Actor staff = users.actor("tochuc");
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String id = MemberForms.form("x", 1).idNumber();
            ids.add(id);
            csv.append("Người Thứ ")
                    .append(i)
                    .append(",01/01/1980,Nam,")
                    .append(id)
                    .append(",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n");
        }
        ImportPreview preview = upload(staff, csv.toString());
        assertThat(preview.newRows()).isEqualTo(2000);
        // meanwhile someone registers the last row's member in another branch
        var form = MemberForms.withIdNumber(MemberForms.form("Người Chen Ngang", demo.unit("TH-TB-A3")), ids.get(1999));
        loader.register(form, LocalDate.of(2010, 1, 1));
        long before = demo.count("select count(*) from member");

        assertThatThrownBy(() -> imports.commit(staff, preview.token()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.failedOnCommit");
                    assertThat(e.arguments()).containsExactly(2001);
                });
        assertThat(demo.count("select count(*) from member")).isEqualTo(before);
        assertThat(loader.findByIdNumbers(ids.subList(0, 1999))).isEmpty();
    }

    @Test
    void shouldKeepACommuneOfficialToTheirCommune() throws Exception {
        Actor tanHoCo = users.actor("xa.tanhoco");
        String csv = HEADER + "Ngô Văn Lạc,01/01/1980,Nam,"
                + MemberForms.form("x", 1).idNumber()
                + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n";
        ImportPreview preview = imports.upload(
                tanHoCo, ImportKind.MEMBERS, "a.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.rows().items())
                .singleElement()
                .satisfies(r -> assertThat(r.errors())
                        .extracting(RowOutcome.RowError::messageKey)
                        .containsExactly("import.error.communeNotFound"));
        assertThatThrownBy(() -> imports.upload(
                        users.actor("lanhdao"),
                        ImportKind.MEMBERS,
                        "a.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> imports.preview(users.actor("tochuc"), preview.token(), 0, false))
                .isInstanceOf(vn.dangvu.shared.NotFoundException.class);
    }

    @Test
    void shouldRefuseWrongBrokenOrHeaderlessFilesCleanly() {
        Actor staff = users.actor("tochuc");
        assertThatThrownBy(() ->
                        imports.upload(staff, ImportKind.MEMBERS, "a.pdf", new ByteArrayInputStream(new byte[] {1})))
                .hasMessage("import.wrongType");
        assertThatThrownBy(() -> imports.upload(
                        staff,
                        ImportKind.MEMBERS,
                        "a.xlsx",
                        new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("import.unreadable");
        assertThatThrownBy(() -> upload(staff, "Tên,Tuổi\nA,3\n")).hasMessage("import.missingColumns");
        assertThatThrownBy(() -> upload(staff, "")).hasMessage("import.empty");
    }

    @Test
    void shouldRefuseAZipBombAndOverlongCellsCleanly() throws Exception {
        Actor staff = users.actor("tochuc");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> imports.upload(
                        staff, ImportKind.MEMBERS, "bom.xlsx", new ByteArrayInputStream(bomb.toByteArray())))
                .hasMessage("import.unreadable");

        String huge = "A".repeat(200_000);
        ImportPreview preview = upload(
                staff,
                HEADER + huge + ",01/01/1980,Nam," + MemberForms.form("x", 1).idNumber()
                        + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n");
        assertThat(preview.rows().items())
                .singleElement()
                .satisfies(r -> assertThat(r.errors())
                        .containsExactly(
                                new RowOutcome.RowError("Họ và tên", "Size", List.of("fullName", "120", "0"))));
    }

    /** Issue 16, item 5: a row with another commune's member says to receive a transfer, and is audited. */
    @Test
    void shouldLeadACommuneOfficialToATransferForARowOfAnotherCommunesMember() throws Exception {
        Actor thongBinh = users.actor("xa.thongbinh");
        String elsewhere = demoIdNumber("TH-THC-A1");
        String inside = demoIdNumber("TH-TB-A1");
        String csv = HEADER
                + "Trần Văn Khác,01/01/1980,Nam," + elsewhere
                + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n"
                + "Trần Văn Trong,01/01/1980,Nam," + inside
                + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n";

        ImportPreview preview = upload(thongBinh, csv);

        assertThat(preview.rows().items()).hasSize(2);
        assertThat(preview.rows().items().get(0).errors())
                .containsExactly(new RowOutcome.RowError("Số định danh cá nhân", "import.error.otherScope", List.of()));
        assertThat(preview.rows().items().get(1).errors())
                .extracting(RowOutcome.RowError::messageKey)
                .doesNotContain("import.error.otherScope");
        assertThat(demo.text(
                        "select string_agg(username || ' ' || entity_type || ' ' || entity_id || ' ' || details, ' | ')"
                                + " from audit_event where action = 'ID_NUMBER_OTHER_SCOPE' and details = ?",
                        "ds.csv, 2: " + elsewhere))
                .isEqualTo("xa.thongbinh UNIT " + demo.unit("TH-TB") + " ds.csv, 2: " + elsewhere);
        // the member of the official's own commune is an update as before, and no lookup is audited
        assertThat(demo.count("select count(*) from audit_event where details like ?", "%" + inside))
                .isZero();
    }

    @Test
    void shouldRunOneImportAtATimePerUser() throws Exception {
        Actor staff = users.actor("tochuc");
        String csv =
                HEADER + "Lê Văn Chờ,01/01/1980,Nam," + MemberForms.form("x", 1).idNumber()
                        + ",,01/01/2005,,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,,,,Nông dân khác,,\n";
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.io.InputStream slow =
                new java.io.FilterInputStream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))) {
                    @Override
                    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                        reading.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return super.read(buffer, offset, length);
                    }
                };
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return imports.upload(staff, ImportKind.MEMBERS, "cham.csv", slow);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(reading.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> upload(staff, csv)).hasMessage("import.busy");
            // another user is not held up by it
            assertThat(upload(users.actor("xa.thongbinh"), csv).newRows()).isEqualTo(1);
        } finally {
            release.countDown();
        }
        assertThat(first.get(60, java.util.concurrent.TimeUnit.SECONDS).newRows())
                .isEqualTo(1);
        assertThat(upload(staff, csv).newRows()).isEqualTo(1);
    }

    @Test
    void shouldImportBranchesAndNeutraliseFormulasInCsv() throws Exception {
        Actor staff = users.actor("tochuc");
        String csv = "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nxa thong binh,Chi bộ Ấp Mới Lập,Ấp\n"
                + "Xã Thông Bình,Chi bộ Ấp Bình Thạnh,Ấp\nXã Thông Bình,Chi bộ Ấp Bình Thạnh,Khóm\n";
        ImportPreview preview = imports.upload(
                staff,
                ImportKind.BRANCHES,
                "chi-bo.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.newRows()).isEqualTo(1);
        assertThat(preview.unchanged()).isEqualTo(1);
        assertThat(preview.errors()).isEqualTo(1);

        var commune = fixtures.commune(1);
        long hostile = fixtures.member("=HYPERLINK(\"http://x\")", commune.hamlet(0), commune.hamlet(0), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.members(staff, new MemberSearch(null, commune.commune().id(), null, null, null), ImportFormat.CSV, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",=HYPERLINK");
        ImportPreview back =
                imports.upload(staff, ImportKind.MEMBERS, "lai.csv", new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.unchanged()).isEqualTo(1);
        assertThat(members.get(staff, hostile).fullName()).startsWith("=HYPERLINK");
    }

    private ImportPreview upload(Actor actor, String csv) throws Exception {
        return imports.upload(
                actor, ImportKind.MEMBERS, "ds.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String demoIdNumber(String branchCode) {
        return demo.text("select id_number from member where id = ?", demo.memberOf(branchCode));
    }
}
