package vn.dangvu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a throw-away embedded PostgreSQL with the demo district loaded. Every
 * class with this annotation shares one Spring context, so the database starts once per test run.
 * Hibernate validates its mappings against the migrated schema here (the app itself skips that). The
 * demo district stands as it was before the reform of 1/7/2025 ({@code dangvu.demo.reform=false}), the
 * fixture the tests were written for; {@code DemoReformTests} runs with the reform on, in a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dangvu.embedded-db.data-dir=",
            "dangvu.demo=true",
            "dangvu.demo.reform=false",
            "spring.jpa.hibernate.ddl-auto=validate"
        })
@AutoConfigureMockMvc
public @interface IntegrationTest {}
