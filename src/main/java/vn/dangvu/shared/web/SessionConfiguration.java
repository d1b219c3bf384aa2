package vn.dangvu.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that both add the same attribute (a double tap on Save: both leave a flash
 * message, {@link FormSubmissionGuard}) would otherwise both insert its row, and the second would fail on
 * the primary key with a 500 after its work was done (spring-session#1213). PostgreSQL's upsert lets the
 * later write win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
