package org.xiaoneng.identity.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;

/**
 * Loads an account for sign-in (form or HTTP Basic): its roles and their permissions, its data scope computed from its
 * grants and the department tree, and the position it holds. Spring Security then refuses a deactivated account
 * ({@code DisabledException}) or a locked one ({@code LockedException}) before it even compares the password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrganizationDirectory directory;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, OrganizationDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String typed) {
        String username = Account.normalize(typed);
        // the message never names what was typed: it might be a password typed into the wrong field
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        List<RoleGrant> grants = accounts.grantsOf(account.requireId());
        String position = directory.postOf(username).map(StaffPost::positionName).orElse(null);
        return AccountUser.of(account, grants, DataScopes.of(grants, directory::subtreeOf),
                DataScopes.perPermission(grants, directory::subtreeOf), position, clock.instant());
    }
}
