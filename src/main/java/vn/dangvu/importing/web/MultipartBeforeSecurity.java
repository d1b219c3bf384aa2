package vn.dangvu.importing.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.MultipartFilter;

/**
 * Parses file uploads before Spring Security runs, so that the CSRF filter finds the form's token in a
 * multipart request (the token stays in the form, not in the URL).
 */
@Configuration(proxyBeanMethods = false)
class MultipartBeforeSecurity {

    @Bean
    FilterRegistrationBean<MultipartFilter> multipartFilter() {
        FilterRegistrationBean<MultipartFilter> registration = new FilterRegistrationBean<>(new MultipartFilter());
        registration.setOrder(-200);
        return registration;
    }
}
