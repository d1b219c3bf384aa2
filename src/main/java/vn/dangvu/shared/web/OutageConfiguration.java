package vn.dangvu.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import vn.dangvu.shared.db.DatabaseAvailability;

/** Registers {@link OutageFilter} ahead of the session filter (which already needs the database). */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter(MessageSource messages, DatabaseAvailability availability) {
        FilterRegistrationBean<OutageFilter> registration =
                new FilterRegistrationBean<>(new OutageFilter(new OutagePage(messages), availability));
        // After the character-encoding filter (form fields are read as UTF-8), before the session filter.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
