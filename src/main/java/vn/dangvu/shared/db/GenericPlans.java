package vn.dangvu.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every pooled connection plans each statement for its own values ({@code plan_cache_mode =
 * force_custom_plan}, application.properties): right for the lists filtered by a scope path, whose
 * selectivity runs from one commune to a nation. A statement keyed by ids and dates plans alike for any
 * of them. In a transaction that runs only such statements, {@link #allow} lets PostgreSQL keep a
 * generic plan on each connection once five custom ones cost no less (its {@code auto} mode), and skip
 * planning from then on: the campaign page's three statements spent 7 of their 17 ms planning (issue 22).
 */
public final class GenericPlans {

    private GenericPlans() {}

    /** For the rest of the current transaction (which must be one): generic plans where they cost no more. */
    public static void allow(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = auto").update();
    }
}
