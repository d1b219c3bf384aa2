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
        String columns = COLUMNS + STAY;
        if (Texts.blankToNull(search.q()) != null) {
            // A search term leaves few members: they are found, counted and sorted in their search rows
            // (V63), and only the page's rows are joined to member; the page and the count come in one.
            PagedSql.Found found = new PagedSql.Found(
                    "s.member_id, s.sort_key, b.id as listed_branch",
                    Source.SEARCH.from + listed(Source.SEARCH, search) + where(scope, search, params, Source.SEARCH),
                    "s.sort_key, s.member_id");
            return PagedSql.pageOfFew(
                    jdbc,
                    found,
                    columns,
                    " join member m on m.id = f.member_id join org_unit b on b.id = f.listed_branch"
                            + " left join org_unit c on c.id = b.parent_id",
                    "f.sort_key, f.member_id",
                    params,
                    MemberRow.class,
                    page,
                    size);
        }
        String from =
                Source.MEMBER.from + listed(Source.MEMBER, search) + " left join org_unit c on c.id = b.parent_id";
        return PagedSql.page(
                jdbc,
                columns,
                from + where(scope, search, params, Source.MEMBER),
                ORDER,
                params,
                MemberRow.class,
                page,
                size);
    }

    /**
     * The branch b a member is listed under: their own; and a branch's own list also shows who attends it
     * temporarily (marked, and only there: totals of a whole scope count official memberships alone).
     */
    private static String listed(Source source, MemberSearch search) {
        String branch = source.alias + ".branch_id";
        return search.branch() == null
                ? " join org_unit b on b.id = " + branch
                : " join org_unit b on b.id = " + branch + " or b.id = (select tp.branch_id from membership_period tp"
                        + " where tp.member_id = " + source.id + " and tp.kind = 'TEMPORARY' and tp.ended_on is null)";
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
        // with a term, counted in the search rows (V63), like the list's matches
        Source source = Texts.blankToNull(search.q()) != null ? Source.SEARCH : Source.MEMBER;
        String x = source.alias;
        return jdbc.sql("select count(*)" + source.from + " join org_unit b on b.id = " + x + ".branch_id"
                        + where(scope, search, params, source) + " and " + x + ".admitted_on <= current_date"
                        + " and (" + x + ".full_member_on is null or " + x + ".full_member_on > current_date)"
                        + " and " + x + ".status <> 'LEFT'")
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
        String where = where(scope, search, params, Source.MEMBER);
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

    /**
     * Where the list's filters read a member's columns: the member row m, or their search row s (V63), which
     * carries the columns the filters read under the same names, and the member's id as member_id.
     */
    private enum Source {
        MEMBER(" from member m", "m", "m.id"),
        SEARCH(" from member_search s", "s", "s.member_id");

        final String from;
        final String alias;
        final String id;

        Source(String from, String alias, String id) {
            this.from = from;
            this.alias = alias;
            this.id = id;
        }
    }

    /** The list's filters as SQL over the source's rows and their branch b, with their parameters. */
    private static String where(Scope scope, MemberSearch search, Map<String, Object> params, Source source) {
        String x = source.alias;
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
            where.append(" and ").append(x).append(".member_group = :group");
            params.put("group", search.group().name());
        }
        // EXEMPT is not stored: it follows from the exemption records, today
        String exempt = "member_exempt_on(" + source.id + ", current_date)";
        if (search.status() == MemberStatus.EXEMPT) {
            where.append(" and ").append(x).append(".status <> 'LEFT' and ").append(exempt);
        } else if (search.status() == MemberStatus.ACTIVE) {
            where.append(" and ")
                    .append(x)
                    .append(".status = 'ACTIVE' and not ")
                    .append(exempt);
        } else if (search.status() != null) {
            where.append(" and ").append(x).append(".status = :status");
            params.put("status", search.status().name());
        } else {
            where.append(" and ").append(x).append(".status <> 'LEFT'");
        }
        String q = Texts.blankToNull(search.q());
        if (q != null) {
            // the search text as kept per top unit (V61): the top units are implied by the scope, and they
            // let the search read the trigram indexes of their partitions alone
            List<Long> tops = scope.topUnitIds();
            String match = "s.search_text like dv_unaccent(lower(:q))";
            if (!tops.isEmpty()) {
                match += " and s.top_unit_id in (:tops)";
                params.put("tops", tops);
            }
            where.append(
                    source == Source.SEARCH
                            ? " and " + match
                            : " and m.id in (select s.member_id from member_search s where " + match + ")");
            params.put("q", Texts.likeContains(q.replaceAll("\\s+", " ")));
        }
        return where.toString();
    }
}
