package vn.dangvu.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list query: a count statement and a limited select over the same FROM and WHERE. Rows
 * become records of the given type by column name, as {@code JdbcClient.query(Class)} maps them.
 */
public final class PagedSql {

    /** The mapper {@code JdbcClient.query(Class)} would use, built once per record type. */
    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private PagedSql() {}

    /**
     * @param columns what to select, named after the record's components, e.g. {@code "m.id, m.full_name
     *     as \"fullName\""} (see docs/scale.md, "Rows become records")
     * @param fromWhere the FROM and WHERE clauses, starting with a space
     * @param orderBy the ORDER BY list, without the keywords
     */
    public static <T> PageView<T> page(
            JdbcClient jdbc,
            String columns,
            String fromWhere,
            String orderBy,
            Map<String, Object> params,
            Class<T> type,
            int page,
            int size) {
        long total = count(jdbc, fromWhere, params);
        List<T> rows = jdbc.sql(
                        "select " + columns + fromWhere + " order by " + orderBy + " limit :limit offset :offset")
                .params(limited(params, page, size))
                .query(mapper(type))
                .list();
        return new PageView<>(rows, page, size, total);
    }

    /**
     * The matching rows of a selective filter such as a search term, found, counted, sorted and paged in a
     * narrow table of their own before anything else is read.
     *
     * @param columns the keys the page is then joined on, and the sort columns, e.g. {@code "s.member_id,
     *     s.sort_key"}
     * @param fromWhere the FROM and WHERE clauses over the narrow table, starting with a space
     * @param orderBy the ORDER BY list over it, without the keywords
     */
    public record Found(String columns, String fromWhere, String orderBy) {}

    /**
     * One page and the count in one statement ({@code count(*) over ()}), for a selective filter: the
     * matching rows are found once instead of twice, and only the page's rows are joined to the wide tables
     * (as {@code f}), so a filter that matches thousands reads thousands of narrow rows and twenty wide ones.
     * Never use it for an unfiltered list, whose window would read and sort every row to show twenty. A page
     * past the end has no row to carry the count, so only then a count statement follows.
     *
     * @param columns what to select for the page, over {@code f} and {@code joins}
     * @param joins the joins of {@code f} to the tables the columns read, starting with a space
     * @param orderBy the page's ORDER BY list over them, the same order as {@code found}'s
     */
    public static <T> PageView<T> pageOfFew(
            JdbcClient jdbc,
            Found found,
            String columns,
            String joins,
            String orderBy,
            Map<String, Object> params,
            Class<T> type,
            int page,
            int size) {
        RowMapper<T> mapper = mapper(type);
        long[] total = {-1};
        List<T> rows = jdbc.sql("select " + columns + ", f.page_total from (select " + found.columns()
                        + ", count(*) over () as page_total" + found.fromWhere() + " order by " + found.orderBy()
                        + " limit :limit offset :offset) f" + joins + " order by " + orderBy)
                .params(limited(params, page, size))
                .query((rs, i) -> {
                    total[0] = rs.getLong("page_total");
                    return mapper.mapRow(rs, i);
                })
                .list();
        if (total[0] < 0) {
            total[0] = page == 0 ? 0 : count(jdbc, found.fromWhere(), params);
        }
        return new PageView<>(rows, page, size, total[0]);
    }

    @SuppressWarnings("unchecked")
    private static <T> RowMapper<T> mapper(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, SimplePropertyRowMapper::new);
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
