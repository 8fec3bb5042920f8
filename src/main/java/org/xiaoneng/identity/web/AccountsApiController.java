package org.xiaoneng.identity.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.identity.internal.AccountPage;
import org.xiaoneng.identity.internal.AccountQueries;
import org.xiaoneng.identity.internal.AccountService;
import org.xiaoneng.identity.internal.AccountView;
import org.xiaoneng.identity.internal.NewAccount;
import org.xiaoneng.identity.internal.NewGrant;

/** Accounts and their role grants, for system admins and their scripts. */
@RestController
@RequestMapping("/api/v1/identity/accounts")
@Tag(name = "Identity: accounts", description = "Staff accounts, role grants over departments, passwords, locks")
class AccountsApiController {

    private final AccountQueries queries;
    private final AccountService service;

    AccountsApiController(AccountQueries queries, AccountService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity:account:view')")
    @Operation(summary = "Search accounts by account name or display name, 50 a page")
    AccountPage list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return queries.search(q, page);
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasAuthority('identity:account:view')")
    @Operation(summary = "One account with its role grants")
    AccountView get(@PathVariable String username) {
        return queries.get(username);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Create an account (password policy applies); it holds no role until one is granted")
    ResponseEntity<AccountView> create(@Valid @RequestBody AccountRequests.CreateAccount request) {
        String username = service.create(new NewAccount(request.username(), request.displayName(),
                request.homeDepartmentId(), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/identity/accounts/" + username))
                .body(queries.get(username));
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Change the display name and home department (send the version you read)")
    AccountView update(@PathVariable String username, @Valid @RequestBody AccountRequests.UpdateAccount request) {
        service.updateProfile(username, request.displayName(), request.homeDepartmentId(), request.version());
        return queries.get(username);
    }

    @PostMapping("/{username}/grants")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Grant a role over a department or the whole city; refused (422) when it would let the "
            + "account both approve and supervise the same department")
    ResponseEntity<AccountView> grant(@PathVariable String username,
            @Valid @RequestBody AccountRequests.Grant request) {
        service.grant(username, new NewGrant(request.role(), request.departmentId(),
                request.includeSubdepartments()));
        return ResponseEntity.status(201).body(queries.get(username));
    }

    @DeleteMapping("/{username}/grants/{grantId}")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Revoke a role grant")
    ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable long grantId) {
        service.revoke(username, grantId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/password-reset")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Set a new password (password policy applies); also lifts a lock")
    ResponseEntity<Void> resetPassword(@PathVariable String username,
            @Valid @RequestBody AccountRequests.ResetPassword request) {
        service.resetPassword(username, request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/unlock")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Lift the lock after too many wrong passwords")
    AccountView unlock(@PathVariable String username) {
        service.unlock(username);
        return queries.get(username);
    }

    @PostMapping("/{username}/deactivate")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Deactivate: the account can no longer sign in")
    AccountView deactivate(@PathVariable String username) {
        service.deactivate(username);
        return queries.get(username);
    }

    @PostMapping("/{username}/reactivate")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    @Operation(summary = "Reactivate a deactivated account")
    AccountView reactivate(@PathVariable String username) {
        service.reactivate(username);
        return queries.get(username);
    }
}
