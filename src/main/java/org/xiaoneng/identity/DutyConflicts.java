package org.xiaoneng.identity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.identity.internal.DutyConflictFinder;

/**
 * Finds the accounts that hold approving and supervising roles over one department, on today's department tree. New
 * grants are refused when they would conflict; this finds the conflicts that exist all the same (older grants, a moved
 * department), for supervision's checks when roles change ({@link RolesChanged}) and for its daily scan.
 */
@Service
@Transactional(readOnly = true)
public class DutyConflicts {

    private final DutyConflictFinder finder;

    DutyConflicts(DutyConflictFinder finder) {
        this.finder = finder;
    }

    /** Every conflict of every enabled account, by account and grant. */
    public List<DutyConflict> all() {
        return finder.all();
    }

    /** The conflicts of one account (none when it does not exist). */
    public List<DutyConflict> of(String username) {
        return finder.of(username);
    }
}
