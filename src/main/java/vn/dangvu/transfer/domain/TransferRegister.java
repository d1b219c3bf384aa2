package vn.dangvu.transfer.domain;

import java.util.Map;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.Scope;
import vn.dangvu.transfer.RegisterRow;

/**
 * The issuing committees' transfer registers (Sổ giới thiệu sinh hoạt đảng): the next number of a
 * committee's year, and the entries of the registers of the committees in a scope.
 */
@Component
@RequiredArgsConstructor
public class TransferRegister {

    private final JdbcClient jdbc;

    /**
     * Takes the next {@code count} numbers of the issuer's year and returns the last one (the first is
     * {@code last - count + 1}). The upsert locks the counter row until the caller's transaction ends, so an
     * approval at the same moment waits and gets the numbers after these.
     */
    public int take(long issuerUnitId, int year, int count) {
        return jdbc.sql("""
                        insert into transfer_register_counter (issuer_unit_id, year, last_number)
                        values (:issuer, :year, :count)
                        on conflict (issuer_unit_id, year)
                        do update set last_number = transfer_register_counter.last_number + excluded.last_number
                        returning last_number""")
                .param("issuer", issuerUnitId)
                .param("year", year)
                .param("count", count)
                .query(Integer.class)
                .single();
    }

    /** Numbers transfers approved by a batch step, in the order given (their entities are not loaded). */
    public void number(java.util.List<Long> transferIds, long issuerUnitId, int year) {
        int last = take(issuerUnitId, year, transferIds.size());
        int first = last - transferIds.size() + 1;
        jdbc.sql("""
                        update transfer t set register_unit_id = :issuer, register_year = :year,
                            register_number = :first + u.n - 1
                        from unnest(:ids) with ordinality as u(id, n)
                        where t.id = u.id and t.register_number is null and t.direction <> 'IN'""")
                .param("issuer", issuerUnitId)
                .param("year", year)
                .param("first", first)
                .param("ids", new org.springframework.jdbc.support.SqlArrayValue("bigint", transferIds.toArray()))
                .update();
    }

    private static final String FROM = " " + """
             from transfer t
             join org_unit i on i.id = t.register_unit_id
             left join member m on m.id = t.member_id
             left join org_unit f on f.id = t.from_branch_id
             left join org_unit t2 on t2.id = t.to_branch_id
             where t.register_year = :year and {i.path in scope}""";

    private static final String COLUMNS = """
            t.id as "transferId", i.name as "issuerName", t.register_number as number,
                   coalesce(t.letter_date, cast(t.approved_at as date)) as "letterDate",
                   t.letter_number as "letterNumber", m.full_name as "memberName", t.kind,
                   coalesce(f.name, t.other_organisation) as "fromName",
                   coalesce(t2.name, t.other_organisation) as "toName", t.state""";

    private static final String ORDER = "i.name, i.id, t.register_number";

    /** A page of the year's registers of the issuers in the scope, by issuer and number (two statements). */
    public PageView<RegisterRow> page(Scope scope, int year, int page, int size) {
        return PagedSql.page(
                jdbc, COLUMNS, scope.render(FROM, "scope"), ORDER, params(scope, year), RegisterRow.class, page, size);
    }

    /** Every entry of the same registers, as they come (one statement), for the .xlsx. */
    public void each(Scope scope, int year, Consumer<RegisterRow> rows) {
        jdbc
                .sql("select " + COLUMNS + scope.render(FROM, "scope") + " order by " + ORDER)
                .params(params(scope, year))
                .query(RegisterRow.class)
                .stream()
                .forEach(rows);
    }

    private static Map<String, Object> params(Scope scope, int year) {
        Map<String, Object> params = new java.util.HashMap<>(scope.params("scope"));
        params.put("year", year);
        return params;
    }
}
