package vn.dangvu.dues.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangvu.shared.Scope;

/**
 * The dues tables, read and written in a known number of statements whatever the number of members: each
 * method is one statement (the batch insert one per batch). A member's months are owed where they belong
 * officially: a temporary stay at a host branch (issue 18) does not move them, so stays are official periods.
 */
@Repository
@RequiredArgsConstructor
public class DuesStore {

    private final JdbcClient jdbc;

    public List<Category> categories() {
        return jdbc.sql("select code, name, name_en, sort from dues_category order by sort, code")
                .query((rs, i) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public boolean categoryExists(String code) {
        return jdbc.sql("select count(*) from dues_category where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Rate> rates() {
        return jdbc.sql("select id, category, rule, basis_points, amount, valid_from, valid_to, note"
                        + " from dues_rate order by category, valid_from")
                .query(DuesStore::rate)
                .list();
    }

    public long insertRate(Rate rate, String by) {
        return jdbc.sql("insert into dues_rate (category, rule, basis_points, amount, valid_from, valid_to, note,"
                        + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        rate.category(),
                        rate.rule(),
                        rate.basisPoints(),
                        rate.amount(),
                        rate.validFrom(),
                        rate.validTo(),
                        rate.note(),
                        by)
                .query(Long.class)
                .single();
    }

    public void closeRate(long id, LocalDate validTo) {
        jdbc.sql("update dues_rate set valid_to = ? where id = ?")
                .params(validTo, id)
                .update();
    }

    public List<Share> shares() {
        return jdbc.sql(
                        "select id, level, basis_points, valid_from, valid_to from dues_share order by level, valid_from")
                .query((rs, i) ->
                        new Share(rs.getLong(1), rs.getString(2), rs.getInt(3), localDate(rs, 4), localDate(rs, 5)))
                .list();
    }

    public long insertShare(String level, int basisPoints, LocalDate validFrom, LocalDate validTo, String by) {
        return jdbc.sql("insert into dues_share (level, basis_points, valid_from, valid_to, created_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(level, basisPoints, validFrom, validTo, by)
                .query(Long.class)
                .single();
    }

    public void closeShare(long id, LocalDate validTo) {
        jdbc.sql("update dues_share set valid_to = ? where id = ?")
                .params(validTo, id)
                .update();
    }

    public List<Assignment> assignmentsOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, member_id, category, base, reduction_percent, valid_from, valid_to, created_by"
                        + " from dues_assignment where member_id = any(?) order by member_id, valid_from")
                .param(memberIds.toArray(Long[]::new))
                .query((rs, i) -> new Assignment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Long) rs.getObject(4),
                        rs.getInt(5),
                        localDate(rs, 6),
                        localDate(rs, 7),
                        rs.getString(8)))
                .list();
    }

