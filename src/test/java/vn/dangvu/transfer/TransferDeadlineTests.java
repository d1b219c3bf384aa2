package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.domain.WorkingDays;

/**
 * Deadlines in working days over the holiday calendar (issue 18, item 3): 60 to start the procedure after
 * the decision, 30 to present the letter; overdue transfers on the origin's and the destination's home pages.
 */
@IntegrationTest
class TransferDeadlineTests extends DemoDistrictTest {

    @Autowired
    TransferService transfers;

    @Autowired
    WorkingDays workingDays;

    @Test
    void shouldCountWorkingDaysWithoutWeekendsAndPublicHolidays() {
        // 28/4 and 29/4 count, 30/4, 1/5 and 2/5 are days off, then five a week: the 30th is Wednesday 11/6
        assertThat(workingDays.after(LocalDate.of(2025, 4, 25), 30)).isEqualTo(LocalDate.of(2025, 6, 11));
        // Tết (27–31/1) and Giỗ Tổ (7/4) are skipped: the 60th working day after Monday 20/1/2025 is 22/4
        assertThat(workingDays.after(LocalDate.of(2025, 1, 20), 60)).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(workingDays.after(LocalDate.of(2024, 2, 2), 1))
                .as("Friday before Tết Giáp Thìn: Monday 5/2 is a working day")
                .isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(workingDays.after(LocalDate.of(2024, 2, 7), 1))
                .as("8/2–14/2/2024 are Tết days off")
                .isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void shouldListOverdueTransfersOnTheOriginsAndTheDestinationsHomePages() throws Exception {
        Actor staff = users.actor("tochuc");
        long member = fixtures.member("Quách Văn Trễ Hạn", organisation(demo.unit("TH-TB-A3")), null, null);
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.OFFICIAL,
                        demo.unit("TH-THC-A1"),
                        null,
                        "Đổi nơi công tác",
                        "7-GGT/HU",
                        LocalDate.of(2025, 4, 25),
                        LocalDate.of(2025, 1, 20),
                        null,
                        null));
        TransferDetails draft = transfers.get(staff, id);
        assertThat(draft.deadlines())
                .isEqualTo(new Deadlines(
                        LocalDate.of(2025, 1, 20),
                        LocalDate.of(2025, 4, 22),
                        null,
                        LocalDate.of(2025, 4, 25),
                        LocalDate.of(2025, 6, 11),
                        null));

        assertThat(rows(transfers.overdue(users.actor("xa.thongbinh")).outgoing(), id))
                .containsExactly("START 2025-04-22");
        assertThat(rows(transfers.overdue(users.actor("xa.thongbinh")).incoming(), id))
                .isEmpty();
        assertThat(rows(transfers.overdue(users.actor("xa.tanhoco")).incoming(), id))
                .containsExactly("START 2025-04-22");
        assertThat(transfers.overdue(users.actor("bithu")).any())
                .as("a branch secretary's home page has no such list")
                .isFalse();
        mvc.perform(get("/").with(users.as("xa.tanhoco")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuyển sinh hoạt quá hạn")))
                .andExpect(content().string(containsString("Quách Văn Trễ Hạn")))
                .andExpect(content().string(containsString("chưa làm thủ tục, hạn 22/04/2025")));

        transfers.propose(staff, id, new StepForm(transfers.get(staff, id).version(), null, null));
        transfers.approve(staff, id, new StepForm(transfers.get(staff, id).version(), null, null));
        assertThat(rows(transfers.overdue(users.actor("xa.tanhoco")).incoming(), id))
                .containsExactly("PRESENT 2025-06-11");

        mvc.perform(post("/transfers/{id}/presented", id)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(transfers.get(staff, id).version()))
                        .param("presentedOn", "32/13/2025"))
                .andExpect(redirectedUrlPattern("/transfers/*"));
        assertThat(transfers.get(staff, id).deadlines().presentedOn()).isNull();
        mvc.perform(post("/transfers/{id}/presented", id)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(transfers.get(staff, id).version()))
                        .param("presentedOn", "16/06/2025"))
                .andExpect(redirectedUrl("/transfers/" + id));
        TransferDetails presented = transfers.get(staff, id);
        assertThat(presented.deadlines().presentedOn()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(presented.deadlines().presentLate(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(rows(transfers.overdue(users.actor("xa.tanhoco")).incoming(), id))
                .isEmpty();
        mvc.perform(get("/transfers/{id}", id).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn nộp giấy giới thiệu: 11/06/2025 — quá hạn")))
                .andExpect(content().string(containsString("16/06/2025")));
    }

    @Test
    void shouldSuggestTheKindFromTheLevelsOnTheTransfersDate() throws Exception {
        Actor staff = users.actor("tochuc");
        long member = fixtures.member("Kiều Văn Gợi Ý", organisation(demo.unit("TH-TB-A3")), null, null);
        assertThat(transfers.suggestedKind(demo.unit("TH-TB-A3"), demo.unit("TH-TB-A4"), LocalDate.of(2025, 1, 2)))
                .isEqualTo(TransferKind.INTERNAL);
        assertThat(transfers.suggestedKind(demo.unit("TH-TB-A3"), demo.unit("TH-THC-A1"), LocalDate.of(2025, 1, 2)))
                .isEqualTo(TransferKind.OFFICIAL);
        assertThat(transfers.suggestedKind(demo.unit("TH-TB-A3"), null, LocalDate.of(2025, 1, 2)))
                .isEqualTo(TransferKind.OFFICIAL);

        mvc.perform(get("/transfers/new")
                        .param("member", String.valueOf(member))
                        .with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theo gợi ý (tự xác định)")))
                .andExpect(content().string(containsString("chi bộ nhận cùng thuộc Xã Thông Bình là chuyển nội bộ")));
        // staff who leave the kind to the suggestion are told on the form whose transfer it is, and keep
        // what they typed (no 403 page, no transfer: the official's transfer below would be refused)
        mvc.perform(post("/transfers")
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("memberId", String.valueOf(member))
                        .param("kind", "")
                        .param("toBranchId", String.valueOf(demo.unit("TH-TB-A4")))
                        .param("reason", "Về nơi cư trú mới")
                        .param("letterDate", "02/01/2025"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Hai chi bộ cùng thuộc Xã Thông Bình: đây là chuyển sinh hoạt nội bộ")))
                .andExpect(content().string(containsString("name=\"reason\" value=\"Về nơi cư tr")));
        // an internal transfer is the grassroots committee's: the commune's official starts it
        MvcResult created = mvc.perform(post("/transfers")
                        .with(users.as("xa.thongbinh"))
                        .with(csrf())
                        .param("memberId", String.valueOf(member))
                        .param("kind", "")
                        .param("toBranchId", String.valueOf(demo.unit("TH-TB-A4")))
                        .param("reason", "Về nơi cư trú")
                        .param("letterDate", "02/01/2025"))
                .andExpect(redirectedUrlPattern("/transfers/*"))
                .andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/transfers/", ""));
        assertThat(transfers.get(staff, id).kind()).isEqualTo(TransferKind.INTERNAL);
    }

    private vn.dangvu.organisation.UnitView organisation(long id) {
        return organisationService.find(id).orElseThrow();
    }

    @Autowired
    vn.dangvu.organisation.OrganisationService organisationService;

    private static List<String> rows(List<OverdueTransfers.Row> rows, long id) {
        return rows.stream()
                .filter(r -> r.id() == id)
                .map(r -> r.deadline() + " " + r.due())
                .toList();
    }
}
