package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangvu.shared.PageView;

/**
 * Pages of a list already in memory, for a page that shows several long lists (the summary's communes, its
 * branches short of meetings): {@code ${rowPages.of(list, 'xa')}} is the page the request's parameter
 * {@code xa} names (from 0), and {@code ${rowPages.link('xa', 2, 'anchor')}} a link to another, keeping the
 * other parameters. A printout takes {@code ${rowPages.all(list)}}.
 */
@Component("rowPages")
public class RowPages {

    /** Rows per page: enough to compare, few enough for a phone on a slow line. */
    public static final int SIZE = 20;

    public <T> PageView<T> of(List<T> rows, String parameter) {
        int pages = Math.max(1, (rows.size() + SIZE - 1) / SIZE);
        int page = Math.min(requested(parameter), pages - 1);
        int first = page * SIZE;
        return new PageView<>(rows.subList(first, Math.min(rows.size(), first + SIZE)), page, SIZE, rows.size());
    }

    public <T> PageView<T> all(List<T> rows) {
        return new PageView<>(rows, 0, Math.max(1, rows.size()), rows.size());
    }

    public String link(String parameter, int page, String anchor) {
        HttpServletRequest request = request();
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                        .replaceQueryParam(parameter, page)
                        .build(true)
                        .toUriString()
                + "#" + anchor;
    }

    private static int requested(String parameter) {
        String value = request().getParameter(parameter);
        try {
            return value == null ? 0 : PageView.safePage(Integer.valueOf(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
