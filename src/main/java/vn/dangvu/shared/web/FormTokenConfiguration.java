package vn.dangvu.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Wraps the {@code requestDataValueProcessor} bean (Spring Security's CSRF one) so that POST forms get
 * their one-time token too. A post-processor rather than a second bean of that name: the name is how
 * Spring's RequestContext, and so Thymeleaf, finds it, and beans may not be overridden.
 */
@Configuration(proxyBeanMethods = false)
class FormTokenConfiguration {

    static final String PROCESSOR_BEAN = "requestDataValueProcessor";

    @Bean
    static BeanPostProcessor formTokenFieldsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return PROCESSOR_BEAN.equals(name) && bean instanceof RequestDataValueProcessor processor
                        ? new FormTokenFields(processor)
                        : bean;
            }
        };
    }
}
