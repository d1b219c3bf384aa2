package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * The holiday calendar that transfer deadlines count over (issue 18, item 3): the organisation board of the
 * province or district keeps it through its page; everyone reads it. The rows a test adds are in 2031
 * (no seeded year) or are removed again, so that the seeded calendar stays as it was for other tests.
 */
@IntegrationTest
class HolidayCalendarTests extends DemoDistrictTest {

    @Autowired
    TransferService transfers;

    @Autowired
    OrganisationService organisation;

    @AfterEach
    void removeTheTestDays() {
        jdbc.sql("delete from public_holiday where day >= date '2031-01-01' or day = date '2025-05-20'")
                .update();
    }

    @Test
    void shouldListTheYearsDaysOffWithTheProvisionalFlag() throws Exception {
        String page2027 = page("tochuc", "/holidays?year=2027");
        assertThat(page2027)
                .contains("Ngày nghỉ lễ, Tết năm 2027")
                .contains("05/02/2027")
                .contains("Tết Nguyên đán Đinh Mùi")
                .doesNotContain("(dự kiến)")
                .contains("Dự kiến")
                .contains("href=\"/holidays/2027-02-05/edit\"")
                .contains("href=\"/holidays/new\"");
        // New Year 2026 was Thursday 1/1 and the swapped Friday 2/1 (Văn bản 12729/VPCP-KGVX, 25/12/2025)
        assertThat(page("tochuc", "/holidays?year=2026"))
                .contains("01/01/2026")
                .contains("02/01/2026")
                .contains("Nghỉ hoán đổi (làm bù thứ Bảy 10/01)")
                // Quốc khánh 2026: Monday 31/8 swapped with Saturday 22/8 (agreed 13/10/2025)
                .contains("31/08/2026")
                .contains("01/09/2026");
        assertThat(jdbc.sql("select name from public_holiday where day = date '2027-05-03'")
                        .query(String.class)
                        .single())
                .isEqualTo("Ngày Quốc tế Lao động (nghỉ bù)");
    }

    @Test
    void shouldLetEveryRoleReadButOnlyTheProvinceOrDistrictBoardKeepIt() throws Exception {
        for (String reader : List.of("lanhdao", "xa.thongbinh", "bithu")) {
            assertThat(page(reader, "/holidays?year=2025"))
                    .as(reader)
                    .contains("07/04/2025")
                    .doesNotContain("href=\"/holidays/new\"")
                    .doesNotContain("/edit\"");
            mvc.perform(get("/holidays/new").with(users.as(reader))).andExpect(status().isForbidden());
            mvc.perform(postAs(reader, "/holidays").param("day", "02/01/2031").param("name", "Thử"))
                    .andExpect(status().isForbidden());
            mvc.perform(postAs(reader, "/holidays/2025-04-07/delete")).andExpect(status().isForbidden());
        }
        // a commune's board holds the staff role too, but the calendar is one for the country
        // (no such account exists in the demo: accounts at a commune are its officials)
        var commune = organisation.find(demo.unit("TH-TB")).orElseThrow();
        var communeStaff =
                new Actor(0, "bxd.thongbinh", "Ban Xây dựng Đảng", Role.DISTRICT_STAFF, commune.id(), commune.path());
        assertThat(calendar.mayKeep(communeStaff)).isFalse();
        assertThat(calendar.mayKeep(staff)).isTrue();
        assertThat(count("2031-01-02")).isZero();
        assertThat(count("2025-04-07")).isEqualTo(1);
    }

