package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.dangvu.dues.AssignmentForm;
import vn.dangvu.dues.DuesService;
import vn.dangvu.dues.MonthForm;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.HandBuiltDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * Issue 18, item 4: the letters as Hướng dẫn 12-HD/BTCTW 2022 §II.4.2 prints them, one layout per kind, in
 * Vietnamese whatever the reader's language, and the issuing committees' registers (Sổ giới thiệu sinh hoạt
 * đảng) numbered per committee and year when a letter is approved. A hand-built district (Huyện Lá Thư n,
 * communes Xã A with hamlets A1 and A2, Xã B with B1) before the reform: an internal letter is the commune's
 * (T/M ĐẢNG ỦY), an official or temporary one the district's (T/M BAN THƯỜNG VỤ).
 */
@IntegrationTest
class TransferLetterTests extends HandBuiltDistrictTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    @Autowired
    TransferService transfers;

    @Autowired
    DuesService dues;

    UnitView a2;

    TransferLetterTests() {
        super("LT", "Lá Thư");
    }

    @BeforeEach
    void aSecondHamletInA() {
        a2 = loader.registerChild(a.id(), "LT" + n + "-A2", "Chi bộ Ấp A2", UnitKind.HAMLET);
    }

    @Test
    void shouldPrintTheOfficialLetterOfTheDistrictInVietnameseWithItsRegisterNumber() throws Exception {
        long member = member("Nguyễn Văn Chính", "71" + n + "0001");
        long id = approved(member, TransferKind.OFFICIAL, b1, MARCH_5);

        // the reader chose English: the letter is still the Vietnamese document
        String letter = mvc.perform(
                        get("/transfers/{id}/letter", id).param("lang", "en").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(letter)
                .contains("data-kind=\"OFFICIAL\"")
                .contains("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG CHÍNH THỨC")
                .contains("<div data-issuer>HUYỆN ỦY LÁ THƯ " + n + "</div>")
                .contains("<div data-number>Số: 1-GTSHĐ</div>")
                .contains("Lá Thư " + n + ", ngày 05 tháng 03 năm 2024")
                .contains("<dd data-card>71" + n + "0001</dd>")
                .contains("<dd data-register>1 (năm 2024)</dd>")
                .contains("Kính gửi: Chi bộ Ấp B1")
                .contains("data-signed-for>T/M BAN THƯỜNG VỤ</div>")
                .contains("PHẦN GIỚI THIỆU TIẾP CỦA CẤP ỦY NƠI ĐẢNG VIÊN CHUYỂN ĐẾN")
                .doesNotContain("data-return-slip")
                .doesNotContain("LETTER OF")
                .doesNotContain("05/03/2024");
        // Số LL and SĐV are not recorded for this member, who also has no dues category has no dues category: dotted
        // lines to fill in by hand
        assertThat(letter)
                .contains("<dd data-file-number>........................</dd>")
                .contains("<dd data-list-number>........................</dd>")
                .contains("<dd data-paid-through>........................</dd>");
    }

    @Test
    void shouldPrintTheLastMonthOfDuesPaidInFullByTheLettersDay() throws Exception {
        long member = member("Trần Thị Đóng Đủ", "71" + n + "0009");
        dues.assign(staff, member, new AssignmentForm("SALARY", "2.500.000", 0, "01/2024", ""));
        // January and February of 2024 paid on 1 March (1% of 2,500,000 each); March is not paid
        for (int month = 1; month <= 2; month++) {
            dues.saveMonth(
                    staff,
                    a1.id(),
                    java.time.YearMonth.of(2024, month),
                    new MonthForm("01/03/2024", List.of(new MonthForm.Row(member, true, "25.000", "CASH", ""))));
        }
        long id = approved(member, TransferKind.OFFICIAL, b1, MARCH_5);

        assertThat(mvc.perform(get("/transfers/{id}/letter", id).with(users.as("tochuc")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<dd data-paid-through>tháng 02 năm 2024</dd>");
    }

    @Test
    void shouldPrintTheInternalLetterOfTheCommuneSignedForItsPartyCommittee() throws Exception {
        long member = member("Trần Văn Nội", "72" + n + "0001");
        long id = approved(member, TransferKind.INTERNAL, a2, MARCH_5);
        // the file's numbers recorded on the member's page: a mistyped one is refused with what was typed kept
        String version = String.valueOf(jdbc.sql("select version from member where id = :id")
                .param("id", member)
                .query(Long.class)
                .single());
        mvc.perform(post("/members/{id}/file-numbers", member)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("fileNumber", "LL 0457")
                        .param("registerNumber", "SDV-0458")
                        .param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"SDV-0458\"")));
        assertThat(page("tochuc", "/members/{id}", member)).contains("Số LL: — · SĐV: —");
        mvc.perform(post("/members/{id}/file-numbers", member)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("fileNumber", " LL.0457 ")
                        .param("registerNumber", "0458")
                        .param("version", version))
                .andExpect(redirectedUrl("/members/" + member + "#cards"));
        assertThat(page("tochuc", "/members/{id}", member)).contains("Số LL: LL.0457 · SĐV: 0458");

        assertThat(page("tochuc", "/transfers/{id}/letter", id))
                .contains("data-kind=\"INTERNAL\"")
                .contains("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG NỘI BỘ")
                .contains("<div data-issuer>ĐẢNG ỦY XÃ A</div>")
                .contains("A, ngày 05 tháng 03 năm 2024")
                .contains("<dd data-card>72" + n + "0001</dd>")
                .contains("<dd data-file-number>LL.0457</dd>")
                .contains("<dd data-list-number>0458</dd>")
                .contains("<dd data-register>1 (năm 2024)</dd>")
                .contains("Kính gửi: Chi bộ Ấp A2")
                .contains("data-signed-for>T/M ĐẢNG ỦY</div>")
                .doesNotContain("data-forwarding")
                .doesNotContain("data-return-slip");
    }

    @Test
    void shouldPrintTheTemporaryLetterWithTheStayAndTheHostsReturnSlip() throws Exception {
        long member = member("Lê Thị Tạm", "73" + n + "0001");
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.TEMPORARY,
                        b1.id(),
                        null,
                        "Đi học",
                        null,
                        MARCH_5,
                        null,
                        TemporaryPurpose.STUDY,
                        LocalDate.of(2025, 3, 1)));
        transfers.propose(staff, id, new StepForm(0L, null, null));
        transfers.approve(staff, id, new StepForm(1L, null, null));

        assertThat(page("tochuc", "/transfers/{id}/letter", id))
                .contains("data-kind=\"TEMPORARY\"")
                .contains("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG TẠM THỜI")
                .contains("<div data-issuer>HUYỆN ỦY LÁ THƯ " + n + "</div>")
                .contains("Lá Thư " + n + ", ngày 05 tháng 03 năm 2024")
                .contains("<dd data-card>73" + n + "0001</dd>")
                .contains("<dd data-register>1 (năm 2024)</dd>")
                .contains("<dd data-stay>từ ngày ........................ đến ngày 01/03/2025</dd>")
                .contains("data-signed-for>T/M BAN THƯỜNG VỤ</div>")
                .contains("PHẦN NHẬN XÉT CỦA CHI BỘ NƠI ĐẢNG VIÊN SINH HOẠT TẠM THỜI")
                .doesNotContain("data-forwarding");
    }

    @Test
    void shouldNumberEachCommitteesRegisterFromOneEachYear() {
        long commune1 = approved(member("Phan Văn Một", null), TransferKind.INTERNAL, a2, MARCH_5);
        long district1 = approved(member("Phan Văn Hai", null), TransferKind.OFFICIAL, b1, MARCH_5);
        long commune2 = approved(member("Phan Văn Ba", null), TransferKind.INTERNAL, a2, LocalDate.of(2024, 12, 31));
        long commune2025 = approved(member("Phan Văn Bốn", null), TransferKind.INTERNAL, a2, LocalDate.of(2025, 1, 2));
        long district2 = approved(member("Phan Văn Năm", null), TransferKind.OFFICIAL, b1, LocalDate.of(2024, 6, 1));

        assertThat(register(commune1)).isEqualTo(a.id() + " 2024 1");
        assertThat(register(commune2)).isEqualTo(a.id() + " 2024 2");
        assertThat(register(commune2025)).isEqualTo(a.id() + " 2025 1");
        assertThat(register(district1)).isEqualTo(district.id() + " 2024 1");
        assertThat(register(district2)).isEqualTo(district.id() + " 2024 2");
    }

    @Test
    void shouldGiveTwoApprovalsAtOnceTwoNumbersAndRefuseARepeat() throws Exception {
        long first = proposed(member("Võ Văn Đồng", null), TransferKind.INTERNAL, a2, MARCH_5);
        long second = proposed(member("Võ Văn Thời", null), TransferKind.INTERNAL, a2, MARCH_5);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> approveAfter(together, first));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> approveAfter(together, second));
        CompletableFuture.allOf(one, two).get(30, TimeUnit.SECONDS);

        assertThat(List.of(register(first), register(second)))
                .containsExactlyInAnyOrder(a.id() + " 2024 1", a.id() + " 2024 2");
        assertThatThrownBy(() -> jdbc.sql(
                                "update transfer set register_unit_id = ?, register_year = 2024, register_number = 1"
                                        + " where id = ? and register_number = 2")
                        .params(a.id(), register(first).endsWith(" 2") ? first : second)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldPrintNoLetterForAMemberComingFromOutside() throws Exception {
        long id = transfers.createIncoming(
                staff,
                new IncomingForm(
                        MemberForms.form("Đinh Văn Đến", b1.id()),
                        b1.id(),
                        "Đảng bộ huyện Tam Nông",
                        "Chuyển về quê",
                        "5-GGT",
                        MARCH_5));
        transfers.propose(staff, id, new StepForm(0L, null, null));
        transfers.approve(staff, id, new StepForm(1L, null, null));

        mvc.perform(get("/transfers/{id}/letter", id).with(users.as("tochuc"))).andExpect(status().isNotFound());
        mvc.perform(get("/transfers/{id}", id).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/transfers/" + id + "/letter"))));
        assertThat(jdbc.sql("select register_number from transfer where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void shouldListTheRegistersOfTheScopeForAYearOnAPageAndInAnXlsx() throws Exception {
        long commune1 = approved(member("Hà Văn Sổ", null), TransferKind.INTERNAL, a2, MARCH_5);
        approved(member("Hà Văn Năm Sau", null), TransferKind.INTERNAL, a2, LocalDate.of(2025, 2, 3));

        // the district staff's scope holds the hand-built district: its commune's register is listed
        String page = page("tochuc", "/transfers/register?year=2024");
        assertThat(page)
                .contains("Sổ giới thiệu sinh hoạt đảng năm 2024")
                .contains("Hà Văn Sổ")
                .contains("05/03/2024")
                .doesNotContain("Hà Văn Năm Sau");
        // a branch secretary's scope issues no letters
        assertThat(page("bithu", "/transfers/register?year=2024")).doesNotContain("Hà Văn Sổ");

        byte[] xlsx = mvc.perform(
                        get("/transfers/register.xlsx").param("year", "2024").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cấp ủy cấp giấy");
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(4).getStringCellValue().equals("Hà Văn Sổ")) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Xã A");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MARCH_5);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Nội bộ");
        }
        assertThat(register(commune1)).isEqualTo(a.id() + " 2024 1");
    }

    private void approveAfter(CyclicBarrier together, long id) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        transfers.approve(handler(TransferKind.INTERNAL), id, new StepForm(1L, null, null));
    }

    /** A member of hamlet A1 since 2010, with a Party card number (or none). */
    private long member(String name, String card) {
        var form = MemberForms.edit(MemberForms.form(name, a1.id()), d -> d.partyCardNumber = card);
        return members.register(form, form.joinedBranchOn());
    }

    private long proposed(long member, TransferKind kind, UnitView to, LocalDate letterDate) {
        Actor by = handler(kind);
        long id = transfers.create(by, new TransferForm(member, kind, to.id(), null, "Đổi nơi ở", null, letterDate));
        transfers.propose(by, id, new StepForm(0L, null, null));
        return id;
    }

    private long approved(long member, TransferKind kind, UnitView to, LocalDate letterDate) {
        long id = proposed(member, kind, to, letterDate);
        transfers.approve(handler(kind), id, new StepForm(1L, null, null));
        return id;
    }

    /** An internal transfer is the commune committee's to decide (the district only reads it); others the district's. */
    private Actor handler(TransferKind kind) {
        if (kind != TransferKind.INTERNAL) {
            return staff;
        }
        if (communeOfficial == null) {
            communeOfficial = officialOf(a);
        }
        return communeOfficial;
    }

    private Actor communeOfficial;

    /** The transfer's issuer, year and number in the register. */
    private String register(long id) {
        return jdbc.sql("select register_unit_id || ' ' || register_year || ' ' || register_number from transfer"
                        + " where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Autowired
    vn.dangvu.member.loading.MemberLoader members;
}
