package org.xiaoneng.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.identity.internal.AccountService;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.StaffPrincipal;

/** The signed-in account: who it is, what it may do, which departments' data it sees; and its own password. */
@RestController
@RequestMapping("/api/v1/identity/me")
@Tag(name = "Identity: me", description = "The signed-in account")
class MeApiController {

    /**
     * The signed-in account.
     *
     * @param roles       the roles it holds (without the {@code ROLE_} prefix)
     * @param permissions the permission codes it holds
     * @param dataScope   {@code all}, or the ids of the departments whose data it sees
     */
    record Me(String account, String displayName, @Nullable Long departmentId, @Nullable String positionName,
            List<String> roles, List<String> permissions, Scope dataScope) {
    }

    /** A data scope: everything, or these departments. */
    record Scope(boolean all, List<Long> departmentIds) {

        static Scope of(DataScope scope) {
            return new Scope(scope.all(), scope.departmentIds().stream().sorted().toList());
        }
    }

    private final AccountService service;

    MeApiController(AccountService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The signed-in account, its roles, permissions and data scope")
    Me me(Authentication authentication) {
        List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().toList();
        List<String> roles = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .toList();
        List<String> permissions = authorities.stream().filter(a -> a.split(":").length == 3).toList();
        if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return new Me(staff.account(), staff.displayName(), staff.departmentId(), staff.positionName(), roles,
                    permissions, Scope.of(staff.dataScope()));
        }
        return new Me(authentication.getName(), authentication.getName(), null, null, roles, permissions,
                Scope.of(DataScope.nothing()));
    }

    @PostMapping("/password")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Change the signed-in account's own password (password policy applies)")
    ResponseEntity<Void> changePassword(@Valid @RequestBody AccountRequests.ChangePassword request) {
        service.changeOwnPassword(request.currentPassword(), request.newPassword(), request.confirmation());
        return ResponseEntity.noContent().build();
    }
}