    @Test
    void shouldAddCorrectAndRemoveADayAfterConfirmation() throws Exception {
        mvc.perform(postAs("tochuc", "/holidays")
                        .param("day", "01/10/2031")
                        .param("name", "Quốc khánh")
                        .param("provisional", "true"))
                .andExpect(redirectedUrl("/holidays?year=2031"))
                .andExpect(flash().attribute("flashSuccess", hasToString(containsString("key=holiday.added"))));
        assertThat(row("2031-10-01")).isEqualTo("Quốc khánh true");
        assertThat(page("tochuc", "/holidays?year=2031")).contains("01/10/2031").contains("Quốc khánh");

        assertThat(page("tochuc", "/holidays/2031-10-01/edit"))
                .contains("value=\"01/10/2031\"")
                .contains("value=\"Quốc kh&aacute;nh\"");
        mvc.perform(postAs("tochuc", "/holidays/2031-10-01/edit")
                        .param("seen", "01/10/2031 Quốc khánh (dự kiến)")
                        .param("day", "03/10/2031")
                        .param("name", "Quốc khánh (nghỉ thêm)"))
                .andExpect(redirectedUrl("/holidays?year=2031"));
        assertThat(count("2031-10-01")).isZero();
        assertThat(row("2031-10-03")).isEqualTo("Quốc khánh (nghỉ thêm) false");

        assertThat(page("tochuc", "/holidays/2031-10-03/delete"))
                .contains("Xóa ngày nghỉ 03/10/2031")
                .contains("Quốc khánh (nghỉ thêm)")
                .contains("action=\"/holidays/2031-10-03/delete\"");
        assertThat(count("2031-10-03")).as("a GET removes nothing").isEqualTo(1);
        mvc.perform(postAs("tochuc", "/holidays/2031-10-03/delete").param("seen", "03/10/2031 Quốc khánh (nghỉ thêm)"))
                .andExpect(redirectedUrl("/holidays?year=2031"))
                .andExpect(flash().attribute("flashSuccess", hasToString(containsString("key=holiday.removed"))));
        assertThat(count("2031-10-03")).isZero();
        mvc.perform(get("/holidays/2031-10-03/delete").with(users.as("tochuc"))).andExpect(status().isNotFound());

        assertThat(jdbc.sql("""
                        select action || ' ' || details from audit_event
                        where entity_type = 'PUBLIC_HOLIDAY' and entity_id in (20311001, 20311003) order by id""").query(String.class).list())
                .containsExactly(
                        "ADDED 01/10/2031 Quốc khánh (dự kiến)",
                        "CORRECTED 01/10/2031 Quốc khánh (dự kiến) → 03/10/2031 Quốc khánh (nghỉ thêm)",
                        "REMOVED 03/10/2031 Quốc khánh (nghỉ thêm)");
    }

