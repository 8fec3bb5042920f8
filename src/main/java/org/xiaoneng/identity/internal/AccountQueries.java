package org.xiaoneng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.NotFoundException;

/**
 * Accounts as the account pages and the API read them, within the caller's data scope (applied in SQL; an account is
 * in scope by its home department, and accounts without one only for those who see everything).
 */
@Service
@Transactional(readOnly = true)
public class AccountQueries {

    public static final int PAGE_SIZE = 50;

    private final AccountRepository accounts;
    private final Departments departments;
    private final CurrentActor currentActor;
    private final Clock clock;

    AccountQueries(AccountRepository accounts, Departments departments, CurrentActor currentActor, Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public AccountPage search(String q, int page) {
        String text = q.strip();
        int current = Math.max(page, 0);
        DataScope scope = currentActor.dataScope();
        List<Account> found = accounts.search(text, scope, PAGE_SIZE, current * PAGE_SIZE);
        Map<Long, List<RoleGrant>> grants = new HashMap<>();
        accounts.grantsOf(found.stream().map(Account::requireId).toList())
                .forEach(grant -> grants.computeIfAbsent(grant.accountId(), id -> new ArrayList<>()).add(grant));
        Departments.Names names = departments.names();
        Instant now = clock.instant();
        List<AccountView> views = found.stream()
                .map(account -> view(account, grants.getOrDefault(account.requireId(), List.of()), names, now))
                .toList();
        return new AccountPage(views, accounts.count(text, scope), current, PAGE_SIZE);
    }

    /** The account, or {@link NotFoundException} when it does not exist or lies outside the caller's scope. */
    public AccountView get(String username) {
        Account account = accounts.findByUsername(Account.normalize(username))
                .filter(found -> inScope(found, currentActor.dataScope()))
                .orElseThrow(() -> new NotFoundException("account", username));
        return view(account, accounts.grantsOf(account.requireId()), departments.names(), clock.instant());
    }

    static boolean inScope(Account account, DataScope scope) {
        return scope.all() || (account.homeDepartmentId() != null && scope.allows(account.homeDepartmentId()));
    }

    static AccountView view(Account account, List<RoleGrant> grants, Departments.Names names, Instant now) {
        List<GrantView> grantViews = grants.stream()
                .map(grant -> new GrantView(grant.id(), grant.role(), grant.departmentId(),
                        names.of(grant.departmentId()), grant.coversSubdepartments()))
                .toList();
        boolean locked = account.isLockedAt(now);
        return new AccountView(account.requireId(), account.username(), account.displayName(),
                account.homeDepartmentId(), names.of(account.homeDepartmentId()), account.enabled(), locked,
                locked ? account.lockedUntil() : null, account.failedAttempts(), account.passwordChangedAt(),
                account.createdAt(), account.version(), grantViews);
    }
}
