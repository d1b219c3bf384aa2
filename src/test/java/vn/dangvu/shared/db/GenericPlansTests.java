package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.support.IntegrationTest;

/**
 * Generic plans are allowed for one transaction only: the pool's connections go on planning every other
 * statement for its own values.
 */
@IntegrationTest
class GenericPlansTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldAllowGenericPlansForTheRestOfTheTransactionOnly() {
        String inside = transactions.execute(status -> {
            String before = mode();
            GenericPlans.allow(jdbc);
            return before + " then " + mode();
        });

        assertThat(inside).isEqualTo("force_custom_plan then auto");
        for (int i = 0; i < 12; i++) { // more than the pool's connections: none kept the setting
            String after = transactions.execute(status -> mode());
            assertThat(after).isEqualTo("force_custom_plan");
        }
    }

    private String mode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }
}
