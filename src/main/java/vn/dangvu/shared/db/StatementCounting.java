package vn.dangvu.shared.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For benchmarks ({@code dangvu.diagnostics.statement-count=true}, off by default): counts the SQL
 * statements each request prepares, session handling included, and returns the count in the
 * {@code X-SQL-Statements} response header. The response is buffered so that the header can follow
 * the body's queries.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dangvu.diagnostics.statement-count", havingValue = "true")
public class StatementCounting {

    public static final String HEADER = "X-SQL-Statements";

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        COUNT.get()[0] = 0;
                        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
                        chain.doFilter(request, buffered);
                        response.setHeader(HEADER, String.valueOf(COUNT.get()[0]));
                        buffered.copyBodyToResponse();
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static DataSource counting(DataSource target) {
        return counting(target, () -> COUNT.get()[0]++);
    }

    /** A DataSource whose connections call {@code onStatement} each time they prepare a statement. */
    public static DataSource counting(DataSource target, Runnable onStatement) {
        return proxy(
                DataSource.class,
                target,
                (method, args, result) -> result instanceof Connection connection
                        ? proxy(Connection.class, connection, (m, a, r) -> {
                            String name = m.getName();
                            if (name.equals("prepareStatement")
                                    || name.equals("prepareCall")
                                    || name.equals("createStatement")) {
                                onStatement.run();
                            }
                            return r;
                        })
                        : result);
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
