package vn.dangvu.shared.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL take two requests of one session at the same moment, e.g. a double tap on a
 * button: both may add the same new attribute (the flash message of their redirect), and the second plain
 * insert would fail on the first's row and answer with an error page. Spring Session's PostgreSQL
 * customizer writes attributes with {@code insert … on conflict do update} instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
