package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The markup that phones (and the checkers) rely on: every cell of a stacked list labelled with its column,
 * wide tables of figures marked to become cards, figures marked as tap targets, the evaluation form's
 * fieldset with a legend, the login name typed as text, and the duties page folded member by member.
 */
@IntegrationTest
class PhoneMarkupTests extends DemoDistrictTest {

    @Test
    void shouldLabelEveryCellOfAStackedListWithItsColumn() throws Exception {
        String transfers = page("tochuc", "/transfers");
        assertThat(transfers)
                .contains("<table class=\"table table-striped bg-white table-responsive-stack\" role=\"table\">")
                .contains("<th scope=\"col\" role=\"columnheader\">Nơi đi</th>");
        int rows = count(transfers, "<tr role=\"row\">") - 1;
        assertThat(rows).as("rows of the first page").isPositive();
        for (String column :
                new String[] {"Đảng viên", "Nơi đi", "Nơi đến", "Hình thức", "Trạng thái", "Ngày sinh hoạt tại nơi mới"
                }) {
            assertThat(count(transfers, "<td data-label=\"" + column + "\" role=\"cell\">"))
                    .as("cells labelled %s", column)
                    .isEqualTo(rows);
        }

        assertThat(page("tochuc", "/members")).contains("<td data-label=\"Ngày sinh\" role=\"cell\">");
        assertThat(page("tochuc", "/branchwork"))
                .contains("table-responsive-stack table-cards\" role=\"table\">")
                .containsPattern(
                        "<td data-label=\"Buổi sinh hoạt\" role=\"cell\"><a class=\"figure-link\" href=\"/branches/\\d+/meetings\">");
        assertThat(page("lanhdao", "/reports/summary"))
                .contains("table-responsive-stack table-cards\" id=\"commune-figures\" role=\"table\">")
                .contains("<td data-label=\"Tỷ lệ dự sinh hoạt\" role=\"cell\">")
                .containsPattern("<td><a class=\"figure-link\" data-figure=\"commendations\"");
    }

    @Test
    void shouldGiveTheEvaluationFormsFieldsetALegend() throws Exception {
        assertThat(page("tochuc", "/branches/{id}/evaluations?year=2024", demo.unit("TH-TB-A1")))
                .containsPattern("<fieldset>\\s*<legend class=\"h5\">Xếp loại từng đảng viên năm 2024</legend>");
    }

    @Test
    void shouldTypeTheLoginNameAsText() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains(
                        "<input id=\"username\" name=\"username\" type=\"text\" class=\"form-control\" autocomplete=\"username\"");
    }

    @Test
    void shouldFoldEachMemberOnTheDutiesPageButTheOneASavedFormReturnsTo() throws Exception {
        Fixtures.Commune commune = fixtures.commune(1);
        long hamlet = commune.hamlet(0).id();
        long first = fixtures.member("Trương Văn Gấp Lại", commune.hamlet(0), commune.hamlet(0), null);
        long second = fixtures.member("Trương Thị Mở Ra", commune.hamlet(0), commune.hamlet(0), null);

        String folded = page("tochuc", "/branches/{id}/duties?year=2024", hamlet);
        assertThat(count(folded, "<details class=\"member-duties\">")).isEqualTo(2);
        assertThat(folded)
                .doesNotContain("<details class=\"member-duties\" open")
                .contains("<summary>Nhiệm vụ (0)</summary>");

        MvcResult given = mvc.perform(postAs("tochuc", "/branches/{id}/duties", hamlet)
                        .param("year", "2024")
                        .param("memberId", String.valueOf(second))
                        .param("field", "Dân vận")
                        .param("title", "Theo dõi tổ 6"))
                .andReturn();
        String back = mvc.perform(get(given.getResponse().getRedirectedUrl())
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, given.getFlashMap())
                        .with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(foldOf(back, second)).isEqualTo("<details class=\"member-duties\" open=\"open\">");
        assertThat(foldOf(back, first)).isEqualTo("<details class=\"member-duties\">");
        assertThat(back).contains("<summary>Nhiệm vụ (1)</summary>");
    }

    /** The opening tag of the fold in a member's card on the duties page. */
    private static String foldOf(String page, long member) {
        Matcher fold = Pattern.compile(
                        "id=\"member-" + member + "\".*?(<details class=\"member-duties\"[^>]*>)", Pattern.DOTALL)
                .matcher(page);
        assertThat(fold.find()).as("the fold of member %d", member).isTrue();
        return fold.group(1);
    }

    private static int count(String html, String text) {
        return (int)
                Pattern.compile(Pattern.quote(text)).matcher(html).results().count();
    }
}
