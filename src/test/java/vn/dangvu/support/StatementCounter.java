package vn.dangvu.support;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.db.StatementCounting;

/**
 * Counts the SQL statements the application prepares, by wrapping its DataSource, so that tests can
 * check that a page runs a fixed number of statements whatever the data. Only the statements of the thread
 * that last called {@link #reset()} count (MockMvc draws a page on the test's thread): the app's scheduled
 * work (the session store's cleanup every minute, jobs) would otherwise add one now and then.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong count = new AtomicLong();

    private volatile Thread counted;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
            return StatementCounting.counting(dataSource, () -> {
                if (Thread.currentThread() == counted) {
                    count.incrementAndGet();
                }
            });
        }
        return bean;
    }

    public void reset() {
        counted = Thread.currentThread();
        count.set(0);
    }

    public long count() {
        return count.get();
    }
}
