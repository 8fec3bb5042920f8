package org.xiaoneng.platform.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.xiaoneng.platform.SecurityHeaders;

/**
 * Staff sign in with a form (session, CSRF on every form and htmx request); scripts and department systems may call
 * {@code /api/v1} with HTTP Basic instead, which needs no CSRF token because browsers never send it on their own (we
 * never ask them to: API failures answer 401 without a Basic challenge). Public pages and the public API need no login.
 * Permissions are checked on every controller method with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/", "/portal/**", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html", "/api/v1/public/**",
        "/api/v1/calendar/deadline", "/api/v1/calendar/working-days", "/api/v1/calendar/years/*"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint apiEntryPoint,
            ProblemAccessDeniedHandler apiAccessDenied) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        RequestMatcher basicAuthorization = SecurityConfiguration::hasBasicAuthorization;
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .requestMatchers("/swagger-ui/index.html").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
            .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthorization))
            .exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        AnyRequestMatcher.INSTANCE)
                .defaultAccessDeniedHandlerFor(apiAccessDenied, api))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(SecurityHeaders.standard());
        return http.build();
    }

    private static boolean hasBasicAuthorization(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** bcrypt by default, with the algorithm stored beside each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
