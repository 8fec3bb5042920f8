package org.xiaoneng.identity.internal;

import java.io.Serial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.xiaoneng.identity.Permission;
import org.xiaoneng.identity.Role;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.StaffPrincipal;

/**
 * A signed-in staff account as Spring Security and the platform see it: its authorities are {@code ROLE_<role>} and
 * the permission codes of every role it holds, and it carries its data scope and position as they were when it was loaded ({@link SignedInAccounts} loads it
 * again when the account changes).
 * Kept in the session, so it is serializable and forgets the password hash once the sign-in succeeded.
 */
final class AccountUser implements UserDetails, CredentialsContainer, StaffPrincipal {

    @Serial
    private static final long serialVersionUID = 3L;

    private final String username;
    private @Nullable String passwordHash;
    private final String displayName;
    private final @Nullable Long departmentId;
    private final @Nullable String positionName;
    private final boolean allDepartments;
    private final TreeSet<Long> departmentIds;
    /** Per permission code held over departments: where it applies (codes held city-wide are in the set below). */
    private final TreeMap<String, TreeSet<Long>> departmentsPerPermission;
    private final TreeSet<String> cityWidePermissions;
    private final EnumSet<Role> roles;
    private final ArrayList<GrantedAuthority> authorities;
    private final boolean enabled;
    private final boolean nonLocked;
    /** The account's version and password time when this sign-in was loaded: see {@link SignedInAccounts}. */
    private final int accountVersion;
    private volatile Instant passwordChangedAt;

    private AccountUser(String username, String passwordHash, String displayName, @Nullable Long departmentId,
            @Nullable String positionName, DataScope scope, Map<String, DataScope> scopes, EnumSet<Role> roles,
            boolean enabled, boolean nonLocked, int accountVersion, Instant passwordChangedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.departmentId = departmentId;
        this.positionName = positionName;
        this.allDepartments = scope.all();
        this.departmentIds = new TreeSet<>(scope.departmentIds());
        this.departmentsPerPermission = new TreeMap<>();
        this.cityWidePermissions = new TreeSet<>();
        scopes.forEach((permission, permissionScope) -> {
            if (permissionScope.all()) {
                cityWidePermissions.add(permission);
            } else {
                departmentsPerPermission.put(permission, new TreeSet<>(permissionScope.departmentIds()));
            }
        });
        this.roles = roles;
        this.authorities = new ArrayList<>();
        for (String authority : authoritiesOf(roles)) {
            authorities.add(new SimpleGrantedAuthority(authority));
        }
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.accountVersion = accountVersion;
        this.passwordChangedAt = passwordChangedAt;
    }

    static AccountUser of(Account account, Collection<RoleGrant> grants, DataScope scope,
            Map<String, DataScope> scopes, @Nullable String positionName, Instant now) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(grant -> roles.add(grant.role()));
        return new AccountUser(account.username(), account.passwordHash(), account.displayName(),
                account.homeDepartmentId(), positionName, scope, scopes, roles, account.enabled(), !account.isLockedAt(now),
                account.version(), account.passwordChangedAt());
    }

    /** {@code ROLE_<role>} for each role, then the permission codes of all of them, without repeats. */
    static Set<String> authoritiesOf(Set<Role> roles) {
        Set<String> authorities = new LinkedHashSet<>();
        roles.forEach(role -> authorities.add(role.authority()));
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(role.permissions()));
        permissions.forEach(permission -> authorities.add(permission.code()));
        return authorities;
    }

    int accountVersion() {
        return accountVersion;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** The owner changed the password in this very session: the session stays signed in, the others do not. */
    void passwordChangedHere(Instant changedAt) {
        passwordChangedAt = changedAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Collections.unmodifiableList(authorities);
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String account() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public @Nullable Long departmentId() {
        return departmentId;
    }

    @Override
    public @Nullable String positionName() {
        return positionName;
    }

    @Override
    public DataScope dataScope() {
        return allDepartments ? DataScope.everything() : DataScope.of(departmentIds);
    }

    @Override
    public DataScope dataScopeFor(String permission) {
        if (cityWidePermissions.contains(permission)) {
            return DataScope.everything();
        }
        TreeSet<Long> departments = departmentsPerPermission.get(permission);
        return departments == null ? DataScope.nothing() : DataScope.of(departments);
    }

    /** Two sign-ins of the same account are the same principal (for session counting). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AccountUser[" + username + "]";
    }
}
