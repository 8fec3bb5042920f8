package org.xiaoneng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.identity.Role;
import org.xiaoneng.identity.RolesChanged;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.RecordChanged;

/**
 * What a system admin does to accounts — create, edit, grant and revoke roles, reset passwords, unlock, deactivate and
 * reactivate — and what every person does to their own password. Each change is checked (password policy, separation
 * of duties, the last system admin) and recorded in the audit trail, in the transaction that makes it.
 */
@Service
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final OrganizationDirectory directory;
    private final Departments departments;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    AccountService(AccountRepository accounts, OrganizationDirectory directory, Departments departments,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, CurrentActor currentActor,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public String create(NewAccount command) {
        String username = Account.normalize(command.username());
        PasswordPolicy.require(username, command.password());
        Long home = requireDepartment(command.homeDepartmentId());
        Instant now = clock.instant();
        Account account = Account.create(username, command.displayName(), home,
                passwordEncoder.encode(command.password()), now);
        accounts.insert(account);
        audit("identity.account.created", username, null, account.summary(departments.names().labelOf(home)), home);
        return username;
    }

    public void updateProfile(String username, String displayName, @Nullable Long homeDepartmentId, int version) {
        Account account = load(username);
        if (account.version() != version) {
            throw new OptimisticLockingFailureException("identity_account " + username);
        }
        Departments.Names names = departments.names();
        String before = account.summary(names.labelOf(account.homeDepartmentId()));
        Long home = requireDepartment(homeDepartmentId);
        account.updateProfile(displayName, home);
        accounts.update(account);
        audit("identity.account.updated", account.username(), before, account.summary(names.labelOf(home)), home);
    }

    public long grant(String username, NewGrant command) {
        Account account = load(username);
        Role role = command.role();
        Long department = command.departmentId();
        if (department == null && role.where() == Role.Where.DEPARTMENT) {
            throw new DomainException("identity.grant.departmentRequired", roleName(role));
        }
        if (department != null && role.where() == Role.Where.CITY) {
            throw new DomainException("identity.grant.cityOnly", roleName(role));
        }
        requireDepartment(department);
        boolean subdepartments = role.alwaysCoversSubdepartments() || Objects.requireNonNullElse(
                command.includeSubdepartments(), role.coversSubdepartmentsByDefault());
        Instant now = clock.instant();
        RoleGrant proposed = new RoleGrant(null, account.requireId(), role, department, subdepartments, now,
                currentActor.actor().account());
        List<RoleGrant> held = accounts.grantsOf(account.requireId());
        Optional<RoleGrant> conflict = SeparationOfDuties.conflictWith(proposed, held, directory::subtreeOf);
        if (conflict.isPresent()) {
            throw new DomainException("identity.grant.separationOfDuties", account.username(), roleName(role),
                    departmentName(department), roleName(conflict.get().role()),
                    departmentName(conflict.get().departmentId()));
        }
        long id = accounts.insertGrant(proposed, account.username());
        accounts.update(account); // bumps the version: an edit form open elsewhere is now stale
        audit("identity.role.granted", account.username(), grantsSummary(held),
                grantsSummary(accounts.grantsOf(account.requireId())), department);
        events.publishEvent(new RolesChanged(account.username(), now));
        return id;
    }

    public void revoke(String username, long grantId) {
        Account account = load(username);
        List<RoleGrant> held = accounts.grantsOf(account.requireId());
        RoleGrant grant = held.stream().filter(g -> Objects.equals(g.id(), grantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("grant", grantId));
        if (grant.role() == Role.SYSTEM_ADMIN && account.enabled()
                && held.stream().filter(g -> g.role() == Role.SYSTEM_ADMIN).count() == 1
                && accounts.otherActiveSystemAdmins(account.requireId()) == 0) {
            throw new DomainException("identity.account.lastSystemAdmin");
        }
        accounts.deleteGrant(grantId);
        accounts.update(account);
        audit("identity.role.revoked", account.username(), grantsSummary(held),
                grantsSummary(accounts.grantsOf(account.requireId())), grant.departmentId());
        events.publishEvent(new RolesChanged(account.username(), clock.instant()));
    }

    public void resetPassword(String username, String newPassword) {
        Account account = load(username);
        PasswordPolicy.require(account.username(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        account.unlock(); // a new password is the usual answer to a lockout
        accounts.update(account);
        audit("identity.account.passwordReset", account.username(), null, "password reset by a system admin",
                account.homeDepartmentId());
    }

    /** The signed-in person changes their own password, proving they know the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        String username = currentActor.principal().map(p -> p.account())
                .orElseThrow(() -> new DomainException("identity.password.notSignedIn"));
        // one's own account, whatever one's data scope
        Account account = accounts.findByUsernameForUpdate(username)
                .orElseThrow(() -> new NotFoundException("account", username));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new DomainException("identity.password.currentWrong");
        }
        if (!newPassword.equals(confirmation)) {
            throw new DomainException("identity.password.confirmationMismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new DomainException("identity.password.unchanged");
        }
        PasswordPolicy.require(username, newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.update(account);
        currentActor.principal().filter(AccountUser.class::isInstance).map(AccountUser.class::cast)
                .ifPresent(user -> user.passwordChangedHere(account.passwordChangedAt()));
        audit("identity.account.passwordChanged", username, null, "password changed by its owner",
                account.homeDepartmentId());
    }

    public void unlock(String username) {
        Account account = load(username);
        String before = "failedAttempts=" + account.failedAttempts() + "; "
                + (account.isLockedAt(clock.instant()) ? "locked until " + account.lockedUntil() : "not locked");
        if (account.unlock()) {
            accounts.update(account);
            audit("identity.account.unlocked", account.username(), before, "failedAttempts=0; not locked",
                    account.homeDepartmentId());
        }
    }

    public void deactivate(String username) {
        Account account = load(username);
        if (currentActor.principal().map(p -> p.account().equals(account.username())).orElse(false)) {
            throw new DomainException("identity.account.cannotDeactivateSelf");
        }
        boolean systemAdmin = accounts.grantsOf(account.requireId()).stream()
                .anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
        if (systemAdmin && account.enabled() && accounts.otherActiveSystemAdmins(account.requireId()) == 0) {
            throw new DomainException("identity.account.lastSystemAdmin");
        }
        String label = departments.names().labelOf(account.homeDepartmentId());
        String before = account.summary(label);
        account.deactivate();
        accounts.update(account);
        audit("identity.account.deactivated", account.username(), before, account.summary(label),
                account.homeDepartmentId());
    }

    public void reactivate(String username) {
        Account account = load(username);
        String label = departments.names().labelOf(account.homeDepartmentId());
        String before = account.summary(label);
        account.reactivate();
        accounts.update(account);
        audit("identity.account.reactivated", account.username(), before, account.summary(label),
                account.homeDepartmentId());
    }

    /** The account, its row locked; not found when it does not exist or lies outside the caller's scope. */
    private Account load(String username) {
        return accounts.findByUsernameForUpdate(Account.normalize(username))
                .filter(account -> AccountQueries.inScope(account, currentActor.dataScope()))
                .orElseThrow(() -> new NotFoundException("account", username));
    }

    private @Nullable Long requireDepartment(@Nullable Long departmentId) {
        if (departmentId == null) {
            return null;
        }
        DepartmentRef department = directory.department(departmentId)
                .orElseThrow(() -> new DomainException("identity.department.unknown", departmentId));
        if (!department.active()) {
            throw new DomainException("identity.department.inactive", department.name());
        }
        return departmentId;
    }

    private String grantsSummary(List<RoleGrant> grants) {
        if (grants.isEmpty()) {
            return "no roles";
        }
        Departments.Names names = departments.names();
        return grants.stream()
                .map(g -> g.role() + "@" + names.labelOf(g.departmentId()) + (g.departmentId() != null
                        && g.coversSubdepartments() ? "+sub" : ""))
                .collect(Collectors.joining("; "));
    }

    private Object departmentName(@Nullable Long departmentId) {
        if (departmentId == null) {
            return new DefaultMessageSourceResolvable("identity.scope.city");
        }
        String name = departments.names().of(departmentId);
        return name == null ? "#" + departmentId : name;
    }

    private static MessageSourceResolvable roleName(Role role) {
        return new DefaultMessageSourceResolvable("identity.role." + role.name());
    }

    private void audit(String action, String username, @Nullable String before, @Nullable String after,
            @Nullable Long departmentId) {
        events.publishEvent(new RecordChanged(currentActor.actor(), action, "account", username, before, after,
                clock.instant(), departmentId));
    }
}