    public long insertAssignment(Assignment a, String by) {
        return jdbc.sql("insert into dues_assignment (member_id, category, base, reduction_percent, valid_from,"
                        + " valid_to, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(a.memberId(), a.category(), a.base(), a.reductionPercent(), a.validFrom(), a.validTo(), by)
                .query(Long.class)
                .single();
    }

    public void closeAssignment(long id, LocalDate validTo) {
        jdbc.sql("update dues_assignment set valid_to = ? where id = ?")
                .params(validTo, id)
                .update();
    }

    /** Every payment of these members made on or before {@code asOf}, oldest month first. */
    public List<Payment> paymentsOf(Collection<Long> memberIds, LocalDate asOf) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, member_id, month, branch_id, amount, due, rate_id, paid_on, channel, reference,"
                        + " recorded_by from dues_payment where member_id = any(?) and paid_on <= ?"
                        + " order by member_id, month, paid_on, id")
                .params(memberIds.toArray(Long[]::new), asOf)
                .query(DuesStore::payment)
                .list();
    }

    /** Payments received by the branches under {@code unitPath} (and in scope) between two days. */
    public List<Payment> paymentsReceived(String unitPath, Scope scope, LocalDate from, LocalDate to) {
        String sql = scope.render("""
                select p.id, p.member_id, p.month, p.branch_id, p.amount, p.due, p.rate_id, p.paid_on, p.channel, p.reference,
                       p.recorded_by
                from dues_payment p join org_unit b on b.id = p.branch_id
                where b.path like :unit and {b.path in scope} and p.paid_on between :from and :to
                order by p.branch_id, p.paid_on, p.id""", "scope");
        return jdbc.sql(sql)
                .param("unit", unitPath + "%")
                .params(scope.params("scope"))
                .param("from", from)
                .param("to", to)
                .query(DuesStore::payment)
                .list();
    }

    /** A member as a dues sheet names them: by ID number or party card number. */
    public record Numbered(long id, String fullName, String idNumber, String partyCardNumber) {}

    /** The members whose ID number or party card number is one of these (one statement). */
    public List<Numbered> membersNumbered(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        String[] values = numbers.toArray(String[]::new);
        return jdbc.sql("select id, full_name, id_number, party_card_number from member"
                        + " where id_number = any(?) or party_card_number = any(?)")
                .params(values, values)
                .query((rs, i) -> new Numbered(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The payments in one statement per 5,000 rows (arrays unnested by the database). */
    public void insertPayments(List<Payment> payments, String by) {
        for (int from = 0; from < payments.size(); from += 5_000) {
            List<Payment> chunk = payments.subList(from, Math.min(from + 5_000, payments.size()));
            int n = chunk.size();
            Long[] members = new Long[n];
            String[] months = new String[n];
            Long[] branches = new Long[n];
            Long[] amounts = new Long[n];
            Long[] dues = new Long[n];
            Long[] rates = new Long[n];
            String[] days = new String[n];
            String[] channels = new String[n];
            String[] references = new String[n];
            for (int i = 0; i < n; i++) {
                Payment p = chunk.get(i);
                members[i] = p.memberId();
                months[i] = p.month().atDay(1).toString();
                branches[i] = p.branchId();
                amounts[i] = p.amount();
                dues[i] = p.due();
                rates[i] = p.rateId();
                days[i] = p.paidOn().toString();
                channels[i] = p.channel();
                references[i] = p.reference();
            }
            jdbc.sql("""
                            insert into dues_payment (member_id, month, branch_id, amount, due, rate_id, paid_on, channel,
                                                      reference, recorded_by)
                            select m, mo, b, a, d, r, p, c, ref, ? from unnest(?::bigint[], ?::text[]::date[], ?::bigint[],
                                ?::bigint[], ?::bigint[], ?::bigint[], ?::text[]::date[], ?::varchar[], ?::varchar[])
                                as t(m, mo, b, a, d, r, p, c, ref)""")
                    .params(by, members, months, branches, amounts, dues, rates, days, channels, references)
                    .update();
        }
    }

    /** The stays in branches under {@code unitPath} (and in scope) that overlap [from, to]. */
    public List<Stay> staysUnder(String unitPath, Scope scope, LocalDate from, LocalDate to) {
        String sql = scope.render("""
                select p.member_id, p.branch_id, p.started_on, p.ended_on
                from membership_period p join org_unit b on b.id = p.branch_id
                where b.path like :unit and {b.path in scope} and p.kind = 'OFFICIAL'
                  and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from)
                order by p.member_id, p.started_on""", "scope");
        return jdbc.sql(sql)
                .param("unit", unitPath + "%")
                .params(scope.params("scope"))
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Stay(rs.getLong(1), rs.getLong(2), localDate(rs, 3), localDate(rs, 4)))
                .list();
    }

    /** Every stay of these members, oldest first. */
    public List<Stay> staysOfMembers(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select member_id, branch_id, started_on, ended_on from membership_period"
                        + " where member_id = any(?) and kind = 'OFFICIAL' order by member_id, started_on")
                .param(memberIds.toArray(Long[]::new))
                .query((rs, i) -> new Stay(rs.getLong(1), rs.getLong(2), localDate(rs, 3), localDate(rs, 4)))
                .list();
    }

    /** Every stay of one member, oldest first. */
    public List<Stay> staysOf(long memberId) {
        return jdbc.sql("select member_id, branch_id, started_on, ended_on from membership_period"
                        + " where member_id = ? and kind = 'OFFICIAL' order by started_on")
                .param(memberId)
                .query((rs, i) -> new Stay(rs.getLong(1), rs.getLong(2), localDate(rs, 3), localDate(rs, 4)))
                .list();
    }

    private static Rate rate(ResultSet rs, int i) throws SQLException {
        return new Rate(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                (Integer) rs.getObject(4),
                (Long) rs.getObject(5),
                localDate(rs, 6),
                localDate(rs, 7),
                rs.getString(8));
    }

    private static Payment payment(ResultSet rs, int i) throws SQLException {
        return new Payment(
                rs.getLong(1),
                rs.getLong(2),
                YearMonth.from(localDate(rs, 3)),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                (Long) rs.getObject(7),
                localDate(rs, 8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11));
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
