package vn.dangvu.member.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.ExportRow;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.OutsideVisitor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.Scope;
import vn.dangvu.shared.Texts;

/**
 * The member list as one SQL statement for the rows and one for the count, whatever the filters (a
 * search term's page and count come in one). It
 * reads org_unit for names and scope: a read model may join the tables of the modules it depends on.
 */
@Component
@RequiredArgsConstructor
public class MemberQueries {

    /**
     * Named after {@link MemberRow}'s components (see docs/scale.md, "Rows become records"); the standing in
     * committees is today's, as {@code CommitteeMemberships.standingOn} reads it (only the page's rows ask).
     */
    private static final String COLUMNS = """
            m.id, m.full_name as "fullName", m.birth_date as "birthDate", m.id_number as "idNumber",
                   m.member_group as "group",
                   case when m.status = 'LEFT' then 'LEFT'
                        when member_exempt_on(m.id, current_date) then 'EXEMPT' else m.status end as status,
                   exists (select 1 from committee_membership k
                           where k.member_id = m.id and k.removed_at is null and k.role = 'KEY_LEADER'
                             and k.valid_from <= current_date and (k.valid_to is null or k.valid_to >= current_date)
                   ) as "keyLeader",
                   exists (select 1 from committee_membership k join org_unit u on u.id = k.unit_id
                           where k.member_id = m.id and k.removed_at is null and k.role <> 'KEY_LEADER'
                             and u.kind not in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')
                             and k.valid_from <= current_date and (k.valid_to is null or k.valid_to >= current_date)
                   ) as "committee",
                   b.id as "branchId", b.name as "branchName", c.name as "communeName",
                   m.full_member_on is null and m.status <> 'LEFT' as probationary""";

    private static final String ORDER = "m.sort_key, m.id";

    private final JdbcClient jdbc;

    /**
     * A member attending elsewhere temporarily (an open temporary period, or a temporary transfer out of the
     * tree not yet back: the transfer module's table, read here as the list's read model).
     */
    private static final String STAY = """
            , case when m.branch_id <> b.id then 'VISITING'
                   when exists (select 1 from membership_period tp
                                where tp.member_id = m.id and tp.kind = 'TEMPORARY' and tp.ended_on is null)
                     or exists (select 1 from transfer tt
                                where tt.member_id = m.id and tt.kind = 'TEMPORARY' and tt.direction = 'OUT'
                                  and tt.state = 'COMPLETED' and tt.returned_on is null) then 'AWAY'
              end as "stay", m.left_reason as "leftReason", m.left_on as "leftOn\"""";

