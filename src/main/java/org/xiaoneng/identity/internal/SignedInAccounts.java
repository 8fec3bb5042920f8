package org.xiaoneng.identity.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every signed-in session in step with its account. A session holds the account as it was loaded; on each
 * request the account's version and password time are compared with the database (one indexed read):
 * <ul>
 * <li>deactivated, or its password reset or changed elsewhere → the session ends at once and the person signs in
 * again (a stolen session does not outlive a password reset);</li>
 * <li>otherwise changed (roles granted or revoked, home department) → the account is loaded again, so that new
 * permissions and the new data scope apply from this very request.</li>
 * </ul>
 * It runs right after Spring Security's filter chain, before any controller and its method security.
 */
@Configuration(proxyBeanMethods = false)
class SignedInAccounts {

    @Bean
    FilterRegistrationBean<AccountFreshnessFilter> accountFreshnessFilter(AccountRepository accounts,
            AccountUserDetailsService users) {
        FilterRegistrationBean<AccountFreshnessFilter> registration = new FilterRegistrationBean<>(
                new AccountFreshnessFilter(accounts, users));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** What a session's account has become since it was loaded. */
    enum Freshness {
        /** Nothing changed. */
        CURRENT,
        /** Roles or profile changed: load it again. */
        CHANGED,
        /** Gone, deactivated, or its password changed in another session: sign in again. */
        REVOKED
    }

    static Freshness freshness(AccountUser signedIn, Optional<Account> stored) {
        if (stored.isEmpty() || !stored.get().enabled()) {
            return Freshness.REVOKED;
        }
        Account account = stored.get();
        if (!sameInstant(account.passwordChangedAt(), signedIn.passwordChangedAt())) {
            return Freshness.REVOKED;
        }
        return account.version() == signedIn.accountVersion() ? Freshness.CURRENT : Freshness.CHANGED;
    }

    private static boolean sameInstant(Instant a, Instant b) {
        // the database keeps microseconds, the clock may give nanoseconds
        return a.truncatedTo(ChronoUnit.MILLIS).equals(b.truncatedTo(ChronoUnit.MILLIS));
    }

    static final class AccountFreshnessFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(AccountFreshnessFilter.class);

        private final AccountRepository accounts;
        private final AccountUserDetailsService users;
        private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        AccountFreshnessFilter(AccountRepository accounts, AccountUserDetailsService users) {
            this.accounts = accounts;
            this.users = users;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SecurityContext context = holder.getContext();
            Authentication authentication = context.getAuthentication();
            HttpSession session = request.getSession(false);
            if (session == null || authentication == null
                    || !(authentication.getPrincipal() instanceof AccountUser signedIn)) {
                chain.doFilter(request, response);
                return;
            }
            switch (freshness(signedIn, accounts.findByUsername(signedIn.getUsername()))) {
                case CURRENT -> chain.doFilter(request, response);
                case CHANGED -> {
                    AccountUser reloaded = (AccountUser) users.loadUserByUsername(signedIn.getUsername());
                    reloaded.eraseCredentials();
                    UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
                            .authenticated(reloaded, null, reloaded.getAuthorities());
                    refreshed.setDetails(authentication.getDetails());
                    SecurityContext updated = holder.createEmptyContext();
                    updated.setAuthentication(refreshed);
                    holder.setContext(updated);
                    sessions.saveContext(updated, request, response);
                    chain.doFilter(request, response);
                }
                case REVOKED -> {
                    log.info("Session of {} ended: the account was deactivated or its password changed",
                            signedIn.getUsername());
                    holder.clearContext();
                    session.invalidate();
                    signInAgain(request, response);
                }
            }
        }

        private static void signInAgain(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            String login = request.getContextPath() + "/login?revoked";
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            } else if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", login);
            } else {
                response.sendRedirect(login);
            }
        }
    }
}
