package org.xiaoneng;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.StaffPrincipal;

/**
 * Signed-in staff for MockMvc tests that must not depend on the identity module (use real demo accounts with
 * {@code httpBasic(account, "Demo@2026")} where the whole stack is meant).
 */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    public record Staff(String account, String displayName, @Nullable Long departmentId, @Nullable String positionName,
            DataScope dataScope) implements StaffPrincipal {
    }

    public static RequestPostProcessor staff(String account, @Nullable Long departmentId, DataScope scope,
            String... permissions) {
        Staff staff = new Staff(account, account, departmentId, null, scope);
        List<SimpleGrantedAuthority> authorities = Arrays.stream(permissions).map(SimpleGrantedAuthority::new).toList();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities);
        return SecurityMockMvcRequestPostProcessors.authentication(authentication);
    }
}
