package vn.dangvu.shared.db;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** See {@link OneWaitPerRequest}. */
@Configuration(proxyBeanMethods = false)
class DatabaseWaits {

    @Bean
    static BeanPostProcessor oneWaitPerRequest() {
        return OneWaitPerRequest.wrapping();
    }
}
