package org.xiaoneng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.xiaoneng.identity.Role;
import org.xiaoneng.platform.DataScope;

class AccountUserTests {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    private static AccountUser user(Account account, Role... roles) {
        List<RoleGrant> grants = java.util.Arrays.stream(roles)
                .map(role -> new RoleGrant(1L, 1, role, 2L, false, NOW, "test")).toList();
        return AccountUser.of(account, grants, DataScope.of(List.of(2L, 3L)),
                DataScopes.perPermission(grants, id -> java.util.Set.of(id)), "承办岗", NOW);
    }

    private static Account account() {
        return new Account(1L, "handler1", "{bcrypt}hash", "张三", 2L, true, 0, null, NOW, NOW, 0);
    }

    @Test
    void authoritiesAreTheRolesAndTheirPermissions() {
        AccountUser user = user(account(), Role.HANDLER, Role.DEPARTMENT_ADMIN);
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_HANDLER", "ROLE_DEPARTMENT_ADMIN", "organization:staff:view",
                        "organization:position:edit", "audit:entry:view")
                .doesNotContain("identity:account:view", "organization:report:view")
                .doesNotHaveDuplicates();
        assertThat(user.positionName()).isEqualTo("承办岗");
        assertThat(user.dataScope()).isEqualTo(DataScope.of(List.of(2L, 3L)));
    }

    @Test
    void eachPermissionAppliesOnlyWhereARoleCarryingItIsHeld() {
        // handler of department 2, department admin of department 7 (and its office 8), supervisor city-wide
        List<RoleGrant> grants = List.of(new RoleGrant(1L, 1, Role.HANDLER, 2L, false, NOW, "test"),
                new RoleGrant(2L, 1, Role.DEPARTMENT_ADMIN, 7L, true, NOW, "test"));
        AccountUser user = AccountUser.of(account(), grants, DataScope.of(List.of(2L, 7L, 8L)),
                DataScopes.perPermission(grants, id -> id == 7L ? java.util.Set.of(7L, 8L) : java.util.Set.of(id)),
                null, NOW);
        assertThat(user.dataScopeFor("organization:position:edit")).isEqualTo(DataScope.of(List.of(7L, 8L)));
        assertThat(user.dataScopeFor("organization:position:view")).isEqualTo(DataScope.of(List.of(2L, 7L, 8L)));
        assertThat(user.dataScopeFor("identity:account:edit")).isEqualTo(DataScope.nothing());

        List<RoleGrant> overseer = List.of(new RoleGrant(3L, 1, Role.SUPERVISOR, null, true, NOW, "test"),
                new RoleGrant(4L, 1, Role.DEPARTMENT_ADMIN, 7L, true, NOW, "test"));
        AccountUser supervisor = AccountUser.of(account(), overseer, DataScope.everything(),
                DataScopes.perPermission(overseer, java.util.Set::of), null, NOW);
        assertThat(supervisor.dataScopeFor("organization:position:view")).isEqualTo(DataScope.everything());
        assertThat(supervisor.dataScopeFor("organization:position:edit")).isEqualTo(DataScope.of(List.of(7L)));
    }

    @Test
    void theHashIsForgottenAfterSignInAndTheUserSurvivesSerialization() throws Exception {
        AccountUser user = user(account(), Role.HANDLER);
        assertThat(user.getPassword()).isEqualTo("{bcrypt}hash");
        user.eraseCredentials();
        assertThat(user.getPassword()).isNull();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(user);
        }
        AccountUser copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (AccountUser) in.readObject();
        }
        assertThat(copy).isEqualTo(user);
        assertThat(copy.dataScope()).isEqualTo(user.dataScope());
        assertThat(copy.getAuthorities()).isEqualTo(user.getAuthorities());
        assertThat(copy.dataScopeFor("organization:staff:view")).isEqualTo(user.dataScopeFor("organization:staff:view"));
        assertThat(copy.getPassword()).isNull();
    }

    @Test
    void aLockedAccountIsNotNonLockedAndADeactivatedOneIsNotEnabled() {
        Account locked = new Account(1L, "handler1", "h", "张三", 2L, true, 5, NOW.plus(Duration.ofMinutes(3)), NOW,
                NOW, 0);
        assertThat(user(locked).isAccountNonLocked()).isFalse();
        Account expired = new Account(1L, "handler1", "h", "张三", 2L, true, 5, NOW.minusSeconds(1), NOW, NOW, 0);
        assertThat(user(expired).isAccountNonLocked()).isTrue();
        Account inactive = new Account(1L, "handler1", "h", "张三", 2L, false, 0, null, NOW, NOW, 0);
        assertThat(user(inactive).isEnabled()).isFalse();
    }
}
