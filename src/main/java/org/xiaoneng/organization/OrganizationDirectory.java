package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.internal.DirectoryQueries;

/**
 * What other modules may ask of the organization: departments and their tree, positions and functions, the post a
 * staff account holds, and who acts for a position on a date (the holder, or the deputy chain when the holder is away).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final DirectoryQueries queries;

    OrganizationDirectory(DirectoryQueries queries) {
        this.queries = queries;
    }

    /** The department with this id, if it exists. */
    public Optional<DepartmentRef> department(long departmentId) {
        return queries.department(departmentId);
    }

    /** The department with this code (for example {@code SWJ}), if it exists. */
    public Optional<DepartmentRef> departmentByCode(String code) {
        return queries.departmentByCode(code);
    }

    /** Every department, active or not, siblings in their display order; for pickers and reports of other modules. */
    public List<DepartmentRef> departments() {
        return queries.departments();
    }

    /** The department and all departments below it. Empty when it does not exist. */
    public Set<Long> subtreeOf(long departmentId) {
        return queries.subtreeOf(departmentId);
    }

    /** The position with this id, active or not, if it exists. */
    public Optional<PositionRef> position(long positionId) {
        return queries.position(positionId);
    }

    /** Every active position, by department and code; for pickers of other modules. */
    public List<PositionRef> activePositions() {
        return queries.activePositions();
    }

    /** The function (职能) with this id, active or not, if it exists. */
    public Optional<FunctionRef> function(long functionId) {
        return queries.function(functionId);
    }

    /** Every function, active or not, by code; for pickers and reports of other modules. */
    public List<FunctionRef> functions() {
        return queries.functions();
    }

    /** The active position held by the staff member linked to this account, if any. */
    public Optional<StaffPost> postOf(String account) {
        return queries.postOf(account);
    }

    /**
     * Who acts for the position on the date: its holder when present, otherwise the holder of its deputy position
     * (following the deputy chain, never leaving it); empty when nobody in the chain is present.
     */
    public Optional<Acting> whoActsFor(long positionId, LocalDate date) {
        return queries.whoActsFor(positionId, date);
    }
}
