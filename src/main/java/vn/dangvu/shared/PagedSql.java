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
        long total = jdbc.sql("select count(*)" + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
        Map<String, Object> limited = new HashMap<>(params);
        limited.put("limit", size);
        limited.put("offset", (long) page * size);
        List<T> rows = jdbc.sql(
                        "select " + columns + fromWhere + " order by " + orderBy + " limit :limit offset :offset")
                .params(limited)
                .query(mapper)
                .list();
        return new PageView<>(rows, page, size, total);
    }
}
