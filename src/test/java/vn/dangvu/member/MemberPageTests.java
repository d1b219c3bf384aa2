package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.StepForm;
import vn.dangvu.transfer.TransferForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferService;

/** A member's page shows an open transfer with a link to it, and says why no new one can be started. */
@IntegrationTest
class MemberPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransferService transfers;

    @Test
    void shouldShowTheOpenTransferAndHoldBackANewOne() throws Exception {
        Actor staff = users.actor("tochuc");
        Fixtures.Commune commune = fixtures.commune(2);
        long member = fixtures.member("Kha Văn Đang Chuyển", commune.hamlet(0), commune.hamlet(1), null);
        assertThat(page("tochuc", member))
                .contains("href=\"/transfers/new?member=" + member + "\"")
                .doesNotContain("đang có phiếu chuyển", " disabled");

        Actor official =
                users.actor(fixtures.account(staff, vn.dangvu.shared.Role.COMMUNE_OFFICIAL, commune.commune()));
        long open = transfers.create(
                official,
                new TransferForm(
                        member, TransferKind.INTERNAL, commune.hamlet(1).id(), null, "Về nơi ở", null, null));
        transfers.propose(official, open, new StepForm(0L, null, null));

        String held = page("tochuc", member);
        assertThat(held)
                .contains("Đảng viên đang có phiếu chuyển sinh hoạt số " + open + " (đã đề nghị, chờ duyệt).")
                .contains("<a href=\"/transfers/" + open + "\">Xem phiếu chuyển</a>")
                .contains("Chưa lập được phiếu chuyển mới: phiếu đang mở phải được hoàn thành, từ chối hoặc hủy trước.")
                .contains("disabled")
                .doesNotContain("/transfers/new?member=");
        assertThat(page("lanhdao", member))
                .as("a reader sees the open transfer, but no button")
                .contains("Đảng viên đang có phiếu chuyển sinh hoạt số " + open + " (đã đề nghị, chờ duyệt).")
                .doesNotContain("Chưa lập được phiếu chuyển mới", "Chuyển sinh hoạt đảng</button>");

        transfers.cancel(official, open, new StepForm(1L, "Nhầm nơi đến", null));
        assertThat(page("tochuc", member))
                .contains("href=\"/transfers/new?member=" + member + "\"")
                .doesNotContain("đang có phiếu chuyển");
    }

    private String page(String username, long member) throws Exception {
        return mvc.perform(get("/members/{id}", member).with(users.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