    @Test
    void shouldRefuseADuplicateDayAndKeepADateTypedWrong() throws Exception {
        mvc.perform(postAs("tochuc", "/holidays").param("day", "02/09/2031").param("name", "Quốc khánh"))
                .andExpect(redirectedUrl("/holidays?year=2031"));
        mvc.perform(postAs("tochuc", "/holidays").param("day", "02/09/2031").param("name", "Trùng"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày này đã có trong lịch nghỉ.")))
                .andExpect(content().string(containsString("value=\"Tr&ugrave;ng\"")));
        assertThat(row("2031-09-02")).isEqualTo("Quốc khánh false");

        mvc.perform(postAs("tochuc", "/holidays").param("day", "31/02/2031").param("name", "Ngày sai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày 31/02/2031 không tồn tại.")))
                .andExpect(content().string(containsString("value=\"31/02/2031\"")))
                .andExpect(content().string(containsString("value=\"Ng&agrave;y sai\"")));
        mvc.perform(postAs("tochuc", "/holidays").param("day", "").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Đã thêm"))));

        // a correction onto another day already in the calendar is refused too, and nothing changes
        mvc.perform(postAs("tochuc", "/holidays").param("day", "01/09/2031").param("name", "Quốc khánh"))
                .andExpect(redirectedUrl("/holidays?year=2031"));
        mvc.perform(postAs("tochuc", "/holidays/2031-09-01/edit")
                        .param("seen", "01/09/2031 Quốc khánh")
                        .param("day", "02/09/2031")
                        .param("name", "Đổi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày này đã có trong lịch nghỉ.")));
        assertThat(row("2031-09-01")).isEqualTo("Quốc khánh false");
        assertThat(count("2031-01-01", "2031-12-31")).isEqualTo(2);
    }

    @Test
    void shouldNotOverwriteOrRemoveADayChangedBySomeoneElseMeanwhile() throws Exception {
        mvc.perform(postAs("tochuc", "/holidays").param("day", "05/11/2032").param("name", "Nghỉ bù"))
                .andExpect(redirectedUrl("/holidays?year=2032"));
        // two people opened the day as "05/11/2032 Nghỉ bù"; the first saves a new name
        mvc.perform(postAs("tochuc", "/holidays/2032-11-05/edit")
                        .param("seen", "05/11/2032 Nghỉ bù")
                        .param("day", "05/11/2032")
                        .param("name", "Nghỉ bù Quốc khánh"))
                .andExpect(redirectedUrl("/holidays?year=2032"));
        // the second's save is refused, with what they typed kept and the day as it is now
        String again = mvc.perform(postAs("tochuc", "/holidays/2032-11-05/edit")
                        .param("seen", "05/11/2032 Nghỉ bù")
                        .param("day", "05/11/2032")
                        .param("name", "Nghỉ hoán đổi")
                        .param("provisional", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(again))
                .contains("vừa được người khác sửa, hiện là: 05/11/2032 Nghỉ bù Quốc khánh.")
                .contains("value=\"Nghỉ hoán đổi\"")
                .contains("name=\"seen\" value=\"05/11/2032 Nghỉ bù Quốc khánh\"");
        assertThat(row("2032-11-05")).isEqualTo("Nghỉ bù Quốc khánh false");
        // saving again from that page, having seen the change, goes through
        mvc.perform(postAs("tochuc", "/holidays/2032-11-05/edit")
                        .param("seen", "05/11/2032 Nghỉ bù Quốc khánh")
                        .param("day", "05/11/2032")
                        .param("name", "Nghỉ hoán đổi"))
                .andExpect(redirectedUrl("/holidays?year=2032"));
        assertThat(row("2032-11-05")).isEqualTo("Nghỉ hoán đổi false");

        // a removal confirmed on the page as it was before that change removes nothing
        mvc.perform(postAs("tochuc", "/holidays/2032-11-05/delete").param("seen", "05/11/2032 Nghỉ bù Quốc khánh"))
                .andExpect(redirectedUrl("/holidays/2032-11-05/delete"))
                .andExpect(flash().attribute("flashError", hasToString(containsString("holiday.changedMeanwhile"))));
        assertThat(row("2032-11-05")).isEqualTo("Nghỉ hoán đổi false");
        mvc.perform(postAs("tochuc", "/holidays/2032-11-05/delete").param("seen", "05/11/2032 Nghỉ hoán đổi"))
                .andExpect(redirectedUrl("/holidays?year=2032"));
        assertThat(count("2032-11-05")).isZero();
    }

    @Test
    void shouldMoveATransfersDueDateWhenADayOffIsAdded() throws Exception {
        long member = fixtures.member(
                "Lý Văn Ngày Nghỉ", organisation.find(demo.unit("TH-TB-A3")).orElseThrow(), null, null);
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.OFFICIAL,
                        demo.unit("TH-THC-A1"),
                        null,
                        "Đổi nơi công tác",
                        "8-GGT/HU",
                        LocalDate.of(2025, 4, 25),
                        null,
                        null,
                        null));
        // 30 working days after Friday 25/4/2025: 28–29/4, 5–9/5 ... with 30/4–2/5 off: Wednesday 11/6
        assertThat(transfers.get(staff, id).deadlines().presentDue()).isEqualTo(LocalDate.of(2025, 6, 11));

        mvc.perform(postAs("tochuc", "/holidays").param("day", "20/05/2025").param("name", "Ngày nghỉ thử"))
                .andExpect(redirectedUrl("/holidays?year=2025"));
        // Tuesday 20/5 no longer counts: the 30th working day is Thursday 12/6
        assertThat(transfers.get(staff, id).deadlines().presentDue()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(page("tochuc", "/transfers/" + id)).contains("12/06/2025");

        mvc.perform(postAs("tochuc", "/holidays/2025-05-20/delete").param("seen", "20/05/2025 Ngày nghỉ thử"))
                .andExpect(redirectedUrl("/holidays?year=2025"));
        assertThat(transfers.get(staff, id).deadlines().presentDue()).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Autowired
    HolidayCalendar calendar;

    private long count(String day) {
        return count(day, day);
    }

    private long count(String from, String to) {
        return jdbc.sql(
                        "select count(*) from public_holiday where day between cast(:from as date) and cast(:to as date)")
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    private String row(String day) {
        return jdbc.sql("select name || ' ' || provisional from public_holiday where day = cast(:day as date)")
                .param("day", day)
                .query(String.class)
                .single();
    }
}
