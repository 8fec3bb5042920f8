package org.xiaoneng.supervision.internal.accountability;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;

/**
 * 审批与监督分离, on the server: a supervisor who also holds an approving role (APPROVER) over a department may not
 * issue or close supervision orders on it, nor decide its warnings and sanctions. Identity refuses such grants, so
 * this guards against data that predates the rule or was changed outside the console.
 */
@Component
public class SeparationOfDuties {

    static final String APPROVER = "ROLE_APPROVER";
    static final String DECIDE = "casework:case:decide";

    private final CurrentActor currentActor;
    private final OrganizationDirectory organization;

    SeparationOfDuties(CurrentActor currentActor, OrganizationDirectory organization) {
        this.currentActor = currentActor;
        this.organization = organization;
    }

    /** Throws a clear refusal when the signed-in person approves for the department. */
    public void check(long departmentId) {
        if (currentActor.holds(APPROVER) && currentActor.dataScopeFor(DECIDE).allows(departmentId)) {
            String name = organization.department(departmentId).map(DepartmentRef::name).orElse("");
            throw new DomainException("supervision.separation.refused", name);
        }
    }
}
