package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangvu.shared.PageView;

/** Pages of the summary's long lists: twenty rows, a parameter per list, a bad or far page number harmless. */
class RowPagesTests {

    private static final List<Integer> FORTY_FIVE =
            IntStream.rangeClosed(1, 45).boxed().toList();

    private final RowPages pages = new RowPages();

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void shouldShowThePageItsParameterNames() {
        request("xa", "2", "cb", "0");

        PageView<Integer> communes = pages.of(FORTY_FIVE, "xa");
        PageView<Integer> branches = pages.of(FORTY_FIVE, "cb");

        assertThat(communes.items()).containsExactly(41, 42, 43, 44, 45);
        assertThat(communes.firstIndex()).isEqualTo(41);
        assertThat(communes.totalPages()).isEqualTo(3);
        assertThat(communes.hasNext()).isFalse();
        assertThat(branches.items()).hasSize(20).startsWith(1, 2).endsWith(20);
    }

    @Test
    void shouldShowTheFirstOrLastPageForANumberThatIsNotOne() {
        request("xa", "mười", "cb", "99");

        assertThat(pages.of(FORTY_FIVE, "xa").items()).startsWith(1).hasSize(20);
        assertThat(pages.of(FORTY_FIVE, "cb").items()).containsExactly(41, 42, 43, 44, 45);
        assertThat(pages.of(List.of(), "cb").items()).isEmpty();
        assertThat(pages.all(FORTY_FIVE).items()).hasSize(45);
        assertThat(pages.all(FORTY_FIVE).totalPages()).isEqualTo(1);
    }

    @Test
    void shouldLinkToAnotherPageKeepingTheOtherParameters() {
        MockHttpServletRequest request = request("xa", "1", "cb", "0");
        request.setRequestURI("/reports/summary");
        request.setQueryString("asOf=31/12/2024&xa=1&cb=0");

        assertThat(pages.link("cb", 1, "compliance-branches"))
                .isEqualTo("/reports/summary?asOf=31/12/2024&xa=1&cb=1#compliance-branches");
    }

    private static MockHttpServletRequest request(String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/reports/summary");
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }
}
