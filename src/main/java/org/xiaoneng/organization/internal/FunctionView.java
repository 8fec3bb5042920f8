package org.xiaoneng.organization.internal;

import java.util.List;

/** A function with its lead department and the other departments that claim it. */
public record FunctionView(long id, String code, String name, String description, long leadDepartmentId,
        String leadDepartmentName, List<Claimant> claimants, boolean active, int version) {

    /** A department that claims the function besides its lead. */
    public record Claimant(long departmentId, String code, String name) {
    }

    public List<Long> claimDepartmentIds() {
        return claimants.stream().map(Claimant::departmentId).toList();
    }

    FunctionView withClaimants(List<Claimant> claimants) {
        return new FunctionView(id, code, name, description, leadDepartmentId, leadDepartmentName, claimants, active,
                version);
    }
}
