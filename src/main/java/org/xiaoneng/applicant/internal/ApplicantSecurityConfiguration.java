package org.xiaoneng.applicant.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.xiaoneng.platform.SecurityHeaders;

/**
 * The applicant area of the portal (/portal/my, /portal/apply, /portal/account) has its own filter chain, ahead of the
 * staff chain: its own form sign-in by phone and password over {@link ApplicantAccounts}, its own authentication
 * manager (staff sign-in listeners never see applicants' phone numbers) and its own session attribute for the
 * security context, so that a staff sign-in never opens the applicant area and an applicant sign-in never opens the
 * console. CSRF is on; the security headers are the platform's.
 */
@Configuration(proxyBeanMethods = false)
class ApplicantSecurityConfiguration {

    static final String CONTEXT_ATTRIBUTE = "XIAONENG_APPLICANT_SECURITY_CONTEXT";
    static final String LOGIN = "/portal/account/login";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain applicantFilterChain(HttpSecurity http, ApplicantAccounts accounts, PasswordEncoder encoder)
            throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        provider.setPasswordEncoder(encoder);
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        http
            .securityMatcher("/portal/my/**", "/portal/apply/**", "/portal/account/**")
            .authenticationManager(new ProviderManager(provider))
            .securityContext(context -> context.securityContextRepository(contexts))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(LOGIN, "/portal/account/register").permitAll()
                .anyRequest().hasAuthority(ApplicantUser.AUTHORITY))
            .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN).usernameParameter("phone")
                .successHandler(new SignedIn(accounts)).failureHandler(new Failed(accounts)).permitAll())
            .logout(logout -> logout.logoutUrl("/portal/account/logout").logoutSuccessUrl(LOGIN + "?logout"))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(SecurityHeaders.standard());
        return http.build();
    }

    private static final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final ApplicantAccounts accounts;

        SignedIn(ApplicantAccounts accounts) {
            this.accounts = accounts;
            setDefaultTargetUrl("/portal/my/cases");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof ApplicantUser user) {
                accounts.signedIn(user.id());
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    private static final class Failed extends SimpleUrlAuthenticationFailureHandler {

        private final ApplicantAccounts accounts;

        Failed(ApplicantAccounts accounts) {
            super(LOGIN + "?error");
            this.accounts = accounts;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            String phone = request.getParameter("phone");
            if (exception instanceof LockedException) {
                getRedirectStrategy().sendRedirect(request, response, LOGIN + "?locked");
                return;
            }
            if (phone != null) {
                accounts.signInFailed(phone, request.getRemoteAddr());
            }
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
