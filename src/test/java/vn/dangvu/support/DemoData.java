package vn.dangvu.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up records of the demo district by their stable codes. */
@Component
public class DemoData {

    private final JdbcClient jdbc;

    DemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    /** Some member attending the branch with this code now. */
    public long memberOf(String branchCode) {
        return jdbc.sql("""
                        select m.id from member m join org_unit b on b.id = m.branch_id
                        where b.code = ? and m.status = 'ACTIVE' order by m.id limit 1""").param(branchCode).query(Long.class).single();
    }

    /** Some transfer of the demo replay into the branch with this code. */
    public long transferInto(String branchCode) {
        return jdbc.sql("""
                        select t.id from transfer t join org_unit b on b.id = t.to_branch_id
                        where b.code = ? order by t.id limit 1""").param(branchCode).query(Long.class).single();
    }

    /** Some meeting of the branch with this code. */
    public long meetingOf(String branchCode) {
        return jdbc.sql(
                        "select m.id from meeting m join org_unit b on b.id = m.branch_id where b.code = ? and m.removed_at is null"
                                + " order by m.id limit 1")
                .param(branchCode)
                .query(Long.class)
                .single();
    }

    public long account(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    public String text(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).single();
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
