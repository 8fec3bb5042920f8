package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the organization: departments and their tree, the post a staff account holds, and who
 * acts for a position on a date (the holder, or the deputy chain when the holder is away).
 */
@Service
public class OrganizationDirectory {

    /** The department with this id, if it exists. */
    public Optional<DepartmentRef> department(long departmentId) {
        throw new UnsupportedOperationException("organization: being built");
    }

    /** The department with this code (for example {@code SWJ}), if it exists. */
    public Optional<DepartmentRef> departmentByCode(String code) {
        throw new UnsupportedOperationException("organization: being built");
    }

    /** The department and all departments below it. Empty when it does not exist. */
    public Set<Long> subtreeOf(long departmentId) {
        throw new UnsupportedOperationException("organization: being built");
    }

    /** The active position held by the staff member linked to this account, if any. */
    public Optional<StaffPost> postOf(String account) {
        throw new UnsupportedOperationException("organization: being built");
    }

    /**
     * Who acts for the position on the date: its holder when present, otherwise the holder of its deputy position
     * (following the deputy chain, never leaving it); empty when nobody in the chain is present.
     */
    public Optional<Acting> whoActsFor(long positionId, LocalDate date) {
        throw new UnsupportedOperationException("organization: being built");
    }
}
