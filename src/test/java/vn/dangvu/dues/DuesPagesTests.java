package vn.dangvu.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/** The dues pages as a browser sends them: a double tap saves once, bad values come back as typed, pages render. */
@IntegrationTest
class DuesPagesTests extends DemoDistrictTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Autowired
    DuesService dues;

    long hamlet;
    long an;
    long binh;

    @BeforeEach
    void setUp() {
        Fixtures.Commune commune = fixtures.commune(1);
        hamlet = commune.hamlet(0).id();
        an = fixtures.member("Lê Văn An", commune.hamlet(0), commune.hamlet(0), null);
        binh = fixtures.member("Trần Thị Bình", commune.hamlet(0), commune.hamlet(0), null);
        dues.assign(staff, an, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
        dues.assign(staff, binh, new AssignmentForm("SALARY", "2.500.000", 0, "01/2026", ""));
    }

    @Test
    void shouldSaveAMonthOnceForADoubleTap() throws Exception {
        String page = mvc.perform(get("/dues/branches/{id}", hamlet)
                        .param("month", "03/2026")
                        .with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Lê Văn An", "Trần Thị Bình", "25.000 đ");
        String token = token(page);

        List<MvcResult> taps = List.of(
                        CompletableFuture.supplyAsync(() -> send(save(token))),
                        CompletableFuture.supplyAsync(() -> send(save(token))))
                .stream()
                .map(CompletableFuture::join)
                .toList();
        MvcResult late = send(save(token));

        assertThat(jdbc.sql("select count(*) from dues_payment where member_id in (?, ?)")
                        .params(an, binh)
                        .query(Long.class)
                        .single())
                .as("one payment for each of the two members ticked")
                .isEqualTo(2);
        for (MvcResult tap : List.of(taps.get(0), taps.get(1), late)) {
            assertThat(tap.getResponse().getStatus()).isEqualTo(302);
            assertThat(tap.getResponse().getRedirectedUrl()).startsWith("/dues/branches/" + hamlet + "?month=03/2026");
        }
    }

    @Test
    void shouldBringBadValuesBackAsTypedWithEveryMessage() throws Exception {
        String page = mvc.perform(post("/dues/branches/{id}", hamlet)
                        .param("month", "03/2026")
                        .param("paidOn", "31/02/2026")
                        .param("rows[0].memberId", String.valueOf(an))
                        .param("rows[0].paid", "true")
                        .param("rows[0].amount", "hai mươi lăm")
                        .param("rows[0].channel", "CASH")
                        .param("rows[1].memberId", String.valueOf(binh))
                        .param("rows[1].paid", "true")
                        .param("rows[1].amount", "25.000")
                        .param("rows[1].channel", "ONLINE")
                        .param("rows[1].reference", "")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"hai mươi lăm\"", "value=\"31/02/2026\"")
                .contains("Ngày 31/02/2026 không tồn tại", "Lê Văn An: “hai mươi lăm” không phải là số tiền")
                .contains("Trần Thị Bình: nộp trực tuyến cần mã giao dịch");
        assertThat(jdbc.sql("select count(*) from dues_payment where member_id in (?, ?)")
                        .params(an, binh)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldShowEveryDuesPage() throws Exception {
        for (MockHttpServletRequestBuilder page : List.of(
                get("/dues"),
                get("/dues/rates"),
                get("/dues/arrears"),
                get("/dues/collection"),
                get("/dues/members/{id}", an),
                get("/dues/branches/{id}/list", hamlet).param("month", "03/2026"),
                get("/dues/branches/{id}/list.xlsx", hamlet).param("month", "03/2026"))) {
            mvc.perform(page.with(users.as("tochuc"))).andExpect(status().isOk());
        }
        String member = mvc.perform(get("/members/{id}", an).with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(member).contains("/dues/members/" + an).contains("Đảng phí: chưa đóng đủ tháng nào.");
        assertThat(page("tochuc", "/members/{id}/years/{year}", an, 2026))
                .as("the member's year page shows the year's dues months")
                .contains("<h2 class=\"h5\">Đảng phí</h2>", ">01/2026</td>", ">12/2026</td>", ">25.000 đ</td>");
        String letter = mvc.perform(get("/transfers/{id}/letter", demo.transferInto("TH-TB-A1"))
                        .with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(letter).contains("Đã đóng đảng phí hết tháng");
    }

    private MockHttpServletRequestBuilder save(String token) {
        return post("/dues/branches/{id}", hamlet)
                .param("month", "03/2026")
                .param("formToken", token)
                .param("paidOn", "05/03/2026")
                .param("rows[0].memberId", String.valueOf(an))
                .param("rows[0].paid", "true")
                .param("rows[0].amount", "25.000")
                .param("rows[0].channel", "CASH")
                .param("rows[1].memberId", String.valueOf(binh))
                .param("rows[1].paid", "true")
                .param("rows[1].amount", "25.000")
                .param("rows[1].channel", "ONLINE")
                .param("rows[1].reference", "DVC0000012345")
                .with(users.as("tochuc"))
                .with(csrf());
    }

    private MvcResult send(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("a one-time token on the form").isTrue();
        return matcher.group(1);
    }
}
