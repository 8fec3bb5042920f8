package org.xiaoneng.applicant.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.xiaoneng.applicant.ApplicantIdentity;
import org.xiaoneng.casework.OnlineApplicant;

/**
 * The applicant of the current request from the applicant filter chain's own security context (kept in the session
 * apart from staff sign-ins). Replace this bean to put a unified identity provider behind the portal.
 */
@Component
class LocalApplicantIdentity implements ApplicantIdentity {

    @Override
    public Optional<SignedIn> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ApplicantUser user) {
            return Optional.of(new SignedIn(new OnlineApplicant(user.id()), user.displayName(), user.phone()));
        }
        return Optional.empty();
    }
}
