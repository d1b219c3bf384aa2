package vn.dangvu.member.domain;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.Texts;

/**
 * The member list as one SQL statement for the rows and one for the count, whatever the filters (a
 * search term's page and count come in one). It
 * reads org_unit for names and scope: a read model may join the tables of the modules it depends on.
 */
@Component
public class MemberQueries {

    private static final String COLUMNS = """
            m.id, m.full_name, m.birth_date, m.id_number, m.member_group, m.status,
                   m.key_leader, m.commune_committee, b.id as branch_id, b.name as branch_name,
                   c.name as commune_name""";

    private static final String ORDER = "m.sort_key, m.id";

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<MemberRow> search(String scopePath, MemberSearch search, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scopePath, search, params);
        String from = " from member m join org_unit b on b.id = m.branch_id left join org_unit c on c.id = b.parent_id";
        // A search term leaves few members: their page and count come in one statement.
        return Texts.blankToNull(search.q()) != null
                ? PagedSql.pageOfFew(jdbc, COLUMNS, from + where, ORDER, params, MemberQueries::row, page, size)
                : PagedSql.page(jdbc, COLUMNS, from + where, ORDER, params, MemberQueries::row, page, size);
    }

    private static MemberRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new MemberRow(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("id_number"),
                MemberGroup.valueOf(rs.getString("member_group")),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getBoolean("key_leader"),
                rs.getBoolean("commune_committee"),
                rs.getLong("branch_id"),
                rs.getString("branch_name"),
                rs.getString("commune_name"));
    }

    /** Every member of the list's filters (all pages), in list order, one row at a time. */
    public void export(
            String scopePath, MemberSearch search, java.util.function.Consumer<vn.dangvu.member.ExportRow> rows) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scopePath, search, params);
        jdbc.sql("""
                        select m.*, b.name as branch_name, c.name as commune_name, r.name as residence_name
                        from member m join org_unit b on b.id = m.branch_id left join org_unit c on c.id = b.parent_id
                        left join org_unit r on r.id = m.residence_branch_id""" + where + " order by c.name, m.sort_key, m.id")
                .params(params)
                .query(rs -> {
                    rows.accept(new vn.dangvu.member.ExportRow(
                            rs.getString("full_name"),
                            rs.getObject("birth_date", java.time.LocalDate.class),
                            vn.dangvu.member.Gender.valueOf(rs.getString("gender")),
                            rs.getString("id_number"),
                            rs.getString("party_card_number"),
                            rs.getObject("admitted_on", java.time.LocalDate.class),
                            rs.getObject("full_member_on", java.time.LocalDate.class),
                            rs.getString("commune_name"),
                            rs.getString("branch_name"),
                            rs.getString("residence_name"),
                            rs.getString("position"),
                            rs.getString("workplace"),
                            MemberGroup.valueOf(rs.getString("member_group")),
                            rs.getBoolean("commune_committee"),
                            rs.getBoolean("key_leader")));
                });
    }

    /** The list's filters as SQL over member m and its branch b, with their parameters. */
    private static String where(String scopePath, MemberSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where b.path like :scope");
        params.put("scope", scopePath + "%");
        if (search.commune() != null) {
            where.append(" and b.parent_id = :commune");
            params.put("commune", search.commune());
        }
        if (search.branch() != null) {
            where.append(" and m.branch_id = :branch");
            params.put("branch", search.branch());
        }
        if (search.group() != null) {
            where.append(" and m.member_group = :group");
            params.put("group", search.group().name());
        }
        if (search.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", search.status().name());
        } else {
            where.append(" and m.status <> 'LEFT'");
        }
        String q = Texts.blankToNull(search.q());
        if (q != null) {
            where.append(" and m.search_text like dv_unaccent(lower(:q))");
            params.put("q", Texts.likeContains(q.replaceAll("\\s+", " ")));
        }
        return where.toString();
    }
}
