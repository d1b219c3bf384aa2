package vn.dangvu.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep the files under /assets/. The pages link each file by a name that carries a hash
 * of its content ({@code app-5f2c….css}, Spring's content version strategy): such a name never changes what
 * it serves, so it is kept a year without asking again ({@code immutable}). The same file asked for by its
 * plain name (the outage page, which is written without the resource chain) is checked each time
 * ({@code no-cache}, answered 304 while unchanged), so that a new release is never hidden behind a year-old
 * copy. The resource handler sets no Cache-Control of its own (no spring.web.resources.cache property).
 */
@Configuration(proxyBeanMethods = false)
class AssetCaching {

    /** The content version Spring puts before the extension: an MD5 in hexadecimal. */
    private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    static final String YEAR = "max-age=31536000, public, immutable";
    static final String REVALIDATE = "no-cache";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> assetCachingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        response.setHeader(
                                HttpHeaders.CACHE_CONTROL,
                                VERSIONED.matcher(request.getRequestURI()).matches() ? YEAR : REVALIDATE);
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/assets/*");
        return registration;
    }
}
