package vn.dangvu.shared.web;

import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Forms:
 * dates typed as people write them, a double tap saved once ({@link FormSubmissionGuard}), and a form
 * with bad fields shown again with all of them ({@link PartialForms}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FormSubmissions submissions;
    private final Validator validator;
    private final Duration repeatWait;

    WebConfiguration(
            FormSubmissions submissions,
            Validator validator,
            @Value("${dangvu.forms.repeat-wait-seconds:60}") long repeatWaitSeconds) {
        this.submissions = submissions;
        this.validator = validator;
        this.repeatWait = Duration.ofSeconds(repeatWaitSeconds);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("dangvu-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new LocalDateFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new ReadOnlyGuard());
        registry.addInterceptor(new FormSubmissionGuard(submissions, repeatWait));
        registry.addInterceptor(new PartialForms(validator));
        registry.addInterceptor(new RecentForms());
    }
}