    public PageView<MemberRow> search(Scope scope, MemberSearch search, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, search, params);
        // A branch's own list also shows who attends it temporarily (marked, and only there: totals of a
        // whole scope count official memberships alone).
        String listed = search.branch() == null
                ? " join org_unit b on b.id = m.branch_id"
                : " join org_unit b on b.id = m.branch_id or b.id = (select tp.branch_id from membership_period tp"
                        + " where tp.member_id = m.id and tp.kind = 'TEMPORARY' and tp.ended_on is null)";
        String from = " from member m" + listed + " left join org_unit c on c.id = b.parent_id";
        String columns = COLUMNS + STAY;
        // A search term leaves few members: their page and count come in one statement.
        return Texts.blankToNull(search.q()) != null
                ? PagedSql.pageOfFew(jdbc, columns, from + where, ORDER, params, MemberRow.class, page, size)
                : PagedSql.page(jdbc, columns, from + where, ORDER, params, MemberRow.class, page, size);
    }

    /**
     * Who attends {@code branch} temporarily from an organisation outside the tree: completed temporary
     * transfers in, not yet back (the transfer module's table, read here as the list's read model; a
     * visitor has no member row). Empty for a branch outside the scope.
     */
    public List<OutsideVisitor> visitorsFromOutside(Scope scope, long branch) {
        return jdbc.sql(scope.render("""
                        select t.id as "transferId", t.in_full_name as "fullName", t.other_organisation as origin,
                               t.effective_on as since, t.planned_end as "plannedEnd"
                        from transfer t join org_unit b on b.id = t.to_branch_id
                        where t.to_branch_id = :branch and t.direction = 'IN' and t.kind = 'TEMPORARY'
                          and t.state = 'COMPLETED' and t.returned_on is null and {b.path in scope}
                        order by t.effective_on, t.in_full_name, t.id""", "scope"))
                .params(scope.params("scope"))
                .param("branch", branch)
                .query(OutsideVisitor.class)
                .list();
    }

    /**
     * How many members of the list's filters are probationary (đảng viên dự bị) today: admitted by today and
     * not recognised as full members by then. The list and the home page count them apart.
     */
    public long probationary(Scope scope, MemberSearch search) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, search, params);
        return jdbc.sql("select count(*) from member m join org_unit b on b.id = m.branch_id" + where
                        + " and m.admitted_on <= current_date"
                        + " and (m.full_member_on is null or m.full_member_on > current_date) and m.status <> 'LEFT'")
                .params(params)
                .query(Long.class)
                .single();
    }

    private static final RowMapper<ExportRow.Person> PERSON = new SimplePropertyRowMapper<>(ExportRow.Person.class);
    private static final RowMapper<ExportRow.Exemption> EXEMPTION =
            new SimplePropertyRowMapper<>(ExportRow.Exemption.class);
    private static final RowMapper<ExportRow.Leaving> LEAVING = new SimplePropertyRowMapper<>(ExportRow.Leaving.class);
    private static final RowMapper<ExportRow> EXPORT_ROW =
            (rs, i) -> new ExportRow(PERSON.mapRow(rs, i), EXEMPTION.mapRow(rs, i), LEAVING.mapRow(rs, i));

    /** Every member of the list's filters (all pages), in list order, one row at a time. */
    public void export(Scope scope, MemberSearch search, Consumer<ExportRow> rows) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, search, params);
        try (Stream<ExportRow> found =
                jdbc
                        .sql("""
                        select m.full_name as "fullName", m.birth_date as "birthDate", m.gender,
                               m.id_number as "idNumber", m.party_card_number as "partyCardNumber",
                               m.admitted_on as "admittedOn", m.full_member_on as "fullMemberOn",
                               c.name as "communeName", b.name as "branchName", r.name as "residenceName",
                               m.position, m.workplace, m.member_group as "group",
                               e.kind as "exemptionKind", e.starts_on as "exemptionFrom", e.ends_on as "exemptionTo",
                               e.resolution_number as "exemptionResolution",
                               e.resolution_on as "exemptionResolutionOn", e.decided_by as "exemptionDecidedBy",
                               l.reason as "leftReason", l.left_on as "leftOn", l.ground as "leavingGround",
                               l.decision_number as "leavingDecision", l.decision_on as "leavingDecisionOn",
                               l.decided_by as "leavingDecidedBy"
                        from member m join org_unit b on b.id = m.branch_id left join org_unit c on c.id = b.parent_id
                        left join org_unit r on r.id = m.residence_branch_id
                        left join member_leaving l on l.member_id = m.id
                        left join lateral (
                            select * from member_exemption x
                            where x.member_id = m.id and m.status <> 'LEFT' and x.starts_on <= current_date
                              and (x.ends_on is null or x.ends_on >= current_date)
                              and (x.returned_on is null or x.returned_on > current_date)
                            order by x.starts_on desc limit 1) e on true""" + where + " order by c.name, m.sort_key, m.id")
                        .params(params)
                        .query(EXPORT_ROW)
                        .stream()) {
            found.forEach(rows);
        }
    }

    /** The list's filters as SQL over member m and its branch b, with their parameters. */
    private static String where(Scope scope, MemberSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where " + scope.where("b.path", "scope"));
        params.putAll(scope.params("scope"));
        if (search.commune() != null) {
            where.append(" and b.parent_id = :commune");
            params.put("commune", search.commune());
        }
        if (search.branch() != null) {
            where.append(" and b.id = :branch");
            params.put("branch", search.branch());
        }
        if (search.group() != null) {
            where.append(" and m.member_group = :group");
            params.put("group", search.group().name());
        }
        // EXEMPT is not stored: it follows from the exemption records, today
        if (search.status() == MemberStatus.EXEMPT) {
            where.append(" and m.status <> 'LEFT' and member_exempt_on(m.id, current_date)");
        } else if (search.status() == MemberStatus.ACTIVE) {
            where.append(" and m.status = 'ACTIVE' and not member_exempt_on(m.id, current_date)");
        } else if (search.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", search.status().name());
        } else {
            where.append(" and m.status <> 'LEFT'");
        }
        String q = Texts.blankToNull(search.q());
        if (q != null) {
            // the search text as kept per top unit (V61): the top units are implied by the scope, and they
            // let the search read the trigram indexes of their partitions alone
            List<Long> tops = scope.topUnitIds();
            String inTops = "";
            if (!tops.isEmpty()) {
                inTops = " and s.top_unit_id in (:tops)";
                params.put("tops", tops);
            }
            where.append(" and m.id in (select s.member_id from member_search s"
                    + " where s.search_text like dv_unaccent(lower(:q))" + inTops + ")");
            params.put("q", Texts.likeContains(q.replaceAll("\\s+", " ")));
        }
        return where.toString();
    }
}
