package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * A form sent back with errors, as a screen reader meets it: the summary at the top links to each field in
 * error, every such field says {@code aria-invalid="true"}, and the fields that were right do not.
 */
@IntegrationTest
class FieldErrorLinksPagesTests extends DemoDistrictTest {

    @Test
    void shouldLinkEveryBadFieldOfTheMemberFormAndMarkIt() throws Exception {
        Document page = sent(postAs("tochuc", "/members")
                .param("fullName", "")
                .param("birthDate", "31/02/2020")
                .param("idNumber", "123456789012")
                .param("admittedOn", "01/01/2010")
                .param("group", "RETIRED")
                .param("branchId", String.valueOf(demo.unit("TH-TB-A1")))
                .param("joinedBranchOn", "abc"));

        assertThat(summaryLinks(page))
                .containsExactlyInAnyOrder("#fullName", "#birthDate", "#gender", "#joinedBranchOn");
        assertThat(invalid(page, "fullName")).isTrue();
        assertThat(invalid(page, "birthDate")).isTrue();
        assertThat(invalid(page, "joinedBranchOn")).isTrue();
        assertThat(page.getElementById("gender").tagName()).isEqualTo("fieldset");
        assertThat(invalid(page, "gender")).isTrue();
        assertThat(page.select("#gender input[type=radio]"))
                .as("each choice of the group in error")
                .isNotEmpty()
                .allMatch(radio -> "true".equals(radio.attr("aria-invalid")));
        assertThat(invalid(page, "idNumber")).isFalse();
        assertThat(invalid(page, "admittedOn")).isFalse();
        assertThat(invalid(page, "branchId"))
                .as("a select written out in the page")
                .isFalse();
    }

    @Test
    void shouldLinkEveryBadFieldOfTheTransferFormAndMarkIt() throws Exception {
        var commune = fixtures.commune(2);
        long member = fixtures.member("Tạ Văn Sai Ngày", commune.hamlet(0), null, null);
        // an internal transfer is the grassroots committee's to record: its official sends the form
        String official = officialOf(commune.commune()).username();
        Document page = sent(postAs(official, "/transfers")
                .param("memberId", String.valueOf(member))
                .param("kind", "INTERNAL")
                .param("toBranchId", String.valueOf(commune.hamlet(1).id()))
                .param("reason", "")
                .param("letterNumber", "99-GGT")
                .param("letterDate", "45/01/2024"));

        assertThat(summaryLinks(page)).containsExactlyInAnyOrder("#reason", "#letterDate");
        assertThat(invalid(page, "reason")).isTrue();
        assertThat(invalid(page, "letterDate")).isTrue();
        assertThat(invalid(page, "letterNumber")).isFalse();
        assertThat(invalid(page, "toBranchId")).isFalse();
        assertThat(invalid(page, "kind")).isFalse();
    }

    @Test
    void shouldLinkEveryBadFieldOfTheMeetingFormAndMarkIt() throws Exception {
        Document page = sent(postAs("bithu", "/branches/{id}/meetings", demo.unit("TH-TB-A1"))
                .param("heldOn", "")
                .param("kind", "NOT_A_KIND")
                .param("topic", "Sinh hoạt thường kỳ")
                .param("resolution", "r".repeat(10001)));

        assertThat(summaryLinks(page)).containsExactlyInAnyOrder("#heldOn", "#kind", "#resolution");
        assertThat(invalid(page, "heldOn")).isTrue();
        assertThat(invalid(page, "kind")).isTrue();
        assertThat(invalid(page, "resolution")).isTrue();
        assertThat(invalid(page, "topic")).isFalse();
        assertThat(page.getElementById("topic").val()).isEqualTo("Sinh hoạt thường kỳ");
    }

    private Document sent(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("the form is shown again").isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** Where the error summary's links lead, each checked to lead somewhere on the page. */
    private static List<String> summaryLinks(Document page) {
        List<String> links = page.select(".form-errors a").eachAttr("href");
        for (String link : links) {
            assertThat(page.getElementById(link.substring(1)))
                    .as("the target of %s", link)
                    .isNotNull();
        }
        return links;
    }

    private static boolean invalid(Document page, String id) {
        Element field = page.getElementById(id);
        assertThat(field).as("#%s", id).isNotNull();
        return "true".equals(field.attr("aria-invalid"));
    }
}
