package vn.dangvu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's pg_stat_statements (shipped with the embedded binaries), for the time the database spends on
 * the app's statements. The library loads only when the server starts, and the app starts its embedded server
 * itself: the setting is written with ALTER SYSTEM (kept in the data folder's {@code postgresql.auto.conf})
 * before the app that should have it starts, and removed before the next one, so that the timed pass runs
 * without it.
 */
final class StatementStatistics {

    private static final String LIBRARY = "pg_stat_statements";

    private final Connection db;

    private StatementStatistics(Connection db) {
        this.db = db;
    }

    /** Loads the library at the server's next start. */
    static void onAtNextStart(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("alter system set shared_preload_libraries = '" + LIBRARY + "'");
        }
    }

    /** Removes the extension and the setting (the server runs without the library from its next start). */
    static void off(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("drop extension if exists " + LIBRARY);
            s.execute("alter system reset shared_preload_libraries");
            s.execute("alter system reset " + LIBRARY + ".track_planning");
            s.execute("select pg_reload_conf()");
        }
    }

    /** Fails unless the server runs without the library (the timed pass). */
    static void requireOff(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("show shared_preload_libraries")) {
            rs.next();
            Benchmark.check(
                    !rs.getString(1).contains(LIBRARY),
                    "pg_stat_statements is loaded in the timed pass: " + rs.getString(1));
        }
    }

    /** The statistics of a server started with the library: the extension created, planning time tracked. */
    static StatementStatistics start(Connection db) throws SQLException, InterruptedException {
        try (Statement s = db.createStatement()) {
            s.execute("create extension if not exists " + LIBRARY);
            s.execute("alter system set " + LIBRARY + ".track_planning = on");
            s.execute("select pg_reload_conf()");
        }
        // the server reloads its settings in the background: wait until this connection's backend has
        for (int tries = 0; !trackingPlanning(db); tries++) {
            Benchmark.check(tries < 50, "pg_stat_statements.track_planning did not turn on");
            Thread.sleep(100);
        }
        return new StatementStatistics(db);
    }

    private static boolean trackingPlanning(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("show " + LIBRARY + ".track_planning")) {
            rs.next();
            return rs.getString(1).equals("on");
        }
    }

    /**
     * The planning and execution time of every statement run so far, in ms, but the harness's own readings of
     * the statistics. A statement's figures are added when it ends, before its result reaches the app.
     */
    double milliseconds() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(sum(total_plan_time + total_exec_time), 0)"
                        + " from pg_stat_statements where query not like '%pg_stat_statements%'")) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
