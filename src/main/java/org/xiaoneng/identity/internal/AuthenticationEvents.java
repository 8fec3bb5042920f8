package org.xiaoneng.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xiaoneng.identity.LoginFailed;

/**
 * Listens to Spring Security's sign-in outcomes (form and HTTP Basic alike) and hands them to {@link LoginAttempts}.
 * It runs in the request that signs in, before the response: a lockout is in force for the very next attempt.
 */
@Component
class AuthenticationEvents {

    private final LoginAttempts attempts;

    AuthenticationEvents(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser user) {
            attempts.succeeded(user.getUsername(), user.positionName(), method(), address(event.getAuthentication()));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        if (typed == null || typed.isBlank()) {
            return;
        }
        attempts.failed(typed, reason(event.getException()), method(), address(event.getAuthentication()));
    }

    static LoginFailed.Reason reason(AuthenticationException exception) {
        if (exception instanceof LockedException) {
            return LoginFailed.Reason.LOCKED;
        }
        if (exception instanceof DisabledException) {
            return LoginFailed.Reason.DISABLED;
        }
        if (exception instanceof BadCredentialsException) {
            return LoginFailed.Reason.BAD_CREDENTIALS; // a wrong password, or (hidden by Spring) no such account
        }
        return LoginFailed.Reason.ERROR;
    }

    private static String method() {
        HttpServletRequest request = request();
        if (request == null) {
            return "other";
        }
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login") ? "form" : "basic";
    }

    private static @Nullable String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
