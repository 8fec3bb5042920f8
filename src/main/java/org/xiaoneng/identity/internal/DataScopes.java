package org.xiaoneng.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

import org.xiaoneng.identity.Permission;
import org.xiaoneng.identity.Role;
import org.xiaoneng.platform.DataScope;

/**
 * The data scope an account's grants give: everything when it holds an oversight role (supervisor, leader, system
 * admin) over the whole city; otherwise the union of the granted departments, each with its sub-departments where the
 * grant covers them. No grant, no data.
 */
final class DataScopes {

    private DataScopes() {
    }

    static DataScope of(Collection<RoleGrant> grants, LongFunction<Set<Long>> subtreeOf) {
        Set<Long> departments = new TreeSet<>();
        for (RoleGrant grant : grants) {
            Long department = grant.departmentId();
            if (department == null) {
                if (grant.role().where() != Role.Where.DEPARTMENT) {
                    return DataScope.everything();
                }
                continue; // a department role can never be held city-wide; fail closed if the data says otherwise
            }
            departments.add(department);
            if (grant.coversSubdepartments()) {
                departments.addAll(subtreeOf.apply(department));
            }
        }
        return DataScope.of(departments);
    }

    /** For each permission code, the scope of the grants whose role carries it (the union over those grants). */
    static Map<String, DataScope> perPermission(Collection<RoleGrant> grants, LongFunction<Set<Long>> subtreeOf) {
        Map<String, DataScope> scopes = new TreeMap<>();
        for (RoleGrant grant : grants) {
            DataScope scope = of(List.of(grant), subtreeOf);
            for (Permission permission : grant.role().permissions()) {
                scopes.merge(permission.code(), scope, DataScope::union);
            }
        }
        return scopes;
    }
}
