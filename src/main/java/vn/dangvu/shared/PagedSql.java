package vn.dangvu.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One page of a list query: a count statement and a limited select over the same FROM and WHERE. */
public final class PagedSql {

    private PagedSql() {}

    /**
     * @param columns what to select, e.g. {@code "m.id, m.full_name"}
     * @param fromWhere the FROM and WHERE clauses, starting with a space
     * @param orderBy the ORDER BY list, without the keywords
     */
    public static <T> PageView<T> page(
            JdbcClient jdbc,
            String columns,
            String fromWhere,
            String orderBy,
            Map<String, Object> params,
            RowMapper<T> mapper,
            int page,
            int size) {
        long total = count(jdbc, fromWhere, params);
        List<T> rows = jdbc.sql(
                        "select " + columns + fromWhere + " order by " + orderBy + " limit :limit offset :offset")
                .params(limited(params, page, size))
                .query(mapper)
                .list();
        return new PageView<>(rows, page, size, total);
    }

    /**
     * One page and the count in one statement ({@code count(*) over ()}), for a selective filter such
     * as a search term: the matching rows are found once instead of twice. Never use it for an
     * unfiltered list, whose window would read and sort every row to show twenty. A page past the end
     * has no row to carry the count, so only then a count statement follows.
     */
    public static <T> PageView<T> pageOfFew(
            JdbcClient jdbc,
            String columns,
            String fromWhere,
            String orderBy,
            Map<String, Object> params,
            RowMapper<T> mapper,
            int page,
            int size) {
        long[] total = {-1};
        List<T> rows = jdbc.sql("select " + columns + ", count(*) over () as page_total" + fromWhere + " order by "
                        + orderBy + " limit :limit offset :offset")
                .params(limited(params, page, size))
                .query((rs, i) -> {
                    total[0] = rs.getLong("page_total");
                    return mapper.mapRow(rs, i);
                })
                .list();
        if (total[0] < 0) {
            total[0] = page == 0 ? 0 : count(jdbc, fromWhere, params);
        }
        return new PageView<>(rows, page, size, total[0]);
    }

    private static long count(JdbcClient jdbc, String fromWhere, Map<String, Object> params) {
        return jdbc.sql("select count(*)" + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> limited(Map<String, Object> params, int page, int size) {
        Map<String, Object> limited = new HashMap<>(params);
        limited.put("limit", size);
        limited.put("offset", (long) page * size);
        return limited;
    }
}
