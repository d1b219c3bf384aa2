package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.DangVuApplication;

/**
 * The JVM killed ({@code kill -9}) in the middle of a campaign's <i>complete all</i>, then in the middle
 * of an import's commit, on an embedded data folder: after each restart the embedded database starts
 * cleanly (the server the dead JVM left running is stopped first) and the step is not applied at all,
 * nor half.
 */
class KilledMidStepTests {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    @Test
    void shouldApplyNothingOfAStepWhoseJvmWasKilledHalfWay() throws Exception {
        int dbPort = ChildApp.freePort();
        String url = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
        List<String> arguments = List.of(
                "--dangvu.embedded-db.data-dir=" + folder.resolve("postgres"), "--dangvu.embedded-db.port=" + dbPort);

        ChildApp completing =
                ChildApp.start(folder, FaultSteps.class.getName(), with(arguments, "--fault.step=complete-all"));
        completing.awaitOutput("FAULT-STEP-STARTED", START);
        Matcher started = Pattern.compile("FAULT-STEP-STARTED campaign (\\d+)").matcher(completing.output());
        assertThat(started.find()).isTrue();
        long campaign = Long.parseLong(started.group(1));
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            awaitRowsWritten(db, 20);
            assertThat(count(
                            db,
                            "select count(*) from transfer where campaign_id = " + campaign
                                    + " and state = 'COMPLETED'"))
                    .as("completed transfers seen while the step runs")
                    .isZero();
            long written = count(db, "select last_value from fault_progress");
            assertThat(written)
                    .as("rows the step had written when it was killed")
                    .isLessThan(FaultSteps.COHORT);
            completing.kill();
            dropSlowRows(db, "membership_period");
        }
        assertThat(completing.output()).doesNotContain("FAULT-STEP-DONE");

        ChildApp importing = ChildApp.start(folder, FaultSteps.class.getName(), with(arguments, "--fault.step=import"));
        importing.awaitOutput("FAULT-STEP-STARTED", START);
        assertThat(importing.output()).contains("Stopping an orphaned PostgreSQL server");
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            long before = count(db, "select last_value from fault_progress");
            awaitRowsWritten(db, before + 20);
            assertThat(count(
                            db,
                            "select count(*) from member where full_name like '" + FaultSteps.IMPORTED_NAME + " %'"))
                    .as("imported members seen while the commit runs")
                    .isZero();
            assertThat(count(db, "select last_value from fault_progress") - before)
                    .isLessThan(FaultSteps.IMPORTED);
            importing.kill();
            dropSlowRows(db, "member");
        }
        assertThat(importing.output()).doesNotContain("FAULT-STEP-DONE");

        ChildApp restarted = ChildApp.start(folder, DangVuApplication.class.getName(), arguments);
        restarted.awaitReady(START);
        assertThat(restarted.output()).contains("Stopping an orphaned PostgreSQL server");
        restarted.signIn();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            assertThat(count(
                            db,
                            "select count(*) from transfer where campaign_id = " + campaign
                                    + " and state = 'APPROVED'"))
                    .as("the campaign's transfers, all still approved")
                    .isEqualTo(FaultSteps.COHORT);
            assertThat(count(
                            db,
                            "select count(*) from transfer where campaign_id = " + campaign
                                    + " and state <> 'APPROVED'"))
                    .isZero();
            assertThat(count(
                            db,
                            "select count(*) from membership_period p join org_unit b on b.id = p.branch_id"
                                    + " where b.name = '" + FaultSteps.AGENCY + "' and p.ended_on is null"))
                    .as("cohort members still attending the agency branch")
                    .isEqualTo(FaultSteps.COHORT);
            assertThat(count(
                            db,
                            "select count(*) from (select member_id from membership_period where ended_on is null"
                                    + " group by member_id having count(*) <> 1) twice"))
                    .as("members with other than one open membership period")
                    .isZero();
            assertThat(count(
                            db,
                            "select count(*) from member where full_name like '" + FaultSteps.IMPORTED_NAME + " %'"))
                    .as("imported members")
                    .isZero();
        }
        assertThat(restarted.stop()).as("milliseconds to stop the app").isLessThan(15_000);
    }

    private static List<String> with(List<String> arguments, String more) {
        List<String> all = new ArrayList<>(arguments);
        all.add(more);
        return all;
    }

    /** Waits until the step has written {@code rows} rows, inside its transaction (the sequence shows them). */
    private static void awaitRowsWritten(Connection db, long rows) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (count(db, "select case when is_called then last_value else 0 end from fault_progress") >= rows) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The step did not write " + rows + " rows within 2 minutes");
    }

    private static void dropSlowRows(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("drop trigger fault_slow on " + table);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
