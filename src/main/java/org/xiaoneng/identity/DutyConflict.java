package org.xiaoneng.identity;

import org.jspecify.annotations.Nullable;

/**
 * An account that holds an approver grant and a supervisor grant over at least one common department (审批与监督分离
 * broken) — possible for grants made before the rule was enforced, or after the department tree changed under them.
 *
 * @param supervisorDepartmentId the supervisor grant's department, null for the whole city
 */
public record DutyConflict(String username, String displayName, long approverGrantId, long approverDepartmentId,
        long supervisorGrantId, @Nullable Long supervisorDepartmentId) {
}
