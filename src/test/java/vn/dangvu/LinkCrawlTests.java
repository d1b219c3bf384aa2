package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.member.MemberService;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;
import vn.dangvu.transfer.StepForm;
import vn.dangvu.transfer.TransferForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferService;

/**
 * Every internal link on the dashboard, a member's page, a unit's page, a transfer's page (and, for the
 * district's roles, a campaign's page) leads each demo account somewhere it may open: none answers 403
 * or 404. The member crawled has moved from another commune through a branch outside the secretary's
 * and the officials' scope, so that their history names units and transfers some readers may not open.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCrawlTests extends DemoDistrictTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Autowired
    MemberService members;

    @Autowired
    TransferService transfers;

    /** A member who lived in Tân Hộ Cơ, moved to Bình Thạnh (Thông Bình) and has an open transfer back. */
    long traveller;

    @BeforeAll
    void aMemberWhoMovedAcrossCommunes() {
        Actor staff = users.actor("tochuc");
        traveller = members.create(staff, MemberForms.form("Lữ Văn Đi Xa", demo.unit("TH-THC-A1")));
        // internal transfers are the grassroots committee's (the commune's officials), official ones staff's
        move(users.actor("xa.tanhoco"), traveller, TransferKind.INTERNAL, "TH-THC-A2", LocalDate.of(2020, 3, 1));
        move(staff, traveller, TransferKind.OFFICIAL, "TH-TB-A1", LocalDate.of(2022, 3, 1));
        Actor thongBinh = users.actor("xa.thongbinh");
        long open = transfers.create(
                thongBinh,
                new TransferForm(
                        traveller, TransferKind.INTERNAL, demo.unit("TH-TB-A2"), null, "Về nơi ở mới", null, null));
        transfers.propose(thongBinh, open, new StepForm(0L, null, null));
    }

    /** An internal move within one grassroots organisation, an official one across two. */
    private void move(Actor staff, long member, TransferKind kind, String branchCode, LocalDate on) {
        long id = transfers.create(
                staff, new TransferForm(member, kind, demo.unit(branchCode), null, "Chuyển", null, null));
        transfers.propose(staff, id, new StepForm(0L, null, null));
        transfers.approve(staff, id, new StepForm(1L, null, null));
        transfers.complete(staff, id, new StepForm(2L, null, on));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tochuc", "lanhdao", "xa.thongbinh", "xa.tanhoco", "bithu"})
    void shouldLeadEveryRoleOnlyToPagesItMayOpen(String username) throws Exception {
        List<String> starts = new ArrayList<>(List.of("/"));
        starts.addAll(startPages(username));
        Set<String> links = new LinkedHashSet<>();
        for (String start : starts) {
            MvcResult page = mvc.perform(get(start).with(users.as(username))).andReturn();
            assertThat(page.getResponse().getStatus()).as(start).isEqualTo(200);
            links.addAll(internalLinks(page.getResponse().getContentAsString()));
        }
        assertThat(links).as("the crawl found the pages' links").hasSizeGreaterThan(10);
        List<String> refused = new ArrayList<>();
        for (String link : links) {
            int status = mvc.perform(get(link).with(users.as(username)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 403 || status == 404) {
                refused.add(status + " " + link);
            }
        }
        assertThat(refused).as("links on the pages of " + username).isEmpty();
    }

    private List<String> startPages(String username) {
        long thongBinhTransfer = demo.transferInto("TH-TB-A1");
        long tanHoCoTransfer = demo.transferInto("TH-THC-A1");
        long agencyWave = demo.count("""
                select c.id from campaign c join directive d on d.id = c.directive_id where d.number = '21-HD/BTCTU'""");
        Map<String, List<String>> pages = Map.of(
                "tochuc",
                List.of(
                        "/members/" + traveller,
                        "/units/" + demo.unit("TH"),
                        "/units/" + demo.unit("TH-TB"),
                        "/units/" + demo.unit("TH-TB-A1"),
                        "/transfers/" + thongBinhTransfer,
                        "/campaigns/" + agencyWave,
                        "/campaigns/" + agencyWave + "?asOf=06/01/2019",
                        "/reorganisations"),
                "lanhdao",
                List.of(
                        "/members/" + traveller,
                        "/units/" + demo.unit("TH-TB"),
                        "/units/" + demo.unit("TH-TB-A1"),
                        "/transfers/" + thongBinhTransfer,
                        "/campaigns/" + agencyWave,
                        "/campaigns/" + agencyWave + "?asOf=06/01/2019"),
                "xa.thongbinh",
                List.of(
                        "/members/" + traveller,
                        "/units/" + demo.unit("TH-TB"),
                        "/units/" + demo.unit("TH-TB-A1"),
                        "/transfers/" + thongBinhTransfer),
                "xa.tanhoco",
                List.of(
                        "/members/" + demo.memberOf("TH-THC-A1"),
                        "/units/" + demo.unit("TH-THC"),
                        "/units/" + demo.unit("TH-THC-A1"),
                        "/transfers/" + tanHoCoTransfer,
                        "/transfers/" + firstTransferOf(traveller)),
                "bithu",
                List.of("/members/" + traveller, "/units/" + demo.unit("TH-TB-A1"), "/transfers/" + thongBinhTransfer));
        return pages.get(username);
    }

    /** The traveller's move within Tân Hộ Cơ: xa.tanhoco reads it, though the member now lives elsewhere. */
    private long firstTransferOf(long member) {
        return demo.count("select min(id) from transfer where member_id = ?", member);
    }

    private static List<String> internalLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String link = HtmlUtils.htmlUnescape(m.group(1));
            if (link.startsWith("/")
                    && !link.startsWith("/webjars/")
                    && !link.startsWith("/assets/")
                    && !link.startsWith("//")) {
                links.add(link);
            }
        }
        return links;
    }
}
