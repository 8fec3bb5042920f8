package org.xiaoneng.platform;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The person behind the current request: their {@link Actor} for the audit trail, and their {@link DataScope} for
 * queries. Outside a request (start-up, schedules) the actor is {@link Actor#system()} and the scope is everything.
 */
@Component
public class CurrentActor {

    public Actor actor() {
        Optional<StaffPrincipal> principal = principal();
        String address = clientAddress();
        if (principal.isPresent()) {
            return new Actor(principal.get().account(), principal.get().positionName(), null, address);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName())) {
            return new Actor(authentication.getName(), null, null, address);
        }
        return address == null ? Actor.system() : new Actor("anonymous", null, null, address);
    }

    /** The data scope of the signed-in staff member; nothing when nobody is signed in during a request. */
    public DataScope dataScope() {
        Optional<StaffPrincipal> principal = principal();
        if (principal.isPresent()) {
            return principal.get().dataScope();
        }
        return clientAddress() == null ? DataScope.everything() : DataScope.nothing();
    }

    /** True when the signed-in person holds the permission code (or role authority); false outside a sign-in. */
    public boolean holds(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** The data scope in which the signed-in staff member may use this permission (see StaffPrincipal). */
    public DataScope dataScopeFor(String permission) {
        Optional<StaffPrincipal> principal = principal();
        if (principal.isPresent()) {
            return principal.get().dataScopeFor(permission);
        }
        return clientAddress() == null ? DataScope.everything() : DataScope.nothing();
    }

    public Optional<StaffPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff);
        }
        return Optional.empty();
    }

    private static @Nullable String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
