package vn.dangvu.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import vn.dangvu.shared.DataLoading;

/**
 * Form login with CSRF, security headers (a Content-Security-Policy that allows no inline script or
 * style), and public access only to the login page, the guide (text and pictures of the demo, no data), static
 * files, error pages and the health check.
 * Role and scope checks live in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            DataLoading loading,
            MemberAccountService memberAccounts)
            throws Exception {
        http.authenticationManager(new ProviderManager(signIn(users, passwordEncoder, throttle, loading)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/guide",
                                "/guide/*",
                                "/activate",
                                "/assets/**",
                                "/webjars/**",
                                "/error",
                                "/error/**",
                                "/actuator/health")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::signInFailed)
                        .permitAll())
                .addFilterAfter(
                        new MemberAccessFilter(memberAccounts),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * The default firewall, refusing (400) a request with a NUL character in a parameter: PostgreSQL
     * cannot store or compare one, and would fail the request with a 500 instead.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> value.indexOf(0) < 0);
        return firewall;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username ->
                accounts.principal(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /**
     * The password is checked before the account's state: until a correct password, every failure
     * (unknown name, wrong password, disabled account) looks the same, so the sign-in page confirms
     * neither names nor states. The only provider, with no parent manager, so that a refused attempt is
     * not tried again elsewhere.
     */
    private static ThrottledAuthenticationProvider signIn(
            UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle, DataLoading loading) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (user instanceof AccountPrincipal principal && principal.left()) {
                throw new MemberLeftException();
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return new ThrottledAuthenticationProvider(passwords, throttle, loading);
    }

    /**
     * One answer for every failure before a correct password; a held-back attempt is told how long to wait,
     * and one made while the first data loads that it is loading.
     */
    private static void signInFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String query;
        if (failure instanceof LoginThrottledException throttled) {
            query = "wait=" + throttled.minutes();
        } else if (failure instanceof MemberLeftException) {
            query = "left";
        } else if (failure instanceof DisabledException) {
            query = "disabled";
        } else if (failure instanceof DataLoadingException) {
            query = "loading";
        } else {
            query = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
