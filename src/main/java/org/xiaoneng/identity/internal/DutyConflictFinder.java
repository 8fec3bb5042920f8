package org.xiaoneng.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.identity.DutyConflict;
import org.xiaoneng.identity.Role;
import org.xiaoneng.organization.OrganizationDirectory;

/** Applies {@link SeparationOfDuties} to the grants accounts hold now, pair by pair. */
@Component
public class DutyConflictFinder {

    private final AccountRepository accounts;
    private final OrganizationDirectory directory;

    DutyConflictFinder(AccountRepository accounts, OrganizationDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    public List<DutyConflict> all() {
        List<DutyConflict> found = new ArrayList<>();
        Map<Long, List<RoleGrant>> byAccount = new LinkedHashMap<>();
        for (RoleGrant grant : accounts.grantsOfRoles(List.of(Role.APPROVER, Role.SUPERVISOR))) {
            byAccount.computeIfAbsent(grant.accountId(), id -> new ArrayList<>()).add(grant);
        }
        byAccount.forEach((accountId, grants) -> accounts.findById(accountId).filter(Account::enabled)
                .ifPresent(account -> found.addAll(conflicts(account, grants))));
        return found;
    }

    public List<DutyConflict> of(String username) {
        Optional<Account> account = accounts.findByUsername(Account.normalize(username)).filter(Account::enabled);
        return account.map(a -> conflicts(a, accounts.grantsOf(a.requireId()))).orElse(List.of());
    }

    private List<DutyConflict> conflicts(Account account, List<RoleGrant> grants) {
        List<DutyConflict> found = new ArrayList<>();
        for (RoleGrant approver : grants) {
            if (approver.role() != Role.APPROVER || approver.departmentId() == null || approver.id() == null) {
                continue;
            }
            for (RoleGrant supervisor : grants) {
                if (supervisor.role() == Role.SUPERVISOR && supervisor.id() != null && SeparationOfDuties
                        .conflictWith(approver, List.of(supervisor), directory::subtreeOf).isPresent()) {
                    found.add(new DutyConflict(account.username(), account.displayName(), approver.id(),
                            approver.departmentId(), supervisor.id(), supervisor.departmentId()));
                }
            }
        }
        return found;
    }
}
