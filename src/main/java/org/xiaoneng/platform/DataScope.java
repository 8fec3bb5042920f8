package org.xiaoneng.platform;

import java.util.Collection;
import java.util.Set;

/**
 * Which departments' data a staff member may see and change. Staff see their own department (and its sub-departments
 * where their role allows); supervisors, leaders and system admins see all. Queries apply it in SQL with
 * {@code (:allDepartments OR department_id = ANY(:departmentIds))}; see {@link #departmentIdArray()}.
 *
 * @param all            whether every department is visible
 * @param departmentIds  the visible departments when not {@code all}
 */
public record DataScope(boolean all, Set<Long> departmentIds) {

    public DataScope {
        departmentIds = Set.copyOf(departmentIds);
    }

    public static DataScope everything() {
        return new DataScope(true, Set.of());
    }

    public static DataScope of(Collection<Long> departmentIds) {
        return new DataScope(false, Set.copyOf(departmentIds));
    }

    public static DataScope nothing() {
        return new DataScope(false, Set.of());
    }

    /** Both scopes together: what either allows. */
    public DataScope union(DataScope other) {
        if (all || other.all) {
            return everything();
        }
        Set<Long> both = new java.util.HashSet<>(departmentIds);
        both.addAll(other.departmentIds);
        return of(both);
    }

    public boolean allows(Long departmentId) {
        return all || departmentIds.contains(departmentId);
    }

    /** The visible departments as an array, to bind as a SQL array parameter. */
    public Long[] departmentIdArray() {
        return departmentIds.toArray(Long[]::new);
    }

    /** Throws {@link OutOfScopeException} unless the department is visible. */
    public void check(Long departmentId) {
        if (!allows(departmentId)) {
            throw new OutOfScopeException();
        }
    }
}
